namespace PerfEval.Application.Abstractions;

/// <summary>What profile applicability reads of an agency.</summary>
public sealed record AgencyContext(string AgencyId, string RegionPath, string? Sector)
{
    private AgencyContext() : this("", "", null) { }
}
