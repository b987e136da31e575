namespace PerfEval.Application.Abstractions;

/// <summary>
/// The outbox: events written in the caller's transaction and fanned out to the subscriptions whose scope covers the
/// agency (in SQL); deliveries claimed with a lease and completed only by the claim that holds them.
/// </summary>
public interface IWebhookOutbox
{
    /// <summary>
    /// Records the event unless its key exists (or nobody subscribes to its type and it need not be kept), with its
    /// deliveries. Held with the transaction's other writes (no round trip of its own), so nothing is returned.
    /// </summary>
    Task RaiseAsync(NewWebhookEvent webhookEvent, DateTimeOffset at, CancellationToken cancellationToken);

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
