using PerfEval.Application.Abstractions;

namespace PerfEval.Application.Regions;

/// <summary>A list request's optional regionCode, resolved to the region's path prefix.</summary>
public sealed record RegionFilter(bool Matches, string? Path)
{
    public static readonly RegionFilter Everywhere = new(true, null);

    /// <summary>No filter for a null code; an unknown code matches nothing (rather than everything).</summary>
    public static async Task<RegionFilter> ResolveAsync(IRegionRepository regions, string? regionCode, CancellationToken cancellationToken)
    {
        if (regionCode is null) return Everywhere;
        var region = await regions.FindAsync(regionCode, cancellationToken);
        return region is null ? new RegionFilter(false, null) : new RegionFilter(true, region.Path);
    }
}
