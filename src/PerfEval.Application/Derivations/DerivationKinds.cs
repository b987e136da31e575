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

    /// <summary>The dashboard fact of a report year (version 0), recomputed after anything it summarises changes.</summary>
    public const string Dashboard = "dashboard";

    /// <summary>The check of a report year's current self-evaluation against its approved declaration (version 0), owed
    /// when the declaration is approved and when a new report version is saved under an approved declaration.</summary>
    public const string DeclaredTargets = "declared-targets";

    /// <summary>The workers' assessment of every monitoring period of an agency's year (version 0), owed when a period's
    /// version is saved or reviewed, when the thresholds that apply change, when the declaration is approved and when a
    /// new report version is saved (its PE-MON findings).</summary>
    public const string MonitoringAssessment = "monitoring-assessment";

    /// <summary>A stored version audited again under the running ruleset and its metrics snapshot taken again (owed
    /// when an administrator asks for it after a ruleset or metrics change; the document is never touched).</summary>
    public const string Reaudit = "reaudit";

    /// <summary>The version number of ledger rows that belong to a report year rather than to one of its versions.</summary>
    public const int ReportYear = 0;

    /// <summary>
    /// A saved version's scores under every profile that applies to it, decided by the worker when it claims the row
    /// (with the profiles in force then), so a save reads no profile catalogue and owes one row, not one per profile.
    /// </summary>
    public const string ScoreApplicable = ScorePrefix + "*";

    public static string Score(string profileId) => ScorePrefix + profileId;

    public static bool IsScore(string kind) => kind.StartsWith(ScorePrefix, StringComparison.Ordinal);

    public static string ProfileOf(string scoreKind) => scoreKind[ScorePrefix.Length..];

    public static bool IsYoy(string kind) => kind is Yoy or YoyNext;
}
