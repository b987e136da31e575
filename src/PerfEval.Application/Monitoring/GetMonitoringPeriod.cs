using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Review;

namespace PerfEval.Application.Monitoring;

/// <summary>The current monitoring version of a period, or every version, each with its review status.</summary>
public sealed record GetMonitoringPeriod(string AgencyId, int FiscalYear, string Period, bool AllVersions = false) : IQuery<IReadOnlyList<MonitoringView>>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class GetMonitoringPeriodHandler(IMonitoringRepository monitoring, ICallerAccessor caller) : IQueryHandler<GetMonitoringPeriod, IReadOnlyList<MonitoringView>>
{
    public async ValueTask<IReadOnlyList<MonitoringView>> Handle(GetMonitoringPeriod query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var key = new ReviewKey(query.AgencyId, query.FiscalYear, query.Period);
        var head = await monitoring.Heads.FindAsync(scope, key, cancellationToken)
            ?? throw new NotFoundException($"No {PutMonitoringPeriod.Subject} {key.Describe}.");
        var versions = await monitoring.ListVersionsAsync(scope, query.AgencyId, query.FiscalYear, query.Period, cancellationToken);
        var shown = query.AllVersions ? versions : versions.Where(v => v.Version == head.Version);
        return [.. shown.Select(v => View(v, head))];
    }

    private static MonitoringView View(MonitoringVersionRecord v, ReviewHead head)
    {
        using var document = JsonDocument.Parse(v.DocumentJson);
        return new MonitoringView(v.AgencyId, v.FiscalYear, v.Period, v.Version, ReviewSummary.StatusOf(v.Version, head), head.ApprovedVersion, v.CreatedAt, v.CreatedBy,
            v.ExecutionRate, v.MinExecutionRate, v.ThresholdRegion, v.BelowThreshold == 1, v.AtRiskIndicators, document.RootElement.Clone());
    }
}
