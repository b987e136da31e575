using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Dashboards;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Monitoring;

/// <summary>
/// Sets a region's monitoring periods and execution thresholds for a year (replacing any it had): data, because every
/// province publishes its own (end of April/June/August/October at 25/40/60/80 % in one; January–June in another).
/// A region's thresholds apply to the agencies under it unless a region nearer to the agency sets its own.
/// </summary>
public sealed record PutMonitoringThresholds(string RegionCode, int FiscalYear, [property: FreeText(TextKind.Lines)] string? Source, IReadOnlyList<PeriodThresholdBody>? Periods)
    : ICommand<MonitoringThresholds>, IValidatable, ITransactional, IRequiresRole
{
    public const int MaxPeriods = 24;

    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Reviewers;

    public IEnumerable<FieldError> Validate()
    {
        if (FiscalYear is < 1990 or > 2100) yield return new("/fiscalYear", "fiscalYear must be between 1990 and 2100.");
        if (string.IsNullOrWhiteSpace(Source) || Source.Length > 2000) yield return new("/source", "The source (the notice the thresholds rest on) is required, at most 2000 characters.");
        if (Periods is null || Periods.Count is 0 or > MaxPeriods) yield return new("/periods", $"Give 1 to {MaxPeriods} periods.");
        foreach (var (period, i) in (Periods ?? []).Select((p, i) => (p, i)))
        {
            if (!MonitoringPeriods.IsWellFormed(period.Period)) yield return new($"/periods/{i}/period", "A period is 1-20 letters, digits or hyphens.");
            else if (Periods!.Take(i).Any(p => p.Period == period.Period)) yield return new($"/periods/{i}/period", "Each period is listed once.");
            if (period.EndsOn.Year != FiscalYear && period.EndsOn.Year != FiscalYear + 1) yield return new($"/periods/{i}/endsOn", "The period ends in the fiscal year (or the January after it).");
            if (period.MinExecutionRate is < 0 or > 100) yield return new($"/periods/{i}/minExecutionRate", "A percentage between 0 and 100.");
        }
    }
}

public sealed class PutMonitoringThresholdsHandler(IMonitoringRepository monitoring, IMonitoringAssessmentRepository assessments, IRegionRepository regions,
    ICallerAccessor caller, IClock clock)
    : ICommandHandler<PutMonitoringThresholds, MonitoringThresholds>
{
    public async ValueTask<MonitoringThresholds> Handle(PutMonitoringThresholds command, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var region = await DashboardScope.RegionAsync(regions, scope, command.RegionCode, cancellationToken);
        if (region.Code == DashboardScope.NationalCode) throw new NotFoundException("Thresholds belong to a region.");
        var now = clock.UtcNow;
        var source = command.Source!.Trim();
        await monitoring.ReplaceThresholdsAsync(region.Code, command.FiscalYear,
            [.. command.Periods!.Select(p => new ThresholdRecord(region.Code, command.FiscalYear, p.Period, p.EndsOn, p.MinExecutionRate, source, now))], cancellationToken);
        // Every agency under the region may now fall under these thresholds: their year's assessments are owed again.
        await assessments.RequeueRegionYearAsync(Derivations.DerivationKinds.MonitoringAssessment, region.Path, command.FiscalYear, now, cancellationToken);
        return new MonitoringThresholds(region.Code, command.FiscalYear, source, command.Periods!);
    }
}

/// <summary>A region's own thresholds for a year (reference data: every caller may read them).</summary>
public sealed record GetMonitoringThresholds(string RegionCode, int FiscalYear) : IQuery<MonitoringThresholds>;

public sealed class GetMonitoringThresholdsHandler(IMonitoringRepository monitoring) : IQueryHandler<GetMonitoringThresholds, MonitoringThresholds>
{
    public async ValueTask<MonitoringThresholds> Handle(GetMonitoringThresholds query, CancellationToken cancellationToken)
    {
        var rows = await monitoring.ListThresholdsAsync(query.RegionCode, query.FiscalYear, cancellationToken);
        if (rows.Count == 0) throw new NotFoundException($"Region {query.RegionCode} has no monitoring thresholds for {query.FiscalYear}.");
        return new MonitoringThresholds(query.RegionCode, query.FiscalYear, rows[0].Source,
            [.. rows.OrderBy(r => r.EndsOn).Select(r => new PeriodThresholdBody(r.Period, r.EndsOn, r.MinExecutionRate))]);
    }
}
