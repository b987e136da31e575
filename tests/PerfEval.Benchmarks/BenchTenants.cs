using System.Globalization;

namespace PerfEval.Benchmarks;

/// <summary>One report identity: an agency's report for a fiscal year, with the body its client sends.</summary>
public sealed record ReportKey(string AgencyId, int FiscalYear, ReportBody Body);

public sealed record BenchAgency(string Id, string Code, string Name, ReportFixture Fixture);

/// <summary>
/// The synthetic tenant population: agency i reuses fixture i mod 5 (and its region), and files reports for
/// several fiscal years. Each load client owns a disjoint set of agencies, so its If-Match versions never go stale.
/// </summary>
public sealed class BenchTenants
{
    public const int FirstFiscalYear = 2016;

    private BenchTenants(IReadOnlyList<BenchAgency> agencies, IReadOnlyList<ReportKey> keys)
    {
        Agencies = agencies;
        Keys = keys;
    }

    public IReadOnlyList<BenchAgency> Agencies { get; }
    public IReadOnlyList<ReportKey> Keys { get; }

    public static BenchTenants Create(IReadOnlyList<ReportFixture> fixtures, int agencyCount, int yearsPerAgency)
    {
        var bodies = new Dictionary<(string, int), ReportBody>();
        var agencies = new List<BenchAgency>(agencyCount);
        var keys = new List<ReportKey>(agencyCount * yearsPerAgency);
        for (var i = 0; i < agencyCount; i++)
        {
            var fixture = fixtures[i % fixtures.Count];
            var n = i.ToString("D5", CultureInfo.InvariantCulture);
            var agency = new BenchAgency($"bench-{n}", $"BENCH-{n}", $"基准测试单位{n}", fixture);
            agencies.Add(agency);
            for (var y = 0; y < yearsPerAgency; y++)
            {
                var year = FirstFiscalYear + y;
                if (!bodies.TryGetValue((fixture.Name, year), out var body))
                    bodies[(fixture.Name, year)] = body = ReportFixtures.ForYear(fixture, year);
                keys.Add(new ReportKey(agency.Id, year, body));
            }
        }
        return new BenchTenants(agencies, keys);
    }

    /// <summary>The keys client <paramref name="client"/> of <paramref name="clients"/> writes, agency by agency.</summary>
    public IReadOnlyList<ReportKey> KeysOf(int client, int clients) =>
        Keys.Where((_, index) => index / YearsPerAgency % clients == client).ToList();

    private int YearsPerAgency => Keys.Count / Agencies.Count;
}
