using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Dashboards;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Monitoring;

/// <summary>The region dashboard's monitoring view: every agency's current monitoring version for the year (and period),
/// those below their threshold first, with the count below and the at-risk indicators.</summary>
public sealed record GetMonitoringSummary(string RegionCode, int? FiscalYear, string? Period) : IQuery<MonitoringSummary>, IValidatable, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Reviewers;

    public IEnumerable<FieldError> Validate()
    {
        if (FiscalYear is null or < 1990 or > 2100) yield return new("/fiscalYear", "fiscalYear (1990-2100) is required.");
        if (Period is not null && !MonitoringPeriods.IsWellFormed(Period)) yield return new("/period", "A period is 1-20 letters, digits or hyphens.");
    }
}

public sealed class GetMonitoringSummaryHandler(IMonitoringRepository monitoring, IRegionRepository regions, ICallerAccessor caller)
    : IQueryHandler<GetMonitoringSummary, MonitoringSummary>
{
    public async ValueTask<MonitoringSummary> Handle(GetMonitoringSummary query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var region = await DashboardScope.RegionAsync(regions, scope, query.RegionCode, cancellationToken);
        var rows = await monitoring.ListCurrentAsync(scope, region.Path, query.FiscalYear!.Value, query.Period, cancellationToken);
        var listed = rows.Select(r => new MonitoringAgencyRow(r.AgencyId, r.AgencyName, r.RegionCode, r.Period, r.Version, r.ExecutionRate, r.MinExecutionRate,
                r.BelowThreshold == 1, r.AtRiskIndicators))
            .OrderByDescending(r => r.BelowThreshold).ThenBy(r => r.Period, StringComparer.Ordinal).ThenBy(r => r.AgencyId, StringComparer.Ordinal).ToList();
        return new MonitoringSummary(region.Code, region.Name, query.FiscalYear.Value, query.Period, listed.Select(r => r.AgencyId).Distinct().Count(),
            listed.Count(r => r.BelowThreshold), listed.Sum(r => r.AtRiskIndicators), listed);
    }
}
