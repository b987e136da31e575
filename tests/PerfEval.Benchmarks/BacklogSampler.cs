using System.Diagnostics;
using Npgsql;

namespace PerfEval.Benchmarks;

/// <summary>One second's view of the follow-up work: how much waits and how many versions are fully derived.</summary>
public sealed record BacklogSample(double Seconds, long Pending, long DerivedVersions);

/// <summary>
/// Samples the workers' backlog once a second with plain SQL. With the derivations ledger a version is fully derived
/// when all of its rows are done; before it, when its scoring state is 'scored' (YoY has no per-version state).
/// </summary>
public sealed class BacklogSampler : IAsyncDisposable
{
    private const string LedgerPendingSql = "SELECT COUNT(*) FROM derivations WHERE state IN ('pending', 'running')";
    private const string LedgerDerivedSql =
        "SELECT COUNT(*) FROM (SELECT 1 FROM derivations GROUP BY agency_id, fiscal_year, version HAVING bool_and(state = 'done')) AS derived";
    private const string LegacyPendingSql = "SELECT COUNT(*) FROM scoring_states WHERE state = 'pending'";
    private const string LegacyDerivedSql = "SELECT COUNT(*) FROM scoring_states WHERE state = 'scored'";

    private readonly NpgsqlConnection _connection;
    private readonly List<BacklogSample> _samples = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private BacklogSampler(NpgsqlConnection connection, bool ledger)
    {
        _connection = connection;
        UsesLedger = ledger;
    }

    public bool UsesLedger { get; }
    public string Source => UsesLedger ? "derivations" : "scoring_states";
    public IReadOnlyList<BacklogSample> Samples => _samples;

    /// <summary>Seconds on the sampler's clock, the time axis of <see cref="Samples"/>.</summary>
    public double Now => Math.Round(_clock.Elapsed.TotalSeconds, 2);

    public static async Task<BacklogSampler> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var probe = new NpgsqlCommand("SELECT to_regclass('public.derivations') IS NOT NULL", connection);
        var ledger = (bool)(await probe.ExecuteScalarAsync(cancellationToken))!;
        return new BacklogSampler(connection, ledger);
    }

    public async Task<BacklogSample> SampleAsync(CancellationToken cancellationToken)
    {
        var pending = await CountAsync(UsesLedger ? LedgerPendingSql : LegacyPendingSql, cancellationToken);
        var derived = await CountAsync(UsesLedger ? LedgerDerivedSql : LegacyDerivedSql, cancellationToken);
        var sample = new BacklogSample(Now, pending, derived);
        _samples.Add(sample);
        return sample;
    }

    /// <summary>Samples every second until <paramref name="until"/> completes or is cancelled.</summary>
    public async Task SampleEverySecondAsync(Task until, CancellationToken cancellationToken)
    {
        while (!until.IsCompleted && !cancellationToken.IsCancellationRequested)
        {
            await SampleAsync(cancellationToken);
            await Task.WhenAny(until, Task.Delay(1000, cancellationToken));
        }
    }

    /// <summary>Samples every second until nothing is pending or <paramref name="limit"/> passes; returns the drain time.</summary>
    public async Task<double?> DrainAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var drain = Stopwatch.StartNew();
        while (true)
        {
            var sample = await SampleAsync(cancellationToken);
            if (sample.Pending == 0) return Math.Round(drain.Elapsed.TotalSeconds, 1);
            if (drain.Elapsed >= limit) return null;
            await Task.Delay(1000, cancellationToken);
        }
    }

    private async Task<long> CountAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, _connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Least-squares slope of the pending count over the given samples, in items per second.</summary>
    public static double PendingSlope(IEnumerable<BacklogSample> samples)
    {
        var points = samples.ToList();
        if (points.Count < 2) return 0;
        var meanT = points.Average(p => p.Seconds);
        var meanP = points.Average(p => (double)p.Pending);
        var numerator = points.Sum(p => (p.Seconds - meanT) * (p.Pending - meanP));
        var denominator = points.Sum(p => (p.Seconds - meanT) * (p.Seconds - meanT));
        return denominator == 0 ? 0 : Math.Round(numerator / denominator, 1);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
