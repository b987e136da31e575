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
    long RegionTotalsNotMatchingFacts,
    double? DrainSeconds,
    double PhaseSeconds)
{
    public bool Passed => Derivations.Passed && EventsNotDelivered == 0 && DuplicateDeliveries == 0 && UnknownEvents == 0 && BadSignatures == 0
        && DeliveriesNotDone == 0 && ScoresWithoutOneEvent == 0 && RegionTotalsNotMatchingFacts == 0 && DrainSeconds is not null && WebhookEvents > 0;

    public string Summary =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Derivations.Acknowledged} acknowledged reports, {Derivations.Lost} lost; {Derivations.Versions} versions, "
            + $"{Derivations.NotScoredExactlyOnce} not derived exactly once, {Derivations.DuplicateScores} duplicate results, {Derivations.LedgerNotDone} ledger rows not done; "
            + $"{WebhookEvents} webhook events, {Deliveries} deliveries received, {EventsNotDelivered} not delivered, {DuplicateDeliveries} delivered twice, "
            + $"{UnknownEvents} unknown, {BadSignatures} bad signatures, {DeliveriesNotDone} deliveries not done, {ScoresWithoutOneEvent} scores without exactly one event, "
            + $"{RegionTotalsNotMatchingFacts} region totals not matching their facts; "
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

    // The kept region totals that two workers moved concurrently, against the same counts taken from the facts now:
    // facts, reports and finding sums for the country and each province, per year (a difference = a lost or doubled move).
    private const string RegionTotalsNotMatchingFactsSql =
        """
        WITH placed AS (
            SELECT f.*, split_part(a.region_path, '/', 1) || '/' AS province FROM dashboard_facts f JOIN agencies a ON a.id = f.agency_id),
        levels AS (
            SELECT '' AS region_path, p.* FROM placed p UNION ALL SELECT p.province AS region_path, p.* FROM placed p),
        expected AS (
            SELECT region_path, fiscal_year, 'facts' AS measure, COUNT(*) AS amount FROM levels GROUP BY region_path, fiscal_year
            UNION ALL SELECT region_path, fiscal_year, 'reports', COUNT(*) FROM levels WHERE version IS NOT NULL GROUP BY region_path, fiscal_year
            UNION ALL SELECT region_path, fiscal_year, 'errors', SUM(error_count) FROM levels WHERE version IS NOT NULL GROUP BY region_path, fiscal_year
            UNION ALL SELECT region_path, fiscal_year, 'warnings', SUM(warning_count) FROM levels WHERE version IS NOT NULL GROUP BY region_path, fiscal_year),
        kept AS (
            SELECT region_path, fiscal_year, measure, amount FROM region_totals
            WHERE item = '' AND measure IN ('facts', 'reports', 'errors', 'warnings') AND (region_path = '' OR region_path LIKE '______/'))
        SELECT COUNT(*) FROM expected e FULL JOIN kept k ON k.region_path = e.region_path AND k.fiscal_year = e.fiscal_year AND k.measure = e.measure
        WHERE COALESCE(e.amount, 0) <> COALESCE(k.amount, 0)
        """;

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
            await ScalarAsync(connection, RegionTotalsNotMatchingFactsSql, cancellationToken),
            drainSeconds,
            phaseSeconds);
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
