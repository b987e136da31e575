using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Application.Regions;

/// <summary>Regions are public reference data: any valid key may read them.</summary>
public sealed record GetRegion(string Code) : IQuery<RegionRecord>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class GetRegionHandler(IRegionRepository regions) : IQueryHandler<GetRegion, RegionRecord>
{
    public async ValueTask<RegionRecord> Handle(GetRegion query, CancellationToken cancellationToken) =>
        await regions.FindAsync(query.Code, cancellationToken) ?? throw new NotFoundException($"Region {query.Code} was not found.");
}
