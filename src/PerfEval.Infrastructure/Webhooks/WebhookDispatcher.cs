using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Jobs;

namespace PerfEval.Infrastructure.Webhooks;

/// <summary>
/// Drains the webhook outbox in small claims, each one <see cref="WebhookJobs.DeliverClaimAsync"/> job, so that several
/// worker processes never send the same delivery twice while its lease holds.
/// </summary>
public sealed class WebhookDispatcher(IServiceScopeFactory scopes, IBackgroundJobClient jobs, IOptions<WebhookOptions> options, TimeProvider time,
    ILogger<WebhookDispatcher> logger) : ClaimLoop(scopes, time, logger)
{
    protected override ClaimSettings Settings => new(options.Value.BatchSize, options.Value.ClaimLeaseSeconds, options.Value.MaxInFlight,
        TimeSpan.FromMilliseconds(options.Value.DispatchIntervalMs));

    protected override Task<int> CountInFlightAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken) =>
        services.GetRequiredService<IWebhookOutbox>().CountInFlightAsync(now, cancellationToken);

    protected override Task<int> ClaimAsync(IServiceProvider services, string claimId, int limit, DateTimeOffset now, DateTimeOffset leaseUntil,
        CancellationToken cancellationToken) =>
        services.GetRequiredService<IWebhookOutbox>().ClaimAsync(claimId, limit, now, leaseUntil, cancellationToken);

    protected override void Enqueue(string claimId) => jobs.Enqueue<WebhookJobs>(j => j.DeliverClaimAsync(claimId, CancellationToken.None));
}
