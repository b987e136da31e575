namespace PerfEval.Application.Derivations;

/// <summary>The kinds of derived result a report version can owe. Stored in the ledger: never rename one.</summary>
public static class DerivationKinds
{
    private const string ScorePrefix = "score:";

    /// <summary>The comparison of the version's year with the year before.</summary>
    public const string Yoy = "yoy";

    /// <summary>The comparison of the following year with the version's year (which changed under it).</summary>
    public const string YoyNext = "yoy-next";

    /// <summary>The publication status of a report year (a row of version 0: it belongs to the year, not a version).</summary>
    public const string Publication = "publication";

    /// <summary>The version number of ledger rows that belong to a report year rather than to one of its versions.</summary>
    public const int ReportYear = 0;

    public static string Score(string profileId) => ScorePrefix + profileId;

    public static bool IsScore(string kind) => kind.StartsWith(ScorePrefix, StringComparison.Ordinal);

    public static string ProfileOf(string scoreKind) => scoreKind[ScorePrefix.Length..];

    public static bool IsYoy(string kind) => kind is Yoy or YoyNext;
}
