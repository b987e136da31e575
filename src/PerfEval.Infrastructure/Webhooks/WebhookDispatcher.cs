using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Infrastructure.Jobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PerfEval.Application.Abstractions;

namespace PerfEval.Infrastructure.Webhooks;

/// <summary>
/// Claims due deliveries in small batches (a lease: FOR UPDATE SKIP LOCKED / READPAST on servers) and hands each claim
/// to Hangfire as one job, so several worker processes never send the same delivery twice while its lease holds.
/// Claims stop while too many deliveries are in flight, so that leases do not run out in the queue.
/// </summary>
public sealed class WebhookDispatcher(IServiceScopeFactory scopes, IBackgroundJobClient jobs, IOptions<WebhookOptions> options, TimeProvider time,
    ILogger<WebhookDispatcher> logger) : ClaimLoop(time, logger)
{
    protected override int BatchSize => options.Value.BatchSize;
    protected override TimeSpan Interval => TimeSpan.FromMilliseconds(options.Value.DispatchIntervalMs);

    public override async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IWebhookOutbox>();
        var now = Time.GetUtcNow();
        if (await outbox.CountInFlightAsync(now, cancellationToken) >= settings.MaxInFlight) return 0;
        var claimId = Guid.NewGuid().ToString("N");
        var claimed = await outbox.ClaimAsync(claimId, settings.BatchSize, now, now.AddSeconds(settings.ClaimLeaseSeconds), cancellationToken);
        if (claimed > 0) jobs.Enqueue<WebhookJobs>(j => j.DeliverClaimAsync(claimId, CancellationToken.None));
        return claimed;
    }
}
