namespace PerfEval.Application.Abstractions;

// Records read from the database keep a private parameterless constructor: Dapper materialises through it and the
// init setters, converting column types (SQLite returns 64-bit integers, which positional construction refuses).

public sealed record RegionRecord(string Code, string Name, string? ParentCode, int Level, string Path)
{
    private RegionRecord() : this("", "", null, 0, "") { }
}

public sealed record AgencyRecord(
    string Id,
    string Code,
    string Name,
    string RegionCode,
    string RegionPath,
    string? Sector,
    string? CreditCode,
    DateTimeOffset CreatedAt)
{
    private AgencyRecord() : this("", "", "", "", "", null, null, default) { }
}

public sealed record ApiKeyRecord(
    string Id,
    string Name,
    string Role,
    string? Scope,
    string KeyHash,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt)
{
    private ApiKeyRecord() : this("", "", "", null, "", default, null) { }
}

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

/// <summary>A stored idempotent response: what the first request returned, to be returned again on a replay.</summary>
public sealed record StoredResponse(string RequestHash, bool Created, string Body)
{
    private StoredResponse() : this("", false, "") { }
}

public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

public sealed record FindingCounts(int Errors, int Warnings, int Infos);

public sealed record VersionKey(string AgencyId, int FiscalYear, int Version)
{
    private VersionKey() : this("", 0, 0) { }
}
