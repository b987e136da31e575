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

public sealed class GetMonitoringSummaryHandler(IMonitoringRepository monitoring, IMonitoringAssessmentRepository assessments, IRegionRepository regions,
    ICallerAccessor caller) : IQueryHandler<GetMonitoringSummary, MonitoringSummary>
{
    /// <summary>The forecast bands of the summary, highest first: full execution, then the 90/80/60 % steps.</summary>
    private static readonly (string Band, decimal From, decimal To)[] Bands =
        [("100", 100m, 100m), ("90-100", 90m, 100m), ("80-90", 80m, 90m), ("60-80", 60m, 80m), ("0-60", 0m, 60m)];

    public async ValueTask<MonitoringSummary> Handle(GetMonitoringSummary query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var region = await DashboardScope.RegionAsync(regions, scope, query.RegionCode, cancellationToken);
        var rows = await monitoring.ListCurrentAsync(scope, region.Path, query.FiscalYear!.Value, query.Period, cancellationToken);
        // The workers' assessment of a row's version, where they have stored it; a newer version not yet assessed shows its pace as stored with it.
        var assessed = (await assessments.ListForRegionAsync(scope, region.Path, query.FiscalYear.Value, query.Period, cancellationToken))
            .ToDictionary(a => (a.AgencyId, a.Period, a.MonitoringVersion));
        var listed = rows.Select(r => assessed.TryGetValue((r.AgencyId, r.Period, r.Version), out var a)
                ? new MonitoringAgencyRow(r.AgencyId, r.AgencyName, r.RegionCode, r.Period, r.Version, a.ExecutionRate, a.MinExecutionRate, a.BelowThreshold == 1,
                    a.AtRiskIndicators, true, a.ForecastExecutionRate, a.ForecastScore)
                : new MonitoringAgencyRow(r.AgencyId, r.AgencyName, r.RegionCode, r.Period, r.Version, r.ExecutionRate, r.MinExecutionRate,
                    r.BelowThreshold == 1, r.AtRiskIndicators))
            .OrderByDescending(r => r.BelowThreshold).ThenBy(r => r.Period, StringComparer.Ordinal).ThenBy(r => r.AgencyId, StringComparer.Ordinal).ToList();
        return new MonitoringSummary(region.Code, region.Name, query.FiscalYear.Value, query.Period, listed.Select(r => r.AgencyId).Distinct().Count(),
            listed.Count(r => r.BelowThreshold), listed.Sum(r => r.AtRiskIndicators), listed, listed.Count(r => r.Assessed), Distribution(listed));
    }

    private static IReadOnlyList<ForecastBand> Distribution(IReadOnlyList<MonitoringAgencyRow> rows) =>
        [
            .. Bands.Select(b => new ForecastBand(b.Band, b.From, b.To,
                rows.Count(r => r.ForecastExecutionRate is { } f && (b.From == b.To ? f >= b.From : f >= b.From && f < b.To)))),
            new ForecastBand("none", null, null, rows.Count(r => r.ForecastExecutionRate is null)),
        ];
}
