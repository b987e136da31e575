namespace PerfEval.Application.Abstractions;

// Records read from the database keep a private parameterless constructor: Dapper materialises through it and the
// init setters, converting column types (SQLite returns 64-bit integers, which positional construction refuses).

/// <summary>The current state of one agency's report for one fiscal year; the counts are those of the current version.</summary>
public sealed record ReportHead(
    string AgencyId,
    int FiscalYear,
    int Version,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int ErrorCount,
    int WarningCount,
    int InfoCount,
    DateTimeOffset? FirstPublishedAt = null)
{
    private ReportHead() : this("", 0, 0, "", default, default, 0, 0, 0) { }

    public FindingCounts Counts => new(ErrorCount, WarningCount, InfoCount);
}
