using System.Text;

namespace PerfEval.Domain.Validation;

/// <summary>
/// The one comparison of codes that must be unique (agency codes): two codes are the same code when their keys are
/// equal. The key is the code without surrounding white space, in Unicode NFKC (so a full-width ＡＢＣ, a circled ①
/// or the Kelvin sign K count as ABC, 1 and K), then case-folded (upper-cased, then lower-cased, so that Σ, σ and
/// final ς, or ǅ, ǆ and Ǆ, fold together), then NFKC again (folding can leave a sequence that composes). It follows
/// Unicode's NFKC_Casefold in spirit with .NET's invariant simple case mappings; a code is stored as written and
/// only compared by its key.
/// </summary>
public static class CodeKey
{
    public static string Of(string code) =>
        code.Trim().Normalize(NormalizationForm.FormKC).ToUpperInvariant().ToLowerInvariant().Normalize(NormalizationForm.FormKC);

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are one code.</summary>
    public static bool Same(string a, string b) => string.Equals(Of(a), Of(b), StringComparison.Ordinal);
}
