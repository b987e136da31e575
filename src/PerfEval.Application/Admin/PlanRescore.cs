using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Application.Admin;

/// <summary>Job: lists the run's reports in pages and enqueues one small scoring job per report.</summary>
public sealed record PlanRescore(string RunId) : ICommand<int>;

public sealed class PlanRescoreHandler(IRescoreRepository runs, IReportRepository reports, IRegionRepository regions, IJobScheduler scheduler, IUnitOfWork unitOfWork, IClock clock)
    : ICommandHandler<PlanRescore, int>
{
    public const int BatchSize = 200;

    public async ValueTask<int> Handle(PlanRescore command, CancellationToken cancellationToken)
    {
        var run = await runs.FindAsync(command.RunId, cancellationToken) ?? throw new NotFoundException($"Rescore run {command.RunId} was not found.");
        var path = run.RegionCode is null ? null : (await regions.FindAsync(run.RegionCode, cancellationToken))?.Path;
        await runs.UpdateAsync(run.Id, RescoreStates.Planning, run.Total, run.Enqueued, clock.UtcNow, cancellationToken);

        var enqueued = 0;
        string? cursor = null;
        do
        {
            var page = await reports.ListAsync(TenantScope.System, new ReportListFilter(path, run.FiscalYear, null), BatchSize, cursor, cancellationToken);
            var keys = page.Items.Select(h => new VersionKey(h.AgencyId, h.FiscalYear, h.Version)).ToList();
            await unitOfWork.BeginAsync(cancellationToken);
            await runs.AddItemsAsync(run.Id, keys, cancellationToken);
            enqueued += keys.Count;
            await runs.UpdateAsync(run.Id, RescoreStates.Planning, enqueued, enqueued, clock.UtcNow, cancellationToken);
            await unitOfWork.CommitAsync(cancellationToken);
            foreach (var key in keys) scheduler.ScoreVersion(key, run.Profile);
            cursor = page.NextCursor;
        } while (cursor is not null);

        await runs.UpdateAsync(run.Id, RescoreStates.Enqueued, enqueued, enqueued, clock.UtcNow, cancellationToken);
        return enqueued;
    }
}
