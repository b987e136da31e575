using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Dashboards;

namespace PerfEval.Application.Callers;

/// <summary>Who the key belongs to and where it may look: what a client needs to start in the right place.</summary>
public sealed record CallerView(string Role, string? KeyName, string? AgencyId, string HomeRegionCode, string HomeRegionName);

public sealed record GetCurrentCaller : IQuery<CallerView>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class GetCurrentCallerHandler(ICallerAccessor caller, IRegionRepository regions, IAgencyRepository agencies)
    : IQueryHandler<GetCurrentCaller, CallerView>
{
    public async ValueTask<CallerView> Handle(GetCurrentCaller query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var home = scope.Role switch
        {
            CallerRole.Admin => DashboardScope.National,
            CallerRole.Region => await regions.FindAsync(scope.RegionCode!, cancellationToken),
            _ => await AgencyRegionAsync(scope, cancellationToken),
        } ?? throw new NotFoundException("The key's region no longer exists.");
        return new CallerView(scope.Role.ToString().ToLowerInvariant(), scope.KeyName, scope.AgencyId, home.Code, home.Name);
    }

    private async Task<RegionRecord?> AgencyRegionAsync(TenantScope scope, CancellationToken cancellationToken)
    {
        var agency = await agencies.FindAsync(scope, scope.AgencyId!, cancellationToken);
        return agency is null ? null : await regions.FindAsync(agency.RegionCode, cancellationToken);
    }
}
