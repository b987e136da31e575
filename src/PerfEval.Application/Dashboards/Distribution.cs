namespace PerfEval.Application.Dashboards;

/// <summary>Count, mean and quartiles of a set of values (linear interpolation between order statistics); nulls when empty.</summary>
public sealed record Distribution(int Count, decimal? Mean, decimal? Min, decimal? Q1, decimal? Median, decimal? Q3, decimal? Max)
{
    public static Distribution Of(IEnumerable<decimal> values) => FromCounts(values.Select(v => (v, 1L)));

    /// <summary>The same from a histogram: each distinct value and how many times it occurs (as the kept region totals hold them).</summary>
    public static Distribution FromCounts(IEnumerable<(decimal Value, long Count)> counts)
    {
        var sorted = counts.Where(c => c.Count > 0).OrderBy(c => c.Value).ToList();
        if (sorted.Count == 0) return new(0, null, null, null, null, null, null);
        var ends = new long[sorted.Count];
        long total = 0;
        var sum = 0m;
        for (var i = 0; i < sorted.Count; i++)
        {
            total += sorted[i].Count;
            ends[i] = total;
            sum += sorted[i].Value * sorted[i].Count;
        }

        // The value at a position of the sorted values, each repeated as often as it occurs.
        decimal At(long index)
        {
            var found = Array.BinarySearch(ends, index + 1);
            return sorted[found >= 0 ? found : ~found].Value;
        }

        decimal Quantile(decimal p)
        {
            var position = (total - 1) * p;
            var lower = (long)Math.Floor(position);
            var upper = Math.Min(lower + 1, total - 1);
            return At(lower) + (At(upper) - At(lower)) * (position - lower);
        }

        return new((int)total, Round(sum / total), sorted[0].Value, Round(Quantile(0.25m)), Round(Quantile(0.5m)), Round(Quantile(0.75m)), sorted[^1].Value);
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
