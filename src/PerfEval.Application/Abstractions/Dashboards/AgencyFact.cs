namespace PerfEval.Application.Abstractions;

/// <summary>A fact with the agency it belongs to.</summary>
public sealed record AgencyFact(string AgencyName, string RegionCode, string? Sector, DashboardFact Fact)
{
    private AgencyFact() : this("", "", null, null!) { }
}
