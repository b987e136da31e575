namespace PerfEval.Application.Abstractions;

public static class WebhookDeliveryStates
{
    public const string Pending = "pending";
    public const string Sending = "sending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
}

/// <summary>A client's subscription. <see cref="RegionPrefix"/> (a region path + "%") limits it to agencies under a region; null = every agency.</summary>
public sealed record WebhookSubscriptionRecord(string Id, string OwnerKeyId, string? RegionPrefix, string Url, string ProtectedSecret, DateTimeOffset CreatedAt)
{
    private WebhookSubscriptionRecord() : this("", "", null, "", "", default) { }
}

/// <summary>An event of the outbox. <see cref="EventKey"/> says which change raised it: the same change never raises a second event.</summary>
public sealed record NewWebhookEvent(string Id, string EventKey, string Type, string AgencyId, int FiscalYear, int Version, string Payload, DateTimeOffset OccurredAt,
    bool RecordWithoutSubscribers);

/// <summary>One delivery as its subscriber sees it in the delivery log.</summary>
public sealed record WebhookDeliveryRecord(
    long Id,
    string EventId,
    string EventType,
    string AgencyId,
    int FiscalYear,
    string State,
    int Attempts,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset CreatedAt)
{
    private WebhookDeliveryRecord() : this(0, "", "", "", 0, "", 0, null, null, null, null, default) { }
}

/// <summary>A delivery claimed for sending, with what is needed to send it.</summary>
public sealed record ClaimedWebhookDelivery(long Id, int Attempts, string EventId, string EventType, string Payload, string Url, string ProtectedSecret, DateTimeOffset? SubscriptionDeletedAt)
{
    private ClaimedWebhookDelivery() : this(0, 0, "", "", "", "", "", null) { }
}

/// <summary>What happened when a claimed delivery was sent.</summary>
public sealed record WebhookDeliveryOutcome(long Id, string State, int? StatusCode, string? Error, DateTimeOffset DueAt, DateTimeOffset? DeliveredAt);

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

/// <summary>
/// The outbox: events written in the caller's transaction and fanned out to the subscriptions whose scope covers the
/// agency (in SQL); deliveries claimed with a lease and completed only by the claim that holds them.
/// </summary>
public interface IWebhookOutbox
{
    /// <summary>Records the event unless its key exists (or nobody subscribes to its type and it need not be kept); returns the deliveries created.</summary>
    Task<int> RaiseAsync(NewWebhookEvent webhookEvent, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>True when a live subscription asks for events of this type (lets a batch skip events nobody would receive).</summary>
    Task<bool> HasSubscribersAsync(string type, CancellationToken cancellationToken);

    /// <summary>Claims up to <paramref name="limit"/> due deliveries for <paramref name="claimId"/> until <paramref name="leaseUntil"/>; returns how many.</summary>
    Task<int> ClaimAsync(string claimId, int limit, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    Task<IReadOnlyList<ClaimedWebhookDelivery>> ListClaimedAsync(string claimId, CancellationToken cancellationToken);

    /// <summary>Deliveries claimed and still leased: sends queued or under way across every worker process.</summary>
    Task<int> CountInFlightAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Extends the lease of one delivery just before it is sent; false when the claim no longer holds it
    /// (its lease ran out while the job waited, and another claim may have it), so it must not be sent.</summary>
    Task<bool> RenewAsync(string claimId, long id, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>Records an outcome; a delivery that was re-claimed since is left alone. Returns whether it was recorded.</summary>
    Task<bool> RecordAsync(string claimId, WebhookDeliveryOutcome outcome, DateTimeOffset at, CancellationToken cancellationToken);
}

/// <summary>Keeps subscription secrets encrypted at rest; the server needs them back to sign deliveries.</summary>
public interface IWebhookSecretProtector
{
    string NewSecret();
    string Protect(string secret);
    string Unprotect(string protectedSecret);
}

/// <summary>Whether webhooks may target this machine and non-public networks (off in production; tests and local
/// development switch it on to use a receiver on loopback).</summary>
public interface IWebhookTargetPolicy
{
    bool AllowNonPublicTargets { get; }
}
