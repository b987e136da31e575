using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PerfEval.Infrastructure.Jobs;

/// <summary>How a lease queue is drained: rows per claim, how long a claim holds them, when to stop claiming, how often to poll.</summary>
public sealed record ClaimSettings(int BatchSize, int LeaseSeconds, int MaxInFlight, TimeSpan Interval);

/// <summary>
/// The one dispatcher of every lease queue (derivation ledger rows, webhook deliveries): claim a batch with a lease
/// (FOR UPDATE SKIP LOCKED / READPAST on servers) and hand the claim to Hangfire as one job; claim nothing while too
/// much is in flight, so that leases do not run out in the queue. The poll waits a little only when the batch was not
/// full, so that a backlog is worked off at full speed and an idle queue costs one cheap query per interval. A failed
/// pass is logged and retried; nothing it claimed is lost, since claims are leases.
/// </summary>
public abstract class ClaimLoop(IServiceScopeFactory scopes, TimeProvider time, ILogger logger) : BackgroundService
{
    protected TimeProvider Time { get; } = time;

    protected abstract ClaimSettings Settings { get; }

    /// <summary>Rows claimed and not yet done whose lease still holds at <paramref name="now"/>.</summary>
    protected abstract Task<int> CountInFlightAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Claims up to <paramref name="limit"/> due rows for <paramref name="claimId"/> until <paramref name="leaseUntil"/>; returns how many.</summary>
    protected abstract Task<int> ClaimAsync(IServiceProvider services, string claimId, int limit, DateTimeOffset now, DateTimeOffset leaseUntil,
        CancellationToken cancellationToken);

    /// <summary>Hands a claim to the job that works it.</summary>
    protected abstract void Enqueue(string claimId);

    /// <summary>Claims one batch and enqueues it; returns the number of rows claimed (0 when nothing was due or too much is in flight).</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        var settings = Settings;
        await using var scope = scopes.CreateAsyncScope();
        var now = Time.GetUtcNow();
        if (await CountInFlightAsync(scope.ServiceProvider, now, cancellationToken) >= settings.MaxInFlight) return 0;
        var claimId = Guid.NewGuid().ToString("N");
        var claimed = await ClaimAsync(scope.ServiceProvider, claimId, settings.BatchSize, now, now.AddSeconds(settings.LeaseSeconds), cancellationToken);
        if (claimed > 0) Enqueue(claimId);
        return claimed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await DispatchOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "{Dispatcher} pass failed; retrying", GetType().Name);
            }
            if (claimed < Settings.BatchSize)
            {
                try { await Task.Delay(Settings.Interval, Time, stoppingToken); }
                catch (OperationCanceledException) { return; }
            }
        }
    }
}
