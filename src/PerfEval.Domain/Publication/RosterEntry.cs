namespace PerfEval.Domain.Publication;

/// <summary>
/// One expected report (应公开的报告) on a region's roster: the agency, the fiscal year, the agency's region chain
/// (most specific first), the recorded 决算批复 date if any, and where its report stands.
/// </summary>
public sealed record RosterEntry(string AgencyId, int FiscalYear, IReadOnlyList<string> RegionChain)
{
    public DateOnly? ApprovalDate { get; init; }
    /// <summary>The report year's workflow state; null when the agency has filed nothing.</summary>
    public WorkflowState? State { get; init; }
    public DateTimeOffset? FirstPublishedAt { get; init; }
}
