namespace PerfEval.Application.Dashboards;

/// <summary>Count, mean and quartiles of a set of values (linear interpolation between order statistics); nulls when empty.</summary>
public sealed record Distribution(int Count, decimal? Mean, decimal? Min, decimal? Q1, decimal? Median, decimal? Q3, decimal? Max)
{
    public static Distribution Of(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return new(0, null, null, null, null, null, null);
        return new(sorted.Count, Round(sorted.Average()), sorted[0], Round(Quantile(sorted, 0.25m)), Round(Quantile(sorted, 0.5m)), Round(Quantile(sorted, 0.75m)), sorted[^1]);
    }

    public static decimal Quantile(IReadOnlyList<decimal> sorted, decimal p)
    {
        var position = (sorted.Count - 1) * p;
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
    }

    private static decimal Round(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}

/// <summary>Percentile rank of a value among its peers: the share below it plus half the ties, in percent.</summary>
public static class PercentileRank
{
    public static decimal Of(decimal value, IReadOnlyList<decimal> peers)
    {
        if (peers.Count == 0) return 0;
        var below = peers.Count(p => p < value);
        var ties = peers.Count(p => p == value);
        return Percent(below, ties, peers.Count);
    }

    /// <summary>
    /// Every distinct value's rank (1 + the number of higher values) and percentile rank (as <see cref="Of"/>) among
    /// <paramref name="values"/>, in one pass over them sorted.
    /// </summary>
    public static IReadOnlyDictionary<decimal, (int Rank, decimal Percentile)> Table(IReadOnlyList<decimal> values)
    {
        var sorted = values.Order().ToList();
        var table = new Dictionary<decimal, (int Rank, decimal Percentile)>();
        for (var start = 0; start < sorted.Count;)
        {
            var end = start;
            while (end < sorted.Count && sorted[end] == sorted[start]) end++;
            var ties = end - start;
            table[sorted[start]] = (1 + sorted.Count - end, Percent(start, ties, sorted.Count));
            start = end;
        }
        return table;
    }

    private static decimal Percent(int below, int ties, int count) =>
        Math.Round((below + ties / 2m) * 100m / count, 2, MidpointRounding.AwayFromZero);
}
