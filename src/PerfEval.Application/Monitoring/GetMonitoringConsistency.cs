using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Monitoring;
using PerfEval.Domain.Reports;

namespace PerfEval.Application.Monitoring;

/// <summary>
/// The current self-evaluation of a year checked against the agency's last monitoring report of that year (the period
/// last written) and that period's threshold: the findings of <see cref="MonitoringConsistencyRules"/>, each with
/// pointers into the report version and the monitoring version. Computed in the request from stored versions.
/// </summary>
public sealed record GetMonitoringConsistency(string AgencyId, int FiscalYear) : IQuery<MonitoringConsistencyCheck>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed record MonitoringConsistencyCheck(
    string AgencyId,
    int FiscalYear,
    int ReportVersion,
    string Period,
    int MonitoringVersion,
    decimal? MinExecutionRate,
    string RulesetVersion,
    IReadOnlyList<MonitoringConsistencyFinding> Findings);

public sealed class GetMonitoringConsistencyHandler(IReportRepository reports, IMonitoringRepository monitoring, IAgencyRepository agencies, ICallerAccessor caller)
    : IQueryHandler<GetMonitoringConsistency, MonitoringConsistencyCheck>
{
    public async ValueTask<MonitoringConsistencyCheck> Handle(GetMonitoringConsistency query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var agency = await agencies.FindAsync(scope, query.AgencyId, cancellationToken)
            ?? throw new NotFoundException($"Agency {query.AgencyId} was not found.");
        var head = await reports.FindHeadAsync(scope, query.AgencyId, query.FiscalYear, cancellationToken)
            ?? throw new NotFoundException($"No report of agency {query.AgencyId} for {query.FiscalYear}.");
        var report = await reports.FindVersionAsync(scope, new VersionKey(query.AgencyId, query.FiscalYear, head.Version), cancellationToken)
            ?? throw new NotFoundException($"No report of agency {query.AgencyId} for {query.FiscalYear}.");
        var latest = await monitoring.FindLatestAsync(scope, query.AgencyId, query.FiscalYear, cancellationToken)
            ?? throw new NotFoundException($"No monitoring report of agency {query.AgencyId} for {query.FiscalYear}.");

        var nearest = await NearestThreshold.FindAsync(monitoring, agency, query.FiscalYear, latest.Period, cancellationToken);
        using var monitoringJson = JsonDocument.Parse(latest.DocumentJson);
        var comparison = new MonitoringComparison(ReportJson.Deserialize(report.DocumentJson)!, MonitoringParser.Parse(monitoringJson.RootElement).Document!,
            NearestThreshold.Of(nearest));
        return new MonitoringConsistencyCheck(query.AgencyId, query.FiscalYear, head.Version, latest.Period, latest.Version, nearest?.MinExecutionRate,
            MonitoringConsistencyRules.Version, MonitoringConsistencyRules.Run(comparison));
    }
}
