using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Application.Dashboards;

/// <summary>One fiscal year of an agency: its state, score, findings and every metric the facts carry.</summary>
public sealed record AgencyYear(int FiscalYear, int? Version, string? WorkflowState, string? PublicationStatus, decimal? Score, string? Grade,
    decimal? SelfScore, decimal? ScoreDifference, int Errors, int Warnings, int Infos, IReadOnlyDictionary<string, decimal> Metrics);

public sealed record AgencyTimeseries(string AgencyId, string AgencyName, DateTimeOffset? DataAsOf, IReadOnlyList<AgencyYear> Years);

/// <summary>Every metric and score of an agency over the years (any key that may read the agency).</summary>
public sealed record GetAgencyTimeseries(string AgencyId) : IQuery<AgencyTimeseries>, IMayReadFromReplica, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class GetAgencyTimeseriesHandler(IDashboardRepository dashboards, IAgencyRepository agencies, ICallerAccessor caller)
    : IQueryHandler<GetAgencyTimeseries, AgencyTimeseries>
{
    public async ValueTask<AgencyTimeseries> Handle(GetAgencyTimeseries query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var agency = await agencies.FindAsync(scope, query.AgencyId, cancellationToken) ?? throw new NotFoundException($"Agency {query.AgencyId} was not found.");
        var facts = await dashboards.ListAsync(scope, DashboardScope.Everywhere, null, agency.Id, withMetrics: true, cancellationToken);
        return new AgencyTimeseries(agency.Id, agency.Name, facts.Count == 0 ? null : facts.Max(f => f.Fact.ComputedAt),
            facts.OrderBy(f => f.Fact.FiscalYear).Select(f => f.Fact).Select(f => new AgencyYear(f.FiscalYear, f.Version, f.WorkflowState, f.PublicationStatus,
                f.Score, f.Grade, f.SelfScore, f.ScoreDifference, f.ErrorCount, f.WarningCount, f.InfoCount, f.Metrics)).ToList());
    }
}
