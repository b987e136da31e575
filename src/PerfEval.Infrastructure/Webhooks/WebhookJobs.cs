using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Telemetry;

namespace PerfEval.Infrastructure.Webhooks;

/// <summary>
/// The stable job facade for webhook deliveries: the argument is a claim id. Do not rename or change this signature.
/// A delivery is sent only if this claim still holds it (its lease is renewed just before), and its outcome is recorded
/// as soon as it is known; running the job again sends nothing already recorded.
/// </summary>
public sealed class WebhookJobs(IWebhookOutbox outbox, WebhookSender sender, IOptions<WebhookOptions> options, TimeProvider time, ILogger<WebhookJobs> logger,
    PerfEvalTelemetry telemetry)
{
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [1, 5, 30])]
    public async Task DeliverClaimAsync(string claimId, CancellationToken cancellationToken)
    {
        foreach (var delivery in await outbox.ListClaimedAsync(claimId, cancellationToken))
        {
            var now = time.GetUtcNow();
            if (!await outbox.RenewAsync(claimId, delivery.Id, now, now.AddSeconds(options.Value.ClaimLeaseSeconds), cancellationToken)) continue;
            WebhookDeliveryOutcome outcome;
            try
            {
                outcome = await sender.SendAsync(delivery, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Webhook delivery {DeliveryId} could not be sent", delivery.Id);
                outcome = new WebhookDeliveryOutcome(delivery.Id, WebhookDeliveryStates.Failed, null, $"{ex.GetType().Name}: {ex.Message}", time.GetUtcNow(), null);
            }
            await outbox.RecordAsync(claimId, outcome, time.GetUtcNow(), cancellationToken);
            telemetry.WebhookDeliveries.Add(1, new KeyValuePair<string, object?>("outcome", OutcomeName(outcome.State)));
        }
    }

    private static string OutcomeName(string state) => state switch
    {
        WebhookDeliveryStates.Delivered => "delivered",
        WebhookDeliveryStates.Pending => "retry",
        _ => "failed",
    };
}
