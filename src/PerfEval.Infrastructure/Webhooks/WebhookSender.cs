using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using PerfEval.Application.Abstractions;

namespace PerfEval.Infrastructure.Webhooks;

/// <summary>Sends one claimed delivery and says what happened: delivered on any 2xx, otherwise a retry with
/// exponential backoff, or failed once the attempts are used up.</summary>
public sealed class WebhookSender(IHttpClientFactory clients, IWebhookSecretProtector secrets, IOptions<WebhookOptions> options, TimeProvider time)
{
    public const string ClientName = "webhooks";

    public async Task<WebhookDeliveryOutcome> SendAsync(ClaimedWebhookDelivery delivery, CancellationToken cancellationToken)
    {
        if (delivery.SubscriptionDeletedAt is not null) return Failed(delivery, null, "The subscription was deleted.");
        if (delivery.Attempts > options.Value.MaxAttempts) return Failed(delivery, null, $"Gave up after {options.Value.MaxAttempts} attempts.");

        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" }),
        };
        request.Headers.Add(WebhookSignature.DeliveryIdHeader, delivery.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.EventIdHeader, delivery.EventId);
        request.Headers.Add(WebhookSignature.EventTypeHeader, delivery.EventType);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secrets.Unprotect(delivery.ProtectedSecret), timestamp, delivery.Payload));
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                var now = time.GetUtcNow();
                return new WebhookDeliveryOutcome(delivery.Id, WebhookDeliveryStates.Delivered, status, null, now, now);
            }
            return Retry(delivery, status, $"The receiver answered {status}.");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return Retry(delivery, null, ex is TaskCanceledException ? $"No answer within {options.Value.TimeoutSeconds} s." : $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private WebhookDeliveryOutcome Retry(ClaimedWebhookDelivery delivery, int? status, string error)
    {
        var settings = options.Value;
        if (delivery.Attempts >= settings.MaxAttempts) return Failed(delivery, status, $"Gave up after {settings.MaxAttempts} attempts. Last error: {error}");
        var delayMs = Math.Min(settings.MaxRetryDelaySeconds * 1000.0, settings.RetryBaseDelayMs * Math.Pow(2, delivery.Attempts - 1));
        return new WebhookDeliveryOutcome(delivery.Id, WebhookDeliveryStates.Pending, status, error, time.GetUtcNow().AddMilliseconds(delayMs), null);
    }

    private WebhookDeliveryOutcome Failed(ClaimedWebhookDelivery delivery, int? status, string error) =>
        new(delivery.Id, WebhookDeliveryStates.Failed, status, error, time.GetUtcNow(), null);
}
