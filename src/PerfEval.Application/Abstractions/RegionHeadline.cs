namespace PerfEval.Application.Abstractions;

/// <summary>The headline profile a region names for its dashboards and rankings (its descendants inherit it).</summary>
public sealed record RegionHeadline(string RegionCode, string ProfileId, DateTimeOffset UpdatedAt)
{
    private RegionHeadline() : this("", "", default) { }
}
