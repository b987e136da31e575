using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using PerfEval.Application.Common;
using PerfEval.Application.Derivations;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Reports;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Benchmarks;

/// <summary>
/// The database's own limit for intake: the rows one PUT stores — head upsert, version with the document and its
/// metrics, finding rows, ledger rows (every profile's score, both comparisons, the year's dashboard), the change-feed
/// row and an idempotency row — written as plain parameterised SQL in one <see cref="NpgsqlBatch"/> (one round trip,
/// one implicit transaction) per report. No product code runs in the loop: each body's findings and metrics are
/// serialised once at start-up, exactly as the product stores them.
/// </summary>
public sealed class PhysicalWriter : IReportWriter, IAsyncDisposable
{
    private const string CreatedBy = "bench-physical";

    private const string HeadSql =
        "INSERT INTO reports AS r (agency_id, fiscal_year, current_version, status, created_at, updated_at) VALUES ($1, $2, 1, 'draft', $3, $3) "
        + "ON CONFLICT (agency_id, fiscal_year) DO UPDATE SET current_version = r.current_version + 1, status = 'draft', updated_at = EXCLUDED.updated_at";

    // The version number is the head's, read inside the same implicit transaction the head upsert runs in.
    private const string VersionSql =
        "INSERT INTO report_versions (agency_id, fiscal_year, version, status, document, document_hash, metrics, ruleset_version, error_count, warning_count, info_count, created_at, created_by) "
        + "SELECT $1, $2, r.current_version, 'draft', $3, $4, $5, $6, $7, $8, $9, $10, $11 FROM reports r WHERE r.agency_id = $1 AND r.fiscal_year = $2";

    private const string FindingsSql =
        "INSERT INTO report_findings (agency_id, fiscal_year, version, seq, rule_id, severity, ruleset_version, body) "
        + "SELECT $1, $2, r.current_version, f.seq, f.rule_id, f.severity, $3, f.body "
        + "FROM reports r CROSS JOIN UNNEST($4::int[], $5::text[], $6::text[], $7::jsonb[]) AS f(seq, rule_id, severity, body) "
        + "WHERE r.agency_id = $1 AND r.fiscal_year = $2";

    private const string LedgerSql =
        "INSERT INTO derivations (agency_id, fiscal_year, version, kind, state, attempts, due_at, created_at, updated_at) "
        + "SELECT $1, $2, CASE WHEN k.per_year THEN 0 ELSE r.current_version END, k.kind, 'pending', 0, $4, $4, $4 "
        + "FROM reports r CROSS JOIN UNNEST($3::text[], $5::boolean[]) AS k(kind, per_year) WHERE r.agency_id = $1 AND r.fiscal_year = $2 "
        + "ON CONFLICT (agency_id, fiscal_year, version, kind) DO UPDATE SET state = 'pending', due_at = EXCLUDED.due_at, updated_at = EXCLUDED.updated_at";

    private const string ChangeSql =
        "INSERT INTO changes (agency_id, fiscal_year, version, kind, detail, at) "
        + "SELECT $1, $2, r.current_version, 'version', '{}', $3 FROM reports r WHERE r.agency_id = $1 AND r.fiscal_year = $2";

    private const string IdempotencySql =
        "INSERT INTO idempotency_keys (scope_key, idempotency_key, request_hash, body, created, created_at) VALUES ($1, $2, $3, $4, true, $5)";

    private static readonly string[] Kinds = [.. FollowUps.AfterSave, DerivationKinds.Dashboard];
    private static readonly bool[] PerYear = [.. FollowUps.AfterSave.Select(_ => false), true];

    private readonly NpgsqlDataSource _dataSource;
    private readonly IReadOnlyDictionary<ReportBody, Stored> _rows;

    private PhysicalWriter(NpgsqlDataSource dataSource, IReadOnlyDictionary<ReportBody, Stored> rows)
    {
        _dataSource = dataSource;
        _rows = rows;
    }

    private sealed record Stored(string Metrics, string RulesetVersion, int[] Seq, string[] RuleIds, string[] Severities, string[] Bodies,
        int Errors, int Warnings, int Infos);

    public static PhysicalWriter Create(string connectionString, IEnumerable<ReportBody> bodies)
    {
        var rows = new Dictionary<ReportBody, Stored>(ReferenceEqualityComparer.Instance);
        foreach (var body in bodies)
            if (!rows.ContainsKey(body)) rows[body] = Prepare(body);
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 200 };
        return new PhysicalWriter(NpgsqlDataSource.Create(builder.ConnectionString), rows);
    }

    private static Stored Prepare(ReportBody body)
    {
        using var json = JsonDocument.Parse(body.Json);
        var parsed = ReportParser.Parse(json.RootElement);
        if (!parsed.Succeeded) throw new InvalidOperationException($"Fixture {body.Fixture.Name} does not parse.");
        var audit = AuditEngine.Run(parsed.Document!);
        var findings = audit.Findings;
        return new Stored(
            JsonSerializer.Serialize(MetricsSnapshot.Of(parsed.Document!), ApiJson.Options),
            audit.RulesetVersion,
            [.. findings.Select((_, i) => i + 1)],
            [.. findings.Select(f => f.RuleId)],
            [.. findings.Select(f => f.Severity)],
            [.. findings.Select(f => JsonSerializer.Serialize(f, ApiJson.Options))],
            findings.Count(f => f.Severity == "error"), findings.Count(f => f.Severity == "warning"), findings.Count(f => f.Severity == "info"));
    }

    public async Task<WriteOutcome> WriteAsync(ReportKey key, int heldVersion, CancellationToken cancellationToken)
    {
        var row = _rows[key.Body];
        var now = DateTimeOffset.UtcNow;
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var batch = new NpgsqlBatch(connection);
            Add(batch, HeadSql, key.AgencyId, key.FiscalYear, now);
            Add(batch, VersionSql, key.AgencyId, key.FiscalYear, key.Body.Json, key.Body.Sha256, Jsonb(row.Metrics), row.RulesetVersion,
                row.Errors, row.Warnings, row.Infos, now, CreatedBy);
            Add(batch, FindingsSql, key.AgencyId, key.FiscalYear, row.RulesetVersion, row.Seq, row.RuleIds, row.Severities,
                new NpgsqlParameter { Value = row.Bodies, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
            Add(batch, LedgerSql, key.AgencyId, key.FiscalYear, Kinds, now, PerYear);
            Add(batch, ChangeSql, key.AgencyId, key.FiscalYear, now);
            Add(batch, IdempotencySql, "agency:" + key.AgencyId, Guid.NewGuid().ToString("N"), key.Body.Sha256, "{}", now);
            await batch.ExecuteNonQueryAsync(cancellationToken);
            return WriteOutcome.Saved(heldVersion > 0 ? heldVersion + 1 : 1);
        }
        catch (NpgsqlException ex)
        {
            return WriteOutcome.Failed(ex.GetType().Name + ": " + ex.Message);
        }
    }

    private static NpgsqlParameter Jsonb(string json) => new() { Value = json, NpgsqlDbType = NpgsqlDbType.Jsonb };

    private static void Add(NpgsqlBatch batch, string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value });
        batch.BatchCommands.Add(command);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
