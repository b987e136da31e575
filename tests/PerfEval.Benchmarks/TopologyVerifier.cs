using System.Globalization;
using Npgsql;

namespace PerfEval.Benchmarks;

/// <summary>
/// What the topology phase found: the crash check's figures (acknowledged versions stored, every version's results
/// stored exactly once, the ledger done) plus the webhook outbox against what the receiver got.
/// </summary>
public sealed record TopologyCheck(
    CrashCheck Derivations,
    long WebhookEvents,
    long Deliveries,
    long EventsNotDelivered,
    long DuplicateDeliveries,
    long UnknownEvents,
    long BadSignatures,
    long DeliveriesNotDone,
    long ScoresWithoutOneEvent,
    double? DrainSeconds,
    double PhaseSeconds)
{
    public bool Passed => Derivations.Passed && EventsNotDelivered == 0 && DuplicateDeliveries == 0 && UnknownEvents == 0 && BadSignatures == 0
        && DeliveriesNotDone == 0 && ScoresWithoutOneEvent == 0 && DrainSeconds is not null && WebhookEvents > 0;

    public string Summary =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Derivations.Acknowledged} acknowledged reports, {Derivations.Lost} lost; {Derivations.Versions} versions, "
            + $"{Derivations.NotScoredExactlyOnce} not derived exactly once, {Derivations.DuplicateScores} duplicate results, {Derivations.LedgerNotDone} ledger rows not done; "
            + $"{WebhookEvents} webhook events, {Deliveries} deliveries received, {EventsNotDelivered} not delivered, {DuplicateDeliveries} delivered twice, "
            + $"{UnknownEvents} unknown, {BadSignatures} bad signatures, {DeliveriesNotDone} deliveries not done, {ScoresWithoutOneEvent} scores without exactly one event; "
            + $"drained in {(DrainSeconds is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) + " s" : "NOT DRAINED")}, phase {PhaseSeconds:0} s");
}

/// <summary>Reads the database after the topology phase, straight with SQL.</summary>
public static class TopologyVerifier
{
    private const string OutstandingSql =
        "SELECT (SELECT COUNT(*) FROM derivations WHERE state IN ('pending', 'running')) "
        + "+ (SELECT COUNT(*) FROM webhook_deliveries WHERE state IN ('pending', 'sending'))";
    private const string EventIdsSql = "SELECT id FROM webhook_events";
    private const string DeliveriesNotDoneSql = "SELECT COUNT(*) FROM webhook_deliveries WHERE state <> 'delivered'";

    // Every stored score raises one report.scored event (its key is the score's identity), no more and no fewer.
    private const string ScoresWithoutOneEventSql =
        "SELECT COUNT(*) FROM score_results s WHERE (SELECT COUNT(*) FROM webhook_events e WHERE e.type = 'report.scored' "
        + "AND e.event_key = 'report.scored:' || s.agency_id || '/' || s.fiscal_year || '/' || s.version || '/' || s.profile || '@' || s.profile_version) <> 1";

    /// <summary>Ledger rows and webhook deliveries still waiting or in progress.</summary>
    public static async Task<long> OutstandingAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        await ScalarAsync(connection, OutstandingSql, cancellationToken);

    public static async Task<TopologyCheck> CheckAsync(string connectionString, CrashCheck derivations, WebhookReceiver receiver, double? drainSeconds,
        double phaseSeconds, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var events = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand(EventIdsSql, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken)) events.Add(reader.GetString(0));

        var received = receiver.DeliveriesByEvent.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        return new TopologyCheck(
            derivations,
            events.Count,
            received.Values.Sum(count => (long)count),
            events.Count(id => !received.ContainsKey(id)),
            received.Count(e => e.Value > 1),
            received.Keys.Count(id => !events.Contains(id)),
            receiver.BadSignatures,
            await ScalarAsync(connection, DeliveriesNotDoneSql, cancellationToken),
            await ScalarAsync(connection, ScoresWithoutOneEventSql, cancellationToken),
            drainSeconds,
            phaseSeconds);
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
