using PerfEval.Application.Abstractions;
using PerfEval.Application.Dashboards;

namespace PerfEval.Api.Tests.Dashboards;

/// <summary>The kept totals' arithmetic: histograms give the same distribution as the values, and moves add up.</summary>
public sealed class RegionTotalsMathTests
{
    private static DashboardFact Fact(string agency, int year, decimal? score, string? grade, int errors, params (string Rule, int Count)[] rules) =>
        new(agency, year, score is null ? null : 1, "draft", null, score, grade, score + 3, score is null ? null : 3m, errors, 1, 0,
            rules.ToDictionary(r => r.Rule, r => r.Count), new Dictionary<string, decimal>(), DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_histogram_gives_the_distribution_of_its_values_repeated()
    {
        var random = new Random(20261207);
        for (var round = 0; round < 200; round++)
        {
            var values = Enumerable.Range(0, random.Next(1, 60)).Select(_ => Math.Round((decimal)random.NextDouble() * 100, random.Next(0, 3))).ToList();
            var histogram = values.GroupBy(v => v).Select(g => (g.Key, (long)g.Count())).ToList();
            Assert.Equal(Naive(values), Distribution.FromCounts(histogram));
            Assert.Equal(Naive(values), Distribution.Of(values));
        }
        Assert.Equal(new Distribution(0, null, null, null, null, null, null), Distribution.FromCounts([]));
    }

    [Fact]
    public void An_agency_counts_in_the_country_and_its_province_only()
    {
        Assert.Equal(["", "430000/"], RegionTotals.KeptRegionsOf("430000/431100/431102/"));
        Assert.Equal(["", "430000/"], RegionTotals.KeptRegionsOf("430000/"));
        Assert.True(RegionTotals.IsKept(""));
        Assert.True(RegionTotals.IsKept("430000/"));
        Assert.False(RegionTotals.IsKept("430000/431100/"));
    }

    [Fact]
    public void Moving_the_totals_by_a_change_gives_the_totals_of_the_new_facts()
    {
        var before = new[]
        {
            new PlacedFact(Fact("a", 2023, 81.5m, "良", 2, ("PE-001", 2)), "430000/431100/431102/"),
            new PlacedFact(Fact("b", 2023, null, null, 0), "430000/430400/430423/"),
            new PlacedFact(Fact("c", 2023, 90m, "优", 0, ("PE-002", 1)), "130000/130100/130110/"),
        };
        var after = new[]
        {
            new PlacedFact(Fact("a", 2023, 88m, "良", 0), "430000/431100/431102/"),
            new PlacedFact(Fact("b", 2023, 70.25m, "中", 1, ("PE-001", 1)), "430000/430400/430423/"),
        };
        var kept = RegionTotals.Of(before).Concat(RegionTotals.Change(before, after));
        var expected = RegionTotals.Of(after);

        Assert.Equal(Net(expected), Net(kept));
        var national = RegionTotals.Sum(expected.Where(t => t.RegionPath == ""));
        Assert.Equal(2, national[(RegionTotals.Facts, "")]);
        Assert.Equal(1, national[(RegionTotals.RuleReports, "PE-001")]);
        Assert.DoesNotContain((RegionTotals.Score, "81.5"), Net(kept).Keys.Select(k => (k.Measure, k.Item)));
    }

    [Fact]
    public void A_change_that_moves_no_total_still_touches_each_region_fact_count()
    {
        var fact = new PlacedFact(Fact("a", 2023, 81.5m, "良", 2), "430000/431100/431102/");
        var touched = RegionTotals.Change([fact], [fact with { Fact = fact.Fact with { ComputedAt = DateTimeOffset.UnixEpoch.AddDays(1) } }]);
        Assert.Equal(["", "430000/"], touched.Select(t => t.RegionPath));
        Assert.All(touched, t => Assert.Equal((RegionTotals.Facts, 0L), (t.Measure, t.Amount)));
    }

    private static Dictionary<(string RegionPath, int FiscalYear, string Measure, string Item), long> Net(IEnumerable<RegionTotal> totals) =>
        totals.GroupBy(t => (t.RegionPath, t.FiscalYear, t.Measure, t.Item)).Select(g => (g.Key, Amount: g.Sum(t => t.Amount)))
            .Where(g => g.Amount != 0).ToDictionary(g => g.Key, g => g.Amount);

    private static Distribution Naive(List<decimal> values)
    {
        var sorted = values.Order().ToList();
        decimal Quantile(decimal p)
        {
            var position = (sorted.Count - 1) * p;
            var lower = (int)Math.Floor(position);
            var upper = Math.Min(lower + 1, sorted.Count - 1);
            return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
        }
        static decimal Round(decimal v) => Math.Round(v, 4, MidpointRounding.AwayFromZero);
        return new(sorted.Count, Round(sorted.Average()), sorted[0], Round(Quantile(0.25m)), Round(Quantile(0.5m)), Round(Quantile(0.75m)), sorted[^1]);
    }
}
