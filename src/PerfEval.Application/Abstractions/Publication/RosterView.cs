namespace PerfEval.Application.Abstractions;

/// <summary>A roster entry with what the workflow and the workers know of it (for computing and listing statuses).</summary>
public sealed record RosterView(
    string AgencyId,
    string AgencyName,
    string RegionCode,
    string RegionPath,
    int FiscalYear,
    DateOnly? ApprovalDate,
    string? WorkflowState,
    int? Version,
    DateTimeOffset? FirstPublishedAt,
    string? Status,
    DateOnly? DueDate,
    string? DueDateGap,
    DateOnly? PublishedOn,
    int? DaysLate,
    DateTimeOffset? ComputedAt)
{
    private RosterView() : this("", "", "", "", 0, null, null, null, null, null, null, null, null, null, null) { }
}
