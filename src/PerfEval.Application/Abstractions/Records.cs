namespace PerfEval.Application.Abstractions;

public sealed record RegionRecord(string Code, string Name, string? ParentCode, int Level, string Path);

public sealed record AgencyRecord(
    string Id,
    string Code,
    string Name,
    string RegionCode,
    string RegionPath,
    string? Sector,
    string? CreditCode,
    DateTimeOffset CreatedAt);

public sealed record ApiKeyRecord(
    string Id,
    string Name,
    string Role,
    string? Scope,
    string KeyHash,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt);

/// <summary>The current state of one agency's report for one fiscal year.</summary>
public sealed record ReportHead(
    string AgencyId,
    int FiscalYear,
    int Version,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int ErrorCount,
    int WarningCount,
    int InfoCount);

/// <summary>One immutable version, with the document exactly as it was received.</summary>
public sealed record ReportVersionRecord(
    string AgencyId,
    int FiscalYear,
    int Version,
    string Status,
    string DocumentJson,
    string DocumentHash,
    DateTimeOffset CreatedAt,
    string? CreatedBy,
    DateTimeOffset? SubmittedAt);

public sealed record StoredResponse(int StatusCode, string Body, string? ETag, string? Location);

public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
