namespace PerfEval.Infrastructure.Database;

/// <summary>INSERT … ON CONFLICT and UPDATE … RETURNING, shared by SQLite and PostgreSQL. Columns map to parameters of the PascalCase name.</summary>
public static class OnConflictSql
{
    /// <summary>The ledger claim; <paramref name="rowLocking"/> is PostgreSQL's "FOR UPDATE SKIP LOCKED" (SQLite has one writer at a time).</summary>
    public static string ClaimDerivations(string rowLocking) =>
        $"""
        UPDATE derivations SET state = 'running', claim_id = @ClaimId, due_at = @LeaseUntil, attempts = attempts + 1, updated_at = @Now
        WHERE (agency_id, fiscal_year, version, kind) IN (
            SELECT agency_id, fiscal_year, version, kind FROM derivations
            WHERE state IN ('pending', 'running') AND due_at <= @Now
            ORDER BY due_at, agency_id, fiscal_year, version, kind LIMIT @Limit{rowLocking})
        RETURNING agency_id AS AgencyId, fiscal_year AS FiscalYear, version AS Version, kind AS Kind, state AS State,
                  attempts AS Attempts, claim_id AS ClaimId, last_error AS LastError
        """;

    public static string RequeueDerivations(string sourceSelect) =>
        "INSERT INTO derivations (agency_id, fiscal_year, version, kind, state, attempts, due_at, claim_id, run_id, last_error, created_at, updated_at) "
        + $"SELECT s.agency_id, s.fiscal_year, s.version, s.kind, 'pending', 0, @DueAt, NULL, @RunId, NULL, @Now, @Now FROM ({sourceSelect}) s WHERE 1 = 1 "
        // One key order for every writer, so that two re-queues of overlapping rows (two rescores) wait for each other
        // instead of deadlocking.
        + "ORDER BY s.agency_id, s.fiscal_year, s.version, s.kind "
        + "ON CONFLICT (agency_id, fiscal_year, version, kind) DO UPDATE SET state = 'pending', attempts = 0, due_at = excluded.due_at, "
        + "claim_id = NULL, run_id = excluded.run_id, last_error = NULL, updated_at = excluded.updated_at";

    public static string InsertIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({Values(columns)}) ON CONFLICT ({string.Join(", ", keyColumns)}) DO NOTHING";

    public static string Upsert(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({Values(columns)}) ON CONFLICT ({string.Join(", ", keyColumns)}) DO UPDATE SET "
        + string.Join(", ", columns.Except(keyColumns).Select(c => $"{c} = excluded.{c}"));

    public static string UpsertMany(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns, int rowCount,
        IReadOnlyCollection<string>? added = null) =>
        $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES {RowValues(columns.Count, rowCount)} ON CONFLICT ({string.Join(", ", keyColumns)}) DO UPDATE SET "
        + string.Join(", ", columns.Except(keyColumns).Select(c => added?.Contains(c) == true ? $"{c} = {table}.{c} + excluded.{c}" : $"{c} = excluded.{c}"));

    public static string InsertManyIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns, int rowCount) =>
        $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES {RowValues(columns.Count, rowCount)} ON CONFLICT ({string.Join(", ", keyColumns)}) DO NOTHING "
        + "RETURNING " + string.Join(", ", keyColumns.Select(k => $"{k} AS {Parameter(k)[1..]}"));

    /// <summary>The webhook delivery claim; <paramref name="rowLocking"/> as in <see cref="ClaimDerivations"/>.</summary>
    public static string ClaimWebhookDeliveries(string rowLocking) =>
        $"""
        UPDATE webhook_deliveries SET state = 'sending', claim_id = @ClaimId, due_at = @LeaseUntil, attempts = attempts + 1, updated_at = @Now
        WHERE id IN (SELECT id FROM webhook_deliveries WHERE state IN ('pending', 'sending') AND due_at <= @Now ORDER BY due_at, id LIMIT @Limit{rowLocking})
        RETURNING id
        """;

    /// <summary>(@p0_0, @p0_1, …), (@p1_0, …): the parameter names of a multi-row statement.</summary>
    public static string RowValues(int columnCount, int rowCount) =>
        string.Join(", ", Enumerable.Range(0, rowCount).Select(r => "(" + string.Join(", ", Enumerable.Range(0, columnCount).Select(c => $"@p{r}_{c}")) + ")"));

    public static string Values(IEnumerable<string> columns) => string.Join(", ", columns.Select(Parameter));

    /// <summary>snake_case column → @PascalCase parameter.</summary>
    public static string Parameter(string column) =>
        "@" + string.Concat(column.Split('_').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
