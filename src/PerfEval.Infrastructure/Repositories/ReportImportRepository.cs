using System.Text.Json;
using Dapper;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>
/// The bulk import's reads and writes, set-based per dialect: PostgreSQL sends each table's rows of a chunk as column
/// arrays expanded by UNNEST (one statement per table); SQL Server sends multi-row VALUES statements (within its 2,100
/// parameters); SQLite, in-process with one writer, runs prepared single-row statements in the one transaction.
/// Head rows are written only for agencies under the caller's scope, and only from the version the chunk read.
/// </summary>
public sealed class ReportImportRepository(DbSession db) : IReportImportStore
{
    private const string AgencyColumns =
        "a.id AS Id, a.code AS Code, a.name AS Name, a.region_code AS RegionCode, a.region_path AS RegionPath, a.sector AS Sector, a.credit_code AS CreditCode, a.created_at AS CreatedAt";

    // Dapper expands "IN @List" into one parameter per item; PostgreSQL takes the list as one array parameter instead.
    public const string FindAgenciesSql = "SELECT " + AgencyColumns + " FROM agencies a WHERE a.id {in} @AgencyIds AND {scope}";

    public const string FindResponsesSql =
        "SELECT idempotency_key AS IdempotencyKey, request_hash AS RequestHash, created AS Created, body AS Body FROM idempotency_keys "
        + "WHERE scope_key = @ScopeKey AND idempotency_key {in} @Keys";

    private string InList(string sql) => sql.Replace("{in} @AgencyIds", db.Dialect.InList("@AgencyIds"), StringComparison.Ordinal)
        .Replace("{in} @Keys", db.Dialect.InList("@Keys"), StringComparison.Ordinal);

    private static readonly string[] VersionColumns =
        ["agency_id", "fiscal_year", "version", "status", "document", "document_hash", "metrics", "ruleset_version", "error_count", "warning_count", "info_count", "created_at", "created_by"];
    private static readonly string[] FindingColumns = ["agency_id", "fiscal_year", "version", "seq", "rule_id", "severity", "ruleset_version", "body"];
    private static readonly string[] IdempotencyColumns = ["scope_key", "idempotency_key", "request_hash", "created", "body", "created_at"];
    private static readonly string[] IdempotencyKeyColumns = ["scope_key", "idempotency_key"];
    private static readonly string[] LedgerColumns = ["agency_id", "fiscal_year", "version", "kind", "state", "attempts", "due_at", "created_at", "updated_at"];

    private sealed record KeyedResponse(string IdempotencyKey, string RequestHash, bool Created, string Body)
    {
        private KeyedResponse() : this("", "", false, "") { }
    }

    /// <summary>One report year's head move: from the version the chunk read (0 = none) to its last new version.</summary>
    private sealed record HeadMove(string AgencyId, int FiscalYear, int From, int To, DateTimeOffset At);

    public async Task<IReadOnlyList<AgencyRecord>> FindAgenciesAsync(TenantScope scope, IReadOnlyCollection<string> agencyIds, CancellationToken cancellationToken)
    {
        var found = new List<AgencyRecord>();
        foreach (var chunk in agencyIds.Chunk(500))
        {
            var (sql, parameters) = ScopeSql.Apply(InList(FindAgenciesSql), scope, new { AgencyIds = chunk });
            found.AddRange(await db.QueryAsync<AgencyRecord>(sql, parameters, cancellationToken));
        }
        return found;
    }

    public async Task<IReadOnlyDictionary<string, StoredResponse>> FindResponsesAsync(string scopeKey, IReadOnlyCollection<string> idempotencyKeys,
        CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, StoredResponse>(StringComparer.Ordinal);
        foreach (var chunk in idempotencyKeys.Chunk(500))
            foreach (var row in await db.QueryAsync<KeyedResponse>(InList(FindResponsesSql), new { ScopeKey = scopeKey, Keys = chunk }, cancellationToken))
                found[row.IdempotencyKey] = new StoredResponse(row.RequestHash, row.Created, row.Body);
        return found;
    }

