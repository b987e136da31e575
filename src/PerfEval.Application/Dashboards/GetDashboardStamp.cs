using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Application.Dashboards;

/// <summary>
/// The cheap question asked before a dashboard is computed: when were its facts last computed, and how many are
/// there. Same scope rules as the dashboard itself, so an unchanged answer means an unchanged response (304). A kept
/// region answers from its totals (every fact change touches them), not by counting its facts.
/// </summary>
public sealed record GetDashboardStamp(string? RegionCode, string? AgencyId, int? FiscalYear) : IQuery<DashboardStamp>, IMayReadFromReplica, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => RegionCode is null ? Roles.Readers : Roles.Reviewers;
}

public sealed class GetDashboardStampHandler(
    IDashboardRepository dashboards, IRegionTotalsRepository totals, IRegionRepository regions, IAgencyRepository agencies, IDeclarationRepository declarations, ICallerAccessor caller)
    : IQueryHandler<GetDashboardStamp, DashboardStamp>
{
    public async ValueTask<DashboardStamp> Handle(GetDashboardStamp query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        string path;
        if (query.RegionCode is not null)
            path = (await DashboardScope.RegionAsync(regions, scope, query.RegionCode, cancellationToken)).Path;
        else
        {
            _ = await agencies.FindAsync(scope, query.AgencyId!, cancellationToken) ?? throw new NotFoundException($"Agency {query.AgencyId} was not found.");
            path = DashboardScope.Everywhere;
        }
        var version = query.RegionCode is not null && await totals.CoverAsync(path, cancellationToken)
            ? await totals.VersionAsync(scope, path, query.FiscalYear, cancellationToken)
            : await dashboards.VersionAsync(scope, path, query.FiscalYear, query.AgencyId, cancellationToken);
        if (query.RegionCode is null) return new DashboardStamp(version.DataAsOf, version.FactCount);
        var checks = await declarations.ChecksVersionAsync(scope, path, query.FiscalYear, cancellationToken);
        return new DashboardStamp(version.DataAsOf, version.FactCount, checks.DataAsOf, checks.FactCount);
    }
}
