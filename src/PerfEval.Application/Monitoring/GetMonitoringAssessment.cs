using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Application.Monitoring;

/// <summary>The workers' stored assessment of an agency's monitoring period (404 until the workers have assessed it).</summary>
public sealed record GetMonitoringAssessment(string AgencyId, int FiscalYear, string Period) : IQuery<MonitoringAssessmentView>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class GetMonitoringAssessmentHandler(IMonitoringAssessmentRepository assessments, ICallerAccessor caller)
    : IQueryHandler<GetMonitoringAssessment, MonitoringAssessmentView>
{
    public async ValueTask<MonitoringAssessmentView> Handle(GetMonitoringAssessment query, CancellationToken cancellationToken)
    {
        if (!MonitoringPeriods.IsWellFormed(query.Period)) throw new NotFoundException($"No monitoring period '{query.Period}'.");
        var stored = await assessments.FindAsync(caller.Require(), query.AgencyId, query.FiscalYear, query.Period, cancellationToken)
            ?? throw new NotFoundException($"No monitoring assessment of agency {query.AgencyId} for {query.FiscalYear} period {query.Period}.");
        var detail = JsonSerializer.Deserialize<MonitoringAssessmentDetail>(stored.ResultJson, ApiJson.Options)!;
        return new MonitoringAssessmentView(stored.AgencyId, stored.FiscalYear, stored.Period, stored.MonitoringVersion, stored.DeclarationVersion, stored.ReportVersion,
            stored.ThresholdRegion, stored.ExecutionRate, stored.MinExecutionRate, stored.BelowThreshold == 1, stored.AtRiskIndicators, detail.Indicators, detail.Forecast,
            stored.RulesetVersion, detail.Findings, stored.ComputedAt);
    }
}
