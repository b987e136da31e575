using Hangfire;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Admin;
using PerfEval.Application.Scoring;
using PerfEval.Application.YearOverYear;

namespace PerfEval.Infrastructure.Jobs;

/// <summary>
/// The stable job facade Hangfire serialises calls to. Arguments are ids only; each method is idempotent (results
/// are keyed by version + profile version, or replaced by input hash), so at-least-once delivery is safe.
/// Do not rename or change these signatures: queued jobs refer to them by name.
/// </summary>
public sealed class ReportJobs(IMediator mediator, ICallerAccessor caller, IJobScheduler scheduler, IScoringRepository scoring, IClock clock)
{
    public const string SweepJobId = "outbox-sweep";

    [AutomaticRetry(Attempts = 5)]
    public async Task ScoreVersionAsync(string agencyId, int fiscalYear, int version, CancellationToken cancellationToken)
    {
        caller.Current = TenantScope.System;
        await mediator.Send(new ScoreReportVersion(agencyId, fiscalYear, version), cancellationToken);
        scheduler.ComputeYoy(agencyId, fiscalYear);
        scheduler.ComputeYoy(agencyId, fiscalYear + 1);
    }

    [AutomaticRetry(Attempts = 5)]
    public async Task ComputeYoyAsync(string agencyId, int fiscalYear, CancellationToken cancellationToken)
    {
        caller.Current = TenantScope.System;
        await mediator.Send(new ComputeYoy(agencyId, fiscalYear), cancellationToken);
    }

    [AutomaticRetry(Attempts = 3)]
    public async Task PlanRescoreAsync(string runId, CancellationToken cancellationToken)
    {
        caller.Current = TenantScope.System;
        await mediator.Send(new PlanRescore(runId), cancellationToken);
    }

    /// <summary>Re-queues versions whose scoring is still pending long after they were saved (lost jobs).</summary>
    [DisableConcurrentExecution(60)]
    public async Task SweepAsync(int stalePendingMinutes, CancellationToken cancellationToken)
    {
        caller.Current = TenantScope.System;
        var stale = await scoring.FindStalePendingAsync(clock.UtcNow.AddMinutes(-stalePendingMinutes), 1000, cancellationToken);
        foreach (var key in stale)
        {
            await scoring.SetStateAsync(key, ScoringStates.Pending, "re-queued by the sweep", clock.UtcNow, cancellationToken);
            scheduler.ScoreVersion(key);
        }
    }
}
