namespace PerfEval.Application.Abstractions;

// Records read from the database keep a private parameterless constructor: Dapper materialises through it and the
// init setters, converting column types (SQLite returns 64-bit integers, which positional construction refuses).

/// <summary>One immutable version, with the document exactly as it was received.</summary>
public sealed record ReportVersionRecord(
    string AgencyId,
    int FiscalYear,
    int Version,
    string Status,
    string DocumentJson,
    string DocumentHash,
    string RulesetVersion,
    int ErrorCount,
    int WarningCount,
    int InfoCount,
    DateTimeOffset CreatedAt,
    string? CreatedBy,
    DateTimeOffset? SubmittedAt)
{
    private ReportVersionRecord() : this("", 0, 0, "", "", "", "", 0, 0, 0, default, null, null) { }

    public FindingCounts Counts => new(ErrorCount, WarningCount, InfoCount);
}
