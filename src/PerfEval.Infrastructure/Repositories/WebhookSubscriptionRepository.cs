using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>Subscriptions and delivery logs. Every statement is restricted to the owner key: a client sees only its own.</summary>
public sealed class WebhookSubscriptionRepository(DbSession db) : IWebhookSubscriptionRepository
{
    private static readonly string[] SubscriptionColumns = ["id", "owner_key_id", "region_prefix", "url", "secret", "created_at"];
    private static readonly string[] EventColumns = ["subscription_id", "event_type"];

    private const string SubscriptionRow =
        "s.id AS Id, s.owner_key_id AS OwnerKeyId, s.region_prefix AS RegionPrefix, s.url AS Url, s.secret AS ProtectedSecret, s.created_at AS CreatedAt";

    internal const string ListSql = "SELECT " + SubscriptionRow + " FROM webhook_subscriptions s WHERE s.owner_key_id = @Owner AND s.deleted_at IS NULL ORDER BY s.created_at, s.id";
    internal const string ListEventsSql =
        "SELECT e.subscription_id AS SubscriptionId, e.event_type AS EventType FROM webhook_subscription_events e "
        + "JOIN webhook_subscriptions s ON s.id = e.subscription_id WHERE s.owner_key_id = @Owner AND s.deleted_at IS NULL";
    internal const string FindSql = "SELECT " + SubscriptionRow + " FROM webhook_subscriptions s WHERE s.owner_key_id = @Owner AND s.id = @Id";
    internal const string DeleteSql = "UPDATE webhook_subscriptions SET deleted_at = @At WHERE owner_key_id = @Owner AND id = @Id AND deleted_at IS NULL";
    internal const string FailUndeliveredSql =
        "UPDATE webhook_deliveries SET state = 'failed', last_error = 'The subscription was deleted.', claim_id = NULL, updated_at = @At "
        + "WHERE subscription_id = @Id AND state = 'pending'";
    internal const string ListDeliveriesSqlTemplate =
        "SELECT d.id AS Id, d.event_id AS EventId, e.type AS EventType, e.agency_id AS AgencyId, e.fiscal_year AS FiscalYear, d.state AS State, "
        + "d.attempts AS Attempts, d.last_status_code AS LastStatusCode, d.last_error AS LastError, "
        + "CASE WHEN d.state = 'pending' THEN d.due_at END AS NextAttemptAt, d.delivered_at AS DeliveredAt, d.created_at AS CreatedAt "
        + "FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id JOIN webhook_subscriptions s ON s.id = d.subscription_id "
        + "WHERE s.owner_key_id = @Owner AND s.id = @Id ORDER BY d.id DESC ";

    public async Task InsertAsync(WebhookSubscriptionRecord subscription, IReadOnlyList<string> events, CancellationToken cancellationToken)
    {
        await db.InsertManyAsync("webhook_subscriptions", SubscriptionColumns, [subscription],
            s => [s.Id, s.OwnerKeyId, s.RegionPrefix, s.Url, s.ProtectedSecret, s.CreatedAt], cancellationToken);
        await db.InsertManyAsync("webhook_subscription_events", EventColumns, events, e => [subscription.Id, e], cancellationToken);
    }

    public Task<IReadOnlyList<WebhookSubscriptionRecord>> ListAsync(string ownerKeyId, CancellationToken cancellationToken) =>
        db.QueryAsync<WebhookSubscriptionRecord>(ListSql, new { Owner = ownerKeyId }, cancellationToken);

    public async Task<IReadOnlyList<(string SubscriptionId, string EventType)>> ListEventsAsync(string ownerKeyId, CancellationToken cancellationToken) =>
        (await db.QueryAsync<SubscribedEvent>(ListEventsSql, new { Owner = ownerKeyId }, cancellationToken)).Select(e => (e.SubscriptionId, e.EventType)).ToList();

    public Task<WebhookSubscriptionRecord?> FindAsync(string ownerKeyId, string id, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<WebhookSubscriptionRecord>(FindSql, new { Owner = ownerKeyId, Id = id }, cancellationToken);

    public async Task<bool> DeleteAsync(string ownerKeyId, string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await db.ExecuteAsync(DeleteSql, new { Owner = ownerKeyId, Id = id, At = at }, cancellationToken) == 0) return false;
        await db.ExecuteAsync(FailUndeliveredSql, new { Id = id, At = at }, cancellationToken);
        return true;
    }

    public Task<IReadOnlyList<WebhookDeliveryRecord>> ListDeliveriesAsync(string ownerKeyId, string subscriptionId, int limit, CancellationToken cancellationToken) =>
        db.QueryAsync<WebhookDeliveryRecord>(ListDeliveriesSqlTemplate + db.Dialect.Limit("@Limit"), new { Owner = ownerKeyId, Id = subscriptionId, Limit = limit }, cancellationToken);

    private sealed record SubscribedEvent(string SubscriptionId, string EventType)
    {
        private SubscribedEvent() : this("", "") { }
    }
}
