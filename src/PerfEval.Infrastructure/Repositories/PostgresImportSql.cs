using Dapper;
using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>
/// The bulk import's PostgreSQL statements: each table's rows of a chunk travel as one array per column and are
/// expanded by UNNEST, so a chunk of hundreds of versions is one statement per table (not one per row).
/// JSON columns travel as text and are cast per row.
/// </summary>
internal static class PostgresImportSql
{
    internal const string InsertHeadsStatement =
        "INSERT INTO reports (agency_id, fiscal_year, current_version, status, created_at, updated_at) "
        + "SELECT a.id, u.fiscal_year, u.version, 'draft', u.at, u.at "
        + "FROM UNNEST(@AgencyIds::text[], @Years::int[], @Versions::int[], @Ats::timestamptz[]) AS u(agency_id, fiscal_year, version, at) "
        + "JOIN agencies a ON a.id = u.agency_id WHERE {scope} ON CONFLICT (agency_id, fiscal_year) DO NOTHING";

    internal const string AdvanceHeadsStatement =
        "UPDATE reports r SET current_version = u.version, status = 'draft', updated_at = u.at "
        + "FROM UNNEST(@AgencyIds::text[], @Years::int[], @Versions::int[], @Expected::int[], @Ats::timestamptz[]) AS u(agency_id, fiscal_year, version, expected, at) "
        + "WHERE r.agency_id = u.agency_id AND r.fiscal_year = u.fiscal_year AND r.current_version = u.expected "
        + "AND r.agency_id IN (SELECT a.id FROM agencies a WHERE {scope})";

    internal const string InsertVersionsStatement =
        "INSERT INTO report_versions (agency_id, fiscal_year, version, status, document, document_hash, metrics, ruleset_version, error_count, warning_count, info_count, created_at, created_by, submitted_at) "
        + "SELECT u.agency_id, u.fiscal_year, u.version, 'draft', u.document, u.document_hash, u.metrics::jsonb, u.ruleset_version, u.errors, u.warnings, u.infos, u.created_at, u.created_by, NULL "
        + "FROM UNNEST(@AgencyIds::text[], @Years::int[], @Versions::int[], @Documents::text[], @Hashes::text[], @Metrics::text[], @Rulesets::text[], "
        + "@Errors::int[], @Warnings::int[], @Infos::int[], @Ats::timestamptz[], @CreatedBy::text[]) "
        + "AS u(agency_id, fiscal_year, version, document, document_hash, metrics, ruleset_version, errors, warnings, infos, created_at, created_by)";

    internal const string InsertFindingsStatement =
        "INSERT INTO report_findings (agency_id, fiscal_year, version, seq, rule_id, severity, ruleset_version, body) "
        + "SELECT u.agency_id, u.fiscal_year, u.version, u.seq, u.rule_id, u.severity, u.ruleset_version, u.body::jsonb "
        + "FROM UNNEST(@AgencyIds::text[], @Years::int[], @Versions::int[], @Seqs::int[], @RuleIds::text[], @Severities::text[], @Rulesets::text[], @Bodies::text[]) "
        + "AS u(agency_id, fiscal_year, version, seq, rule_id, severity, ruleset_version, body)";

    // Rows this statement inserts are not visible to its own subquery, so each takes the year's last number plus its position.
    internal const string InsertTransitionsStatement =
        "INSERT INTO report_transitions (agency_id, fiscal_year, seq, version, action, from_state, to_state, reason, warnings_acknowledged, actor_key_id, actor_name, at) "
        + "SELECT u.agency_id, u.fiscal_year, COALESCE((SELECT MAX(t.seq) FROM report_transitions t WHERE t.agency_id = u.agency_id AND t.fiscal_year = u.fiscal_year), 0) + u.ordinal, "
        + "u.version, u.action, u.from_state, u.to_state, NULL, false, u.actor_key_id, u.actor_name, u.at "
        + "FROM UNNEST(@AgencyIds::text[], @Years::int[], @Ordinals::int[], @Versions::int[], @Actions::text[], @FromStates::text[], @ToStates::text[], "
        + "@ActorKeyIds::text[], @ActorNames::text[], @Ats::timestamptz[]) "
        + "AS u(agency_id, fiscal_year, ordinal, version, action, from_state, to_state, actor_key_id, actor_name, at)";

    internal const string InsertResponsesStatement =
        "INSERT INTO idempotency_keys (scope_key, idempotency_key, request_hash, created, body, created_at) "
        + "SELECT @ScopeKey, u.idempotency_key, u.request_hash, u.created, u.body, u.created_at "
        + "FROM UNNEST(@Keys::text[], @Hashes::text[], @Created::boolean[], @Bodies::text[], @Ats::timestamptz[]) AS u(idempotency_key, request_hash, created, body, created_at) "
        + "ON CONFLICT (scope_key, idempotency_key) DO NOTHING";

    internal const string InsertDerivationsStatement =
        "INSERT INTO derivations (agency_id, fiscal_year, version, kind, state, attempts, due_at, created_at, updated_at) "
        + "SELECT u.agency_id, u.fiscal_year, u.version, k.kind, 'pending', 0, @At, @At, @At "
        + "FROM UNNEST(@AgencyIds::text[], @Years::int[], @Versions::int[]) AS u(agency_id, fiscal_year, version) CROSS JOIN UNNEST(@Kinds::text[]) AS k(kind)";

