using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Regions;

namespace PerfEval.Application.Agencies;

/// <summary>Agencies visible to the caller, optionally within one region and its descendants.</summary>
public sealed record ListAgencies(string? RegionCode) : IQuery<IReadOnlyList<AgencyRecord>>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class ListAgenciesHandler(IAgencyRepository agencies, IRegionRepository regions, ICallerAccessor caller)
    : IQueryHandler<ListAgencies, IReadOnlyList<AgencyRecord>>
{
    public async ValueTask<IReadOnlyList<AgencyRecord>> Handle(ListAgencies query, CancellationToken cancellationToken)
    {
        var region = await RegionFilter.ResolveAsync(regions, query.RegionCode, cancellationToken);
        return region.Matches ? await agencies.ListAsync(caller.Require(), region.Path, cancellationToken) : [];
    }
}
