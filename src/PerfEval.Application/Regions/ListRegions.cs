using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Regions;

/// <summary>One level of the GB/T 2260 tree: the provinces, or the regions directly under a parent. Public reference data.</summary>
public sealed record ListRegions(string? ParentCode) : IQuery<IReadOnlyList<RegionRecord>>, IValidatable, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;

    public IEnumerable<FieldError> Validate()
    {
        if (ParentCode is not null && !RegionCodes.IsWellFormed(ParentCode)) yield return new("/parentCode", "Parent code must be 6 digits (GB/T 2260).");
    }
}

public sealed class ListRegionsHandler(IRegionRepository regions) : IQueryHandler<ListRegions, IReadOnlyList<RegionRecord>>
{
    public async ValueTask<IReadOnlyList<RegionRecord>> Handle(ListRegions query, CancellationToken cancellationToken)
    {
        if (query.ParentCode is not null && await regions.FindAsync(query.ParentCode, cancellationToken) is null)
            throw new NotFoundException($"Region {query.ParentCode} was not found.");
        return await regions.ListChildrenAsync(query.ParentCode, cancellationToken);
    }
}
