using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>
/// The webhook outbox in SQL. An event is inserted only when its key is new, and fanned out in the same transaction
/// to the subscriptions that want its type and whose scope covers the agency (a region subscription matches
/// the agency's region path) and whose key is not revoked. Deliveries are claimed like ledger rows: with a lease,
/// skipping rows another worker holds, and completed only by the claim that holds them.
/// </summary>
public sealed class WebhookOutbox(DbSession db) : IWebhookOutbox
{
    private const string InsertEventHead =
        "INSERT INTO webhook_events (id, event_key, type, agency_id, fiscal_year, version, payload, occurred_at) "
        + "SELECT @Id, @EventKey, @Type, @AgencyId, @FiscalYear, @Version, @Payload, @OccurredAt "
        + "WHERE (@RecordWithoutSubscribers = 1 OR EXISTS (SELECT 1 FROM webhook_subscription_events se JOIN webhook_subscriptions s ON s.id = se.subscription_id "
        + "WHERE se.event_type = @Type AND s.deleted_at IS NULL)) "
        + "AND NOT EXISTS (SELECT 1 FROM webhook_events x";

    // The unique index on event_key is the wall; a repeat inserts nothing rather than failing the change's transaction,
    // even when two transactions raise the same event at once (ON CONFLICT; on SQL Server the key range is held).
    internal const string InsertEventStatement = InsertEventHead + "{keyRangeLock} WHERE x.event_key = @EventKey){onConflict}";

    public static string InsertEventSql(ISqlDialect dialect) => InsertEventStatement
        .Replace("{keyRangeLock}", dialect.KeyRangeLockHint, StringComparison.Ordinal)
        .Replace("{onConflict}", dialect.OnConflictDoNothing("event_key"), StringComparison.Ordinal);

    // Only for an event the statement before it stored (its id is new each time): a repeated or unwanted event, which
    // inserted nothing, fans out nothing. Both statements are held with the transaction's writes.
    internal const string FanOutSql =
        "INSERT INTO webhook_deliveries (event_id, subscription_id, state, attempts, due_at, created_at, updated_at) "
        + "SELECT @EventId, s.id, 'pending', 0, @Now, @Now, @Now FROM webhook_subscriptions s "
        + "JOIN webhook_subscription_events se ON se.subscription_id = s.id AND se.event_type = @Type "
        + "JOIN api_keys k ON k.id = s.owner_key_id AND k.revoked_at IS NULL "
        + "JOIN agencies a ON a.id = @AgencyId "
        + "WHERE s.deleted_at IS NULL AND (s.region_prefix IS NULL OR a.region_path LIKE s.region_prefix) "
        + "AND EXISTS (SELECT 1 FROM webhook_events e WHERE e.id = @EventId)";

    internal const string ListClaimedSql =
        "SELECT d.id AS Id, d.attempts AS Attempts, e.id AS EventId, e.type AS EventType, e.payload AS Payload, s.url AS Url, s.secret AS ProtectedSecret, "
        + "s.deleted_at AS SubscriptionDeletedAt FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id "
        + "JOIN webhook_subscriptions s ON s.id = d.subscription_id WHERE d.claim_id = @ClaimId AND d.state = 'sending' ORDER BY d.id";

    internal const string RecordSql =
        "UPDATE webhook_deliveries SET state = @State, due_at = @DueAt, last_status_code = @StatusCode, last_error = @Error, delivered_at = @DeliveredAt, "
        + "claim_id = NULL, updated_at = @At WHERE id = @Id AND claim_id = @ClaimId AND state = 'sending'";

    internal const string CountInFlightSql = "SELECT COUNT(*) FROM webhook_deliveries WHERE state = 'sending' AND due_at > @Now";

    internal const string RenewSql =
        "UPDATE webhook_deliveries SET due_at = @LeaseUntil, updated_at = @Now WHERE id = @Id AND claim_id = @ClaimId AND state = 'sending' AND due_at > @Now";



    private const int MaxErrorLength = 2000;

    public async Task RaiseAsync(NewWebhookEvent webhookEvent, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await db.DeferAsync(InsertEventSql(db.Dialect),
            new
            {
                webhookEvent.Id, webhookEvent.EventKey, webhookEvent.Type, webhookEvent.AgencyId, webhookEvent.FiscalYear, webhookEvent.Version, webhookEvent.Payload,
                webhookEvent.OccurredAt, RecordWithoutSubscribers = webhookEvent.RecordWithoutSubscribers ? 1 : 0,
            }, cancellationToken);
        await db.DeferAsync(FanOutSql, new { EventId = webhookEvent.Id, webhookEvent.Type, webhookEvent.AgencyId, Now = at }, cancellationToken);
    }

    internal const string HasSubscribersSql =
        "SELECT COUNT(*) FROM webhook_subscription_events se JOIN webhook_subscriptions s ON s.id = se.subscription_id WHERE se.event_type = @Type AND s.deleted_at IS NULL";

    public async Task<bool> HasSubscribersAsync(string type, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<int>(HasSubscribersSql, new { Type = type }, cancellationToken) > 0;

    public async Task<int> ClaimAsync(string claimId, int limit, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var sql = db.Dialect.ClaimWebhookDeliveriesSql;
        await db.BeginAsync(cancellationToken);
        try
        {
            var ids = await db.QueryAsync<long>(sql, new { ClaimId = claimId, Limit = limit, Now = now, LeaseUntil = leaseUntil }, cancellationToken);
            await db.CommitAsync(cancellationToken);
            return ids.Count;
        }
        catch
        {
            await db.RollbackAsync(CancellationToken.None);
            throw;
        }
    }

    public Task<IReadOnlyList<ClaimedWebhookDelivery>> ListClaimedAsync(string claimId, CancellationToken cancellationToken) =>
        db.QueryAsync<ClaimedWebhookDelivery>(ListClaimedSql, new { ClaimId = claimId }, cancellationToken);

    public Task<int> CountInFlightAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<int>(CountInFlightSql, new { Now = now }, cancellationToken);

    public async Task<bool> RenewAsync(string claimId, long id, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        await db.ExecuteAsync(RenewSql, new { Id = id, ClaimId = claimId, Now = now, LeaseUntil = leaseUntil }, cancellationToken) == 1;

    public async Task<bool> RecordAsync(string claimId, WebhookDeliveryOutcome outcome, DateTimeOffset at, CancellationToken cancellationToken) =>
        await db.ExecuteAsync(RecordSql, new
        {
            outcome.Id, ClaimId = claimId, outcome.State, outcome.DueAt, outcome.StatusCode, outcome.DeliveredAt, At = at,
            Error = outcome.Error is { Length: > MaxErrorLength } error ? error[..MaxErrorLength] : outcome.Error,
        }, cancellationToken) == 1;
}
