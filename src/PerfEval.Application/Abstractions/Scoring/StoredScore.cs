namespace PerfEval.Application.Abstractions;

/// <summary>One score result as stored: the result JSON plus the columns queried on (total, grade).</summary>
public sealed record StoredScore(
    string AgencyId,
    int FiscalYear,
    int Version,
    string Profile,
    string ProfileVersion,
    string InputHash,
    string ResultJson,
    decimal? Total,
    string? Grade,
    DateTimeOffset ComputedAt)
{
    private StoredScore() : this("", 0, 0, "", "", "", "", null, null, default) { }
}
