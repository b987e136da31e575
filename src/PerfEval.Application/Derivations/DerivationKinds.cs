namespace PerfEval.Application.Derivations;

/// <summary>The kinds of derived result a report version can owe. Stored in the ledger: never rename one.</summary>
public static class DerivationKinds
{
    private const string ScorePrefix = "score:";

    /// <summary>The comparison of the version's year with the year before.</summary>
    public const string Yoy = "yoy";

    /// <summary>The comparison of the following year with the version's year (which changed under it).</summary>
    public const string YoyNext = "yoy-next";

    public static string Score(string profileId) => ScorePrefix + profileId;

    public static bool IsScore(string kind) => kind.StartsWith(ScorePrefix, StringComparison.Ordinal);

    public static string ProfileOf(string scoreKind) => scoreKind[ScorePrefix.Length..];

    public static bool IsYoy(string kind) => kind is Yoy or YoyNext;
}
