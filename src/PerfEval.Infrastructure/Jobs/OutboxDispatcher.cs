using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Repositories;

namespace PerfEval.Infrastructure.Jobs;

/// <summary>
/// Turns committed outbox rows into Hangfire jobs. Rows are claimed with a lease (FOR UPDATE SKIP LOCKED /
/// READPAST on servers), enqueued, then marked dispatched; a crash anywhere in between leaves the row to be claimed
/// again when the lease ends. Jobs are idempotent, so the rare double enqueue is harmless.
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, IOptions<JobsOptions> options, TimeProvider time, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            var dispatched = 0;
            try
            {
                dispatched = await DispatchOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Outbox dispatch failed; retrying");
            }
            if (dispatched < settings.DispatchBatchSize)
            {
                try { await Task.Delay(settings.DispatchIntervalMs, stoppingToken); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<OutboxStore>();
        var scheduler = scope.ServiceProvider.GetRequiredService<IJobScheduler>();
        var rows = await outbox.ClaimAsync(settings.DispatchBatchSize, TimeSpan.FromSeconds(settings.ClaimLeaseSeconds), time.GetUtcNow(), cancellationToken);
        if (rows.Count > 0 && settings.CrashAfterClaim)
        {
            logger.LogCritical("Fault injection: exiting after claiming {Count} outbox rows", rows.Count);
            Environment.Exit(3);
        }

        foreach (var row in rows)
        {
            var key = new VersionKey(row.AgencyId, row.FiscalYear, row.Version);
            switch (row.Kind)
            {
                case OutboxWorkQueue.VersionSaved:
                    scheduler.ScoreVersion(key);
                    break;
                case OutboxWorkQueue.Submitted:
                    scheduler.ComputeYoy(row.AgencyId, row.FiscalYear);
                    break;
                default:
                    await outbox.RecordErrorAsync(row.Id, $"Unknown outbox kind '{row.Kind}'", cancellationToken);
                    continue;
            }
            await outbox.MarkDispatchedAsync(row.Id, time.GetUtcNow(), cancellationToken);
        }
        return rows.Count;
    }
}
