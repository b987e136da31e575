namespace PerfEval.Application.Abstractions;

/// <summary>The current state of one reviewed document: its latest version, review status and approved version.</summary>
public sealed record ReviewHead(
    string AgencyId,
    int FiscalYear,
    string? Period,
    int Version,
    string Status,
    int? ApprovedVersion,
    string? StatusReason,
    string? StatusBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    private ReviewHead() : this("", 0, null, 0, "", null, null, null, default, default) { }

    public ReviewKey Key => new(AgencyId, FiscalYear, Period);
}