    public async Task<bool> StoreAsync(TenantScope scope, string idempotencyScope, IReadOnlyList<ImportedVersion> versions, CancellationToken cancellationToken)
    {
        if (versions.Count == 0) return true;
        // Heads in key order, so that two batches writing the same report years lock them in the same order.
        var moves = versions.GroupBy(v => v.Year)
            .Select(g => new HeadMove(g.Key.AgencyId, g.Key.FiscalYear, g.Min(v => v.FollowsVersion), g.Max(v => v.Version.Key.Version), g.First().Version.CreatedAt))
            .OrderBy(m => m.AgencyId, StringComparer.Ordinal).ThenBy(m => m.FiscalYear)
            .ToList();
        var responses = versions.Where(v => v.IdempotencyKey is not null).ToList();
        if (db.Dialect.WritesRowsAsArrays)
        {
            try
            {
                if (!await MoveHeadsPostgresAsync(scope, moves, cancellationToken)) return false;
                await PostgresImportSql.InsertVersionsAsync(db, versions, cancellationToken);
                await PostgresImportSql.InsertTransitionsAsync(db, versions, cancellationToken);
                return await PostgresImportSql.InsertResponsesAsync(db, idempotencyScope, responses, cancellationToken) == responses.Count;
            }
            catch (Npgsql.PostgresException ex) when (ex.SqlState == Npgsql.PostgresErrorCodes.DeadlockDetected)
            {
                // Another writer's transaction held rows this one needed; the caller rolls back and decides the chunk again.
                return false;
            }
        }

        if (!await MoveHeadsAsync(scope, moves, cancellationToken)) return false;
        await db.InsertManyAsync("report_versions", VersionColumns, versions, v => VersionRow(v.Version), cancellationToken);
        await db.InsertManyAsync("report_findings", FindingColumns, FindingRows(versions), f => f, cancellationToken);
        await InsertTransitionsAsync(versions, cancellationToken);
        var inserted = await db.InsertManyIfAbsentAsync("idempotency_keys", IdempotencyColumns, IdempotencyKeyColumns, responses,
            v => [idempotencyScope, v.IdempotencyKey, v.Response!.RequestHash, v.Response.Created, v.Response.Body, v.Version.CreatedAt],
            v => v.IdempotencyKey, cancellationToken);
        return inserted.Count == responses.Count;
    }

