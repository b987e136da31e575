using System.Diagnostics;

namespace PerfEval.Benchmarks;

/// <summary>Throughput and latency of one load run, over the measured window only (warm-up excluded).</summary>
public sealed record LoadResult(
    int Clients,
    double MeasuredSeconds,
    long Succeeded,
    long Offered,
    double ReportsPerSecond,
    LatencySummary Latency,
    IReadOnlyDictionary<string, long> Errors,
    long FirstVersions,
    long LaterVersions)
{
    public long ErrorCount => Errors.Values.Sum();
}

/// <summary>
/// Runs <c>clients</c> concurrent writers until the pacer says stop. Each client owns a disjoint set of reports and
/// cycles through them: the first save of each creates it, later saves add versions with If-Match.
/// </summary>
public static class LoadRun
{
    public static async Task<LoadResult> RunAsync(
        IReportWriter writer, BenchTenants tenants, int clients, IPacer pacer, long measureFromTimestamp, CancellationToken cancellationToken)
    {
        var workers = Enumerable.Range(0, clients)
            .Select(client => Task.Run(() => ClientLoopAsync(writer, tenants.KeysOf(client, clients), pacer, measureFromTimestamp, cancellationToken), cancellationToken))
            .ToArray();
        var tallies = await Task.WhenAll(workers);

        var latencies = tallies.SelectMany(t => t.LatencyTicks).ToArray();
        var lastCompletion = tallies.Select(t => t.LastCompletion).DefaultIfEmpty(measureFromTimestamp).Max();
        var seconds = Math.Max(0, lastCompletion - measureFromTimestamp) / (double)Stopwatch.Frequency;
        var succeeded = tallies.Sum(t => t.Succeeded);
        var errors = tallies.SelectMany(t => t.Errors)
            .GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Sum(e => e.Value));
        return new LoadResult(clients, seconds, succeeded, pacer.Offered, seconds > 0 ? succeeded / seconds : 0,
            LatencySummary.FromTicks(latencies), errors, tallies.Sum(t => t.FirstVersions), tallies.Sum(t => t.LaterVersions));
    }

    private static async Task<ClientTally> ClientLoopAsync(
        IReportWriter writer, IReadOnlyList<ReportKey> keys, IPacer pacer, long measureFrom, CancellationToken cancellationToken)
    {
        var tally = new ClientTally();
        var held = new int[keys.Count];
        var next = 0;
        while (await pacer.NextAsync(cancellationToken) is { } intendedStart)
        {
            var index = next;
            next = (next + 1) % keys.Count;
            var outcome = await writer.WriteAsync(keys[index], held[index], cancellationToken);
            var completed = Stopwatch.GetTimestamp();
            var wasFirst = held[index] == 0;
            held[index] = outcome.Succeeded ? outcome.Version : -1;
            if (intendedStart < measureFrom) continue;

            tally.LastCompletion = completed;
            if (outcome.Succeeded)
            {
                tally.Succeeded++;
                tally.LatencyTicks.Add(completed - intendedStart);
                if (wasFirst) tally.FirstVersions++;
                else tally.LaterVersions++;
            }
            else
            {
                tally.Errors[outcome.Error!] = tally.Errors.GetValueOrDefault(outcome.Error!) + 1;
            }
        }
        return tally;
    }

    private sealed class ClientTally
    {
        public List<long> LatencyTicks { get; } = new(4096);
        public Dictionary<string, long> Errors { get; } = [];
        public long Succeeded { get; set; }
        public long FirstVersions { get; set; }
        public long LaterVersions { get; set; }
        public long LastCompletion { get; set; }
    }
}
