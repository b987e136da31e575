using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>
/// The bulk import's SQL Server statements: a chunk's rows as one multi-row VALUES table (row r's column c is
/// <c>@p{r}_{c}</c>), within the 2,100 parameters a command takes. Proven by Microsoft's T-SQL parser in the tests.
/// </summary>
public static class SqlServerImportSql
{
    /// <summary>New heads for agencies under the scope; a head another writer created meanwhile is left alone (the count tells).</summary>
    public static string InsertHeads(int rows) =>
        "INSERT INTO reports (agency_id, fiscal_year, current_version, status, created_at, updated_at) "
        + "SELECT a.id, u.fiscal_year, u.version, N'draft', u.at, u.at "
        + $"FROM (VALUES {OnConflictSql.RowValues(4, rows)}) AS u (agency_id, fiscal_year, version, at) "
        + "JOIN agencies a ON a.id = u.agency_id WHERE {scope} "
        + "AND NOT EXISTS (SELECT 1 FROM reports x WITH (UPDLOCK, HOLDLOCK) WHERE x.agency_id = u.agency_id AND x.fiscal_year = u.fiscal_year)";

    /// <summary>Heads moved from the version the chunk read to its last new version; a head moved meanwhile is left alone.</summary>
    public static string AdvanceHeads(int rows) =>
        "UPDATE r SET current_version = u.version, status = N'draft', updated_at = u.at FROM reports r "
        + $"JOIN (VALUES {OnConflictSql.RowValues(5, rows)}) AS u (agency_id, fiscal_year, version, expected, at) "
        + "ON r.agency_id = u.agency_id AND r.fiscal_year = u.fiscal_year "
        + "WHERE r.current_version = u.expected AND r.agency_id IN (SELECT a.id FROM agencies a WHERE {scope})";

    /// <summary>History rows, each numbered after its year's last row by its position among the chunk's rows of that year.</summary>
    public static string InsertTransitions(int rows) =>
        "INSERT INTO report_transitions (agency_id, fiscal_year, seq, version, action, from_state, to_state, reason, warnings_acknowledged, actor_key_id, actor_name, at) "
        + "SELECT u.agency_id, u.fiscal_year, COALESCE((SELECT MAX(t.seq) FROM report_transitions t WHERE t.agency_id = u.agency_id AND t.fiscal_year = u.fiscal_year), 0) + u.ordinal, "
        + "u.version, u.action, u.from_state, u.to_state, NULL, 0, u.actor_key_id, u.actor_name, u.at "
        + $"FROM (VALUES {OnConflictSql.RowValues(10, rows)}) AS u (agency_id, fiscal_year, ordinal, version, action, from_state, to_state, actor_key_id, actor_name, at)";
}
