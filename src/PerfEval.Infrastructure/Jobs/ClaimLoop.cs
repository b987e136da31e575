using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PerfEval.Infrastructure.Jobs;

/// <summary>
/// The poll loop of a dispatcher: claim a batch, and wait a little only when the batch was not full, so that a
/// backlog is worked off at full speed and an idle queue costs one cheap query per interval. A failed pass is logged
/// and retried; nothing it claimed is lost, since claims are leases.
/// </summary>
public abstract class ClaimLoop(TimeProvider time, ILogger logger) : BackgroundService
{
    protected TimeProvider Time { get; } = time;

    protected abstract int BatchSize { get; }
    protected abstract TimeSpan Interval { get; }

    /// <summary>Claims one batch and hands it on; returns how many rows it claimed.</summary>
    public abstract Task<int> DispatchOnceAsync(CancellationToken cancellationToken);

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
            if (claimed < BatchSize)
            {
                try { await Task.Delay(Interval, Time, stoppingToken); }
                catch (OperationCanceledException) { return; }
            }
        }
    }
}
