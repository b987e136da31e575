namespace PerfEval.Application.Abstractions;

/// <summary>
/// One version of a bulk import, ready to store: the version itself, the head version it follows (0 = the first of its
/// report year), its workflow history row and, when the line had an Idempotency-Key, the response stored under it.
/// </summary>
public sealed record ImportedVersion(NewReportVersion Version, int FollowsVersion, TransitionRecord Transition, string? IdempotencyKey, StoredResponse? Response)
{
    public ReportYear Year => new(Version.Key.AgencyId, Version.Key.FiscalYear);
}
