using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Changes;
using PerfEval.Application.Common;
using PerfEval.Application.Reports;
using PerfEval.Domain.Monitoring;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Monitoring;

/// <summary>
/// Stores an agency's monitoring report for a period as a new immutable version, exactly as received, with its pace
/// assessed against the threshold of the nearest region that sets one (the agency's, then those above it). A version
/// below its threshold is a <c>monitoring</c> row of the change feed with <c>belowThreshold: true</c>.
/// </summary>
public sealed record PutMonitoringPeriod(string AgencyId, int FiscalYear, string Period, MonitoringBody Body)
    : ICommand<MonitoringView>, IValidatable, ITransactional, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Writers;

    public IEnumerable<FieldError> Validate()
    {
        foreach (var error in Body.Parsed.Errors) yield return error;
        if (Body.Parsed.Document is { } document)
        {
            if (document.FiscalYear != FiscalYear) yield return new("/fiscalYear", $"The document is for {document.FiscalYear} but the URL says {FiscalYear}.");
            if (document.Period != Period) yield return new("/period", $"The document is for period {document.Period} but the URL says {Period}.");
        }
    }
}

public sealed class PutMonitoringPeriodHandler(IMonitoringRepository monitoring, IAgencyRepository agencies, IChangeLog changes, ICallerAccessor caller, IClock clock)
    : ICommandHandler<PutMonitoringPeriod, MonitoringView>
{
    public async ValueTask<MonitoringView> Handle(PutMonitoringPeriod command, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var agency = await agencies.FindAsync(scope, command.AgencyId, cancellationToken)
            ?? throw new NotFoundException($"Agency {command.AgencyId} was not found.");
        var document = command.Body.Parsed.Document!;
        // The agency's region path lists its region and every region above it ("430000/430400/430423/"): nearest first.
        var chain = agency.RegionPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Reverse().ToList();
        var thresholds = await monitoring.ListThresholdsAsync(chain, command.FiscalYear, command.Period, cancellationToken);
        var nearest = chain.Select(code => thresholds.FirstOrDefault(t => t.RegionCode == code)).FirstOrDefault(t => t is not null);
        var pace = MonitoringPace.Assess(document, nearest is null ? null : new PeriodThreshold(nearest.Period, nearest.EndsOn, nearest.MinExecutionRate));

        var previous = await monitoring.ListVersionsAsync(scope, command.AgencyId, command.FiscalYear, command.Period, cancellationToken);
        var now = clock.UtcNow;
        var version = new MonitoringVersionRecord(command.AgencyId, command.FiscalYear, command.Period, previous.Count == 0 ? 1 : previous.Max(v => v.Version) + 1,
            command.Body.Raw, Hashes.Sha256(command.Body.Raw), pace.ExecutionRate, pace.MinExecutionRate, nearest?.RegionCode, pace.BelowThreshold ? 1 : 0,
            pace.AtRiskIndicators, now, scope.KeyId);
        if (!await monitoring.InsertAsync(scope, version, cancellationToken)) throw ConcurrentChange.For(null);
        await changes.AppendAsync([new NewChange(command.AgencyId, command.FiscalYear, 0, ChangeKinds.Monitoring, JsonSerializer.Serialize(new
        {
            period = command.Period,
            version = version.Version,
            executionRate = pace.ExecutionRate,
            minExecutionRate = pace.MinExecutionRate,
            belowThreshold = pace.BelowThreshold,
            atRiskIndicators = pace.AtRiskIndicators,
        }, ApiJson.Options), now)], cancellationToken);
        return MonitoringViews.From(version);
    }
}

public static class MonitoringViews
{
    public static MonitoringView From(MonitoringVersionRecord v)
    {
        using var document = JsonDocument.Parse(v.DocumentJson);
        return new MonitoringView(v.AgencyId, v.FiscalYear, v.Period, v.Version, v.CreatedAt, v.CreatedBy, v.ExecutionRate, v.MinExecutionRate, v.ThresholdRegion,
            v.BelowThreshold == 1, v.AtRiskIndicators, document.RootElement.Clone());
    }
}

/// <summary>The current monitoring version of a period, or every version.</summary>
public sealed record GetMonitoringPeriod(string AgencyId, int FiscalYear, string Period, bool AllVersions = false) : IQuery<IReadOnlyList<MonitoringView>>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class GetMonitoringPeriodHandler(IMonitoringRepository monitoring, ICallerAccessor caller) : IQueryHandler<GetMonitoringPeriod, IReadOnlyList<MonitoringView>>
{
    public async ValueTask<IReadOnlyList<MonitoringView>> Handle(GetMonitoringPeriod query, CancellationToken cancellationToken)
    {
        var versions = await monitoring.ListVersionsAsync(caller.Require(), query.AgencyId, query.FiscalYear, query.Period, cancellationToken);
        if (versions.Count == 0) throw new NotFoundException($"No monitoring report of agency {query.AgencyId} for {query.FiscalYear} period {query.Period}.");
        return query.AllVersions ? [.. versions.Select(MonitoringViews.From)] : [MonitoringViews.From(versions[^1])];
    }
}