    public Task AddDerivationsAsync(IReadOnlyList<VersionKey> keys, IReadOnlyList<string> kinds, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.Dialect.WritesRowsAsArrays
            ? PostgresImportSql.InsertDerivationsAsync(db, keys, kinds, at, cancellationToken)
            : db.InsertManyAsync("derivations", LedgerColumns, [.. keys.SelectMany(k => kinds.Select(kind => (Key: k, Kind: kind)))],
                r => [r.Key.AgencyId, r.Key.FiscalYear, r.Key.Version, r.Kind, DerivationStates.Pending, 0, at, at, at], cancellationToken);

    /// <summary>The roster source of <see cref="DerivationLedger.RequeueRosterAsync"/>, for many report years per statement.</summary>
    public const string RosterYearsSourceSelect =
        "SELECT e.agency_id AS agency_id, e.fiscal_year AS fiscal_year, 0 AS version, @Kind AS kind FROM roster_entries e "
        + "JOIN ({years}) y ON y.agency_id = e.agency_id AND y.fiscal_year = e.fiscal_year";

    public async Task RequeueRosterAsync(string kind, IReadOnlyCollection<ReportYear> years, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var ordered = years.Distinct().OrderBy(y => y.AgencyId, StringComparer.Ordinal).ThenBy(y => y.FiscalYear).ToList();
        foreach (var chunk in ordered.Chunk(400))
        {
            var parameters = new DynamicParameters(new { Kind = kind, RunId = (string?)null, Now = at, DueAt = at });
            var rows = new List<string>(chunk.Length);
            for (var i = 0; i < chunk.Length; i++)
            {
                rows.Add($"SELECT @A{i} AS agency_id, @Y{i} AS fiscal_year");
                parameters.Add($"A{i}", chunk[i].AgencyId);
                parameters.Add($"Y{i}", chunk[i].FiscalYear);
            }
            var source = RosterYearsSourceSelect.Replace("{years}", string.Join(" UNION ALL ", rows), StringComparison.Ordinal);
            await db.ExecuteAsync(db.Dialect.RequeueDerivationsSql(source), parameters, cancellationToken);
        }
    }

    private async Task<bool> MoveHeadsPostgresAsync(TenantScope scope, IReadOnlyList<HeadMove> moves, CancellationToken cancellationToken)
    {
        var created = moves.Where(m => m.From == 0).ToList();
        var advanced = moves.Where(m => m.From > 0).ToList();
        return (created.Count == 0 || await PostgresImportSql.InsertHeadsAsync(db, scope, created.Select(m => m.AgencyId).ToArray(),
                   created.Select(m => m.FiscalYear).ToArray(), created.Select(m => m.To).ToArray(), created.Select(m => m.At).ToArray(), cancellationToken) == created.Count)
               && (advanced.Count == 0 || await PostgresImportSql.AdvanceHeadsAsync(db, scope, advanced.Select(m => m.AgencyId).ToArray(),
                   advanced.Select(m => m.FiscalYear).ToArray(), advanced.Select(m => m.To).ToArray(), advanced.Select(m => m.From).ToArray(),
                   advanced.Select(m => m.At).ToArray(), cancellationToken) == advanced.Count);
    }

    /// <summary>SQL Server: one multi-row statement per chunk of heads; SQLite: the single-row head statements of a PUT, prepared once.</summary>
    private async Task<bool> MoveHeadsAsync(TenantScope scope, IReadOnlyList<HeadMove> moves, CancellationToken cancellationToken)
    {
        if (db.Dialect.InsertsRowByRow)
        {
            foreach (var move in moves)
            {
                var values = new { move.AgencyId, move.FiscalYear, Version = move.To, ExpectedVersion = move.From, CreatedAt = move.At };
                var (sql, parameters) = ScopeSql.Apply(move.From == 0 ? ReportRepository.InsertHeadSql : ReportRepository.AdvanceHeadSql, scope, values);
                try
                {
                    if (await db.ExecuteAsync(sql, parameters, cancellationToken) != 1) return false;
                }
                catch (Exception ex) when (db.Dialect.IsUniqueViolation(ex))
                {
                    return false;
                }
            }
            return true;
        }
        foreach (var chunk in moves.Chunk(200))
        {
            var created = chunk.Where(m => m.From == 0).ToList();
            var advanced = chunk.Where(m => m.From > 0).ToList();
            if (created.Count > 0 && await ExecuteValuesAsync(SqlServerImportSql.InsertHeads(created.Count), scope, created,
                    m => [m.AgencyId, m.FiscalYear, m.To, m.At], cancellationToken) != created.Count) return false;
            if (advanced.Count > 0 && await ExecuteValuesAsync(SqlServerImportSql.AdvanceHeads(advanced.Count), scope, advanced,
                    m => [m.AgencyId, m.FiscalYear, m.To, m.From, m.At], cancellationToken) != advanced.Count) return false;
        }
        return true;
    }

    /// <summary>History rows: each takes the next sequence number of its report year, in the order of the lines.</summary>
    private async Task InsertTransitionsAsync(IReadOnlyList<ImportedVersion> versions, CancellationToken cancellationToken)
    {
        if (db.Dialect.InsertsRowByRow)
        {
            foreach (var version in versions) await db.ExecuteAsync(WorkflowRepository.AppendSql, version.Transition, cancellationToken);
            return;
        }
        foreach (var chunk in TransitionRows(versions).Chunk(80))
            await ExecuteValuesAsync(SqlServerImportSql.InsertTransitions(chunk.Length), null, chunk, row => row, cancellationToken);
    }

    private async Task<int> ExecuteValuesAsync<T>(string sql, TenantScope? scope, IReadOnlyList<T> rows, Func<T, object?[]> values, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = values(rows[r]);
            for (var c = 0; c < row.Length; c++) parameters.Add($"p{r}_{c}", row[c]);
        }
        if (scope is null) return await db.ExecuteAsync(sql, parameters, cancellationToken);
        var (scoped, scopeParameters) = ScopeSql.Apply(sql, scope, null);
        scopeParameters.AddDynamicParams(parameters);
        return await db.ExecuteAsync(scoped, scopeParameters, cancellationToken);
    }

    private static object?[] VersionRow(NewReportVersion v) =>
        [v.Key.AgencyId, v.Key.FiscalYear, v.Key.Version, "draft", v.DocumentJson, v.DocumentHash, v.Metrics, v.RulesetVersion,
         v.Counts.Errors, v.Counts.Warnings, v.Counts.Infos, v.CreatedAt, v.CreatedBy];

    internal static List<object?[]> FindingRows(IEnumerable<ImportedVersion> versions) =>
        [.. versions.SelectMany(v => v.Version.Findings.Select((f, i) => new object?[]
        {
            v.Version.Key.AgencyId, v.Version.Key.FiscalYear, v.Version.Key.Version, i + 1, f.RuleId, f.Severity, v.Version.RulesetVersion, f,
        }))];

    /// <summary>Transition values with the line's position among the chunk's lines of its report year (1, 2 …), added to the year's last sequence number.</summary>
    internal static List<object?[]> TransitionRows(IEnumerable<ImportedVersion> versions)
    {
        var ordinals = new Dictionary<ReportYear, int>();
        var rows = new List<object?[]>();
        foreach (var v in versions)
        {
            var ordinal = ordinals[v.Year] = ordinals.GetValueOrDefault(v.Year) + 1;
            var t = v.Transition;
            rows.Add([t.AgencyId, t.FiscalYear, ordinal, t.Version, t.Action, t.FromState, t.ToState, t.ActorKeyId, t.ActorName, t.At]);
        }
        return rows;
    }

    internal static string FindingJson(Domain.Audit.Finding finding) => JsonSerializer.Serialize(finding, ApiJson.Options);
}
