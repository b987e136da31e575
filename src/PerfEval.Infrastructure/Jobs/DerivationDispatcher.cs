using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PerfEval.Application.Abstractions;

namespace PerfEval.Infrastructure.Jobs;

/// <summary>
/// Claims due ledger rows in batches (a lease: FOR UPDATE SKIP LOCKED / READPAST on servers) and hands each claim to
/// Hangfire as one job. A process that dies after claiming leaves the rows to be claimed again when the lease ends;
/// claims stop while too much work is in flight, so that leases do not expire in the queue.
/// </summary>
public sealed class DerivationDispatcher(IServiceScopeFactory scopes, IBackgroundJobClient jobs, IOptions<JobsOptions> options, TimeProvider time,
    ILogger<DerivationDispatcher> logger) : ClaimLoop(time, logger)
{
    protected override int BatchSize => options.Value.DispatchBatchSize;
    protected override TimeSpan Interval => TimeSpan.FromMilliseconds(options.Value.DispatchIntervalMs);

    /// <summary>Claims one batch and enqueues it; returns the number of rows claimed (0 when nothing was due or the workers are busy).</summary>
    public override async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var ledger = scope.ServiceProvider.GetRequiredService<IDerivationLedger>();
        var now = Time.GetUtcNow();
        if (await ledger.CountInFlightAsync(now, cancellationToken) >= settings.MaxInFlight) return 0;

        var claimId = Guid.NewGuid().ToString("N");
        var rows = await ledger.ClaimAsync(claimId, settings.DispatchBatchSize, now, now.AddSeconds(settings.ClaimLeaseSeconds), cancellationToken);
        if (rows.Count == 0) return 0;
        jobs.Enqueue<DerivationJobs>(j => j.RunClaimAsync(claimId, CancellationToken.None));
        return rows.Count;
    }
}
