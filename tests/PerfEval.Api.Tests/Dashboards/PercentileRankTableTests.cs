using PerfEval.Application.Dashboards;

namespace PerfEval.Api.Tests.Dashboards;

/// <summary>The one-pass table of ranks and percentiles gives, for every value, what counting its peers one by one gives.</summary>
public sealed class PercentileRankTableTests
{
    [Fact]
    public void Every_value_gets_the_rank_and_percentile_of_a_peer_by_peer_count_ties_included()
    {
        decimal[] values = [88.5m, 92m, 75m, 92.00m, 60m, 88.5m, 100m, 92m, 75m, 0m];
        var table = PercentileRank.Table(values);

        Assert.Equal(6, table.Count);
        foreach (var value in values)
        {
            Assert.Equal(1 + values.Count(v => v > value), table[value].Rank);
            Assert.Equal(PercentileRank.Of(value, values), table[value].Percentile);
        }
        Assert.Equal((2, 75m), table[92m]);
        Assert.Equal((10, 5m), table[0m]);
    }

    [Fact]
    public void No_values_give_an_empty_table()
    {
        Assert.Empty(PercentileRank.Table([]));
    }
}