    public static async Task<int> InsertHeadsAsync(DbSession db, TenantScope scope, string[] agencyIds, int[] years, int[] versions, DateTimeOffset[] ats,
        CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(InsertHeadsStatement, scope, null);
        parameters.AddDynamicParams(new { AgencyIds = agencyIds, Years = years, Versions = versions, Ats = Utc(ats) });
        return await db.ExecuteAsync(sql, parameters, cancellationToken);
    }

    public static async Task<int> AdvanceHeadsAsync(DbSession db, TenantScope scope, string[] agencyIds, int[] years, int[] versions, int[] expected,
        DateTimeOffset[] ats, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(AdvanceHeadsStatement, scope, null);
        parameters.AddDynamicParams(new { AgencyIds = agencyIds, Years = years, Versions = versions, Expected = expected, Ats = Utc(ats) });
        return await db.ExecuteAsync(sql, parameters, cancellationToken);
    }

    public static async Task InsertVersionsAsync(DbSession db, IReadOnlyList<ImportedVersion> rows, CancellationToken cancellationToken)
    {
        var versions = rows.Select(r => r.Version).ToList();
        await db.ExecuteAsync(InsertVersionsStatement, new
        {
            AgencyIds = versions.Select(v => v.Key.AgencyId).ToArray(),
            Years = versions.Select(v => v.Key.FiscalYear).ToArray(),
            Versions = versions.Select(v => v.Key.Version).ToArray(),
            Documents = versions.Select(v => v.DocumentJson).ToArray(),
            Hashes = versions.Select(v => v.DocumentHash).ToArray(),
            Metrics = versions.Select(v => System.Text.Json.JsonSerializer.Serialize(v.Metrics, Application.Common.ApiJson.Options)).ToArray(),
            Rulesets = versions.Select(v => v.RulesetVersion).ToArray(),
            Errors = versions.Select(v => v.Counts.Errors).ToArray(),
            Warnings = versions.Select(v => v.Counts.Warnings).ToArray(),
            Infos = versions.Select(v => v.Counts.Infos).ToArray(),
            Ats = Utc(versions.Select(v => v.CreatedAt)),
            CreatedBy = versions.Select(v => v.CreatedBy).ToArray(),
        }, cancellationToken);

        var findings = ReportImportRepository.FindingRows(rows);
        if (findings.Count == 0) return;
        await db.ExecuteAsync(InsertFindingsStatement, new
        {
            AgencyIds = findings.Select(f => (string)f[0]!).ToArray(),
            Years = findings.Select(f => (int)f[1]!).ToArray(),
            Versions = findings.Select(f => (int)f[2]!).ToArray(),
            Seqs = findings.Select(f => (int)f[3]!).ToArray(),
            RuleIds = findings.Select(f => (string)f[4]!).ToArray(),
            Severities = findings.Select(f => (string)f[5]!).ToArray(),
            Rulesets = findings.Select(f => (string)f[6]!).ToArray(),
            Bodies = findings.Select(f => ReportImportRepository.FindingJson((Domain.Audit.Finding)f[7]!)).ToArray(),
        }, cancellationToken);
    }

    public static Task InsertTransitionsAsync(DbSession db, IReadOnlyList<ImportedVersion> versions, CancellationToken cancellationToken)
    {
        var rows = ReportImportRepository.TransitionRows(versions);
        return db.ExecuteAsync(InsertTransitionsStatement, new
        {
            AgencyIds = rows.Select(r => (string)r[0]!).ToArray(),
            Years = rows.Select(r => (int)r[1]!).ToArray(),
            Ordinals = rows.Select(r => (int)r[2]!).ToArray(),
            Versions = rows.Select(r => (int)r[3]!).ToArray(),
            Actions = rows.Select(r => (string)r[4]!).ToArray(),
            FromStates = rows.Select(r => (string?)r[5]).ToArray(),
            ToStates = rows.Select(r => (string)r[6]!).ToArray(),
            ActorKeyIds = rows.Select(r => (string?)r[7]).ToArray(),
            ActorNames = rows.Select(r => (string?)r[8]).ToArray(),
            Ats = Utc(rows.Select(r => (DateTimeOffset)r[9]!)),
        }, cancellationToken);
    }

    public static async Task<int> InsertResponsesAsync(DbSession db, string scopeKey, IReadOnlyList<ImportedVersion> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return 0;
        return await db.ExecuteAsync(InsertResponsesStatement, new
        {
            ScopeKey = scopeKey,
            Keys = rows.Select(r => r.IdempotencyKey!).ToArray(),
            Hashes = rows.Select(r => r.Response!.RequestHash).ToArray(),
            Created = rows.Select(r => r.Response!.Created).ToArray(),
            Bodies = rows.Select(r => r.Response!.Body).ToArray(),
            Ats = Utc(rows.Select(r => r.Version.CreatedAt)),
        }, cancellationToken);
    }

    public static Task InsertDerivationsAsync(DbSession db, IReadOnlyList<VersionKey> keys, IReadOnlyList<string> kinds, DateTimeOffset at, CancellationToken cancellationToken) =>
        keys.Count == 0 ? Task.CompletedTask : db.ExecuteAsync(InsertDerivationsStatement, new
        {
            AgencyIds = keys.Select(k => k.AgencyId).ToArray(),
            Years = keys.Select(k => k.FiscalYear).ToArray(),
            Versions = keys.Select(k => k.Version).ToArray(),
            Kinds = kinds.ToArray(),
            At = at,
        }, cancellationToken);

    // Npgsql writes timestamptz only from UTC values.
    private static DateTimeOffset[] Utc(IEnumerable<DateTimeOffset> values) => [.. values.Select(v => v.ToUniversalTime())];
}
