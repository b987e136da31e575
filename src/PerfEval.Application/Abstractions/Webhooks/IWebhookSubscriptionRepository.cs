namespace PerfEval.Application.Abstractions;

/// <summary>Subscriptions and their delivery logs, always of one owner (the API key that registered them).</summary>
public interface IWebhookSubscriptionRepository
{
    Task InsertAsync(WebhookSubscriptionRecord subscription, IReadOnlyList<string> events, CancellationToken cancellationToken);
    Task<IReadOnlyList<WebhookSubscriptionRecord>> ListAsync(string ownerKeyId, CancellationToken cancellationToken);
    Task<IReadOnlyList<(string SubscriptionId, string EventType)>> ListEventsAsync(string ownerKeyId, CancellationToken cancellationToken);
    /// <summary>One of the owner's subscriptions, deleted ones included (their delivery log stays readable).</summary>
    Task<WebhookSubscriptionRecord?> FindAsync(string ownerKeyId, string id, CancellationToken cancellationToken);

    /// <summary>Deletes the subscription and fails its undelivered deliveries; false when it is not the owner's or already deleted.</summary>
    Task<bool> DeleteAsync(string ownerKeyId, string id, DateTimeOffset at, CancellationToken cancellationToken);

    Task<IReadOnlyList<WebhookDeliveryRecord>> ListDeliveriesAsync(string ownerKeyId, string subscriptionId, int limit, CancellationToken cancellationToken);
}
