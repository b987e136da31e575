using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

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
        string? path = null;
        if (query.RegionCode is not null)
        {
            var region = await regions.FindAsync(query.RegionCode, cancellationToken);
            if (region is null) return [];
            path = region.Path;
        }
        return await agencies.ListAsync(caller.Require(), path, cancellationToken);
    }
}
