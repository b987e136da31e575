using Hangfire;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Publication;

namespace PerfEval.Infrastructure.Jobs;

/// <summary>
/// The recurring job facade for publication status (stable names: queued and recurring jobs refer to them). It only
/// queues ledger rows; the derivation workers compute the statuses.
/// </summary>
public sealed class PublicationJobs(IMediator mediator, ICallerAccessor caller)
{
    public const string DailyJobId = "publication-status-daily";

    /// <summary>Five past midnight, China Standard Time: a report whose due date was yesterday is overdue today.</summary>
    public const string DailyCron = "5 0 * * *";

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task RecomputeAllAsync(CancellationToken cancellationToken)
    {
        caller.Current = TenantScope.System;
        await mediator.Send(new RecomputePublicationStatuses(), cancellationToken);
    }
}
