using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Application.Dashboards;

/// <summary>
/// Resolves the region a dashboard is asked for. A region key sees dashboards of its own region and the regions
/// under it; any other region is 404, like every resource outside the caller's scope (a partial aggregate of a
/// larger region would be misleading). Admin keys may also ask for the whole country (<see cref="NationalCode"/>).
/// </summary>
public static class DashboardScope
{
    /// <summary>全国: not a GB/T 2260 code (the standard has no national entry); six zeros cannot clash with a real division.</summary>
    public const string NationalCode = "000000";

    public static RegionRecord National { get; } = new(NationalCode, "全国", null, 0, Everywhere);

    public static async Task<RegionRecord> RegionAsync(IRegionRepository regions, TenantScope scope, string code, CancellationToken cancellationToken)
    {
        if (code == NationalCode && scope.IsAdmin) return National;
        var region = await regions.FindAsync(code, cancellationToken);
        if (region is null || scope.Role == CallerRole.Region && !region.Path.StartsWith(scope.RegionPath!, StringComparison.Ordinal))
            throw new NotFoundException($"Region {code} was not found.");
        return region;
    }

    /// <summary>The region path an agency's time series is read under: the whole tree (the scope predicate does the rest).</summary>
    public const string Everywhere = "";
}

/// <summary>
/// What a dashboard response was computed from; the ETag derives from it and the request. A region's dashboards also
/// read the stored declared-target checks (<see cref="ChecksAsOf"/>, <see cref="Checks"/>), which change without the facts.
/// </summary>
public sealed record DashboardStamp(DateTimeOffset? DataAsOf, int Facts, DateTimeOffset? ChecksAsOf = null, int Checks = 0);
