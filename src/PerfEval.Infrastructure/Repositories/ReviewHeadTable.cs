using Dapper;
using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>
/// The heads of one kind of reviewed document, in its own table: <c>declarations</c> (keyed by agency and fiscal year)
/// or <c>monitoring_reports</c> (and period). One set of statements serves both: the templates name the table
/// <c>{heads}</c> and the period's column, match and value by tokens that <see cref="Statements"/> expands per table.
/// Every statement joins agencies (alias a) under the caller's scope.
/// </summary>
public sealed class ReviewHeadTable(DbSession db, string table, bool periodic) : IReviewHeads
{
    internal const string FindTemplate =
        "SELECT h.agency_id AS AgencyId, h.fiscal_year AS FiscalYear, {periodSelect} AS Period, h.current_version AS Version, h.status AS Status, "
        + "h.approved_version AS ApprovedVersion, h.status_reason AS StatusReason, h.status_by AS StatusBy, h.created_at AS CreatedAt, h.updated_at AS UpdatedAt "
        + "FROM {heads} h JOIN agencies a ON a.id = h.agency_id WHERE h.agency_id = @AgencyId AND h.fiscal_year = @FiscalYear{periodMatch} AND {scope}";
    internal const string InsertFirstTemplate =
        """
        INSERT INTO {heads} (agency_id, fiscal_year{periodColumn}, current_version, status, approved_version, status_reason, status_by, created_at, updated_at)
        SELECT a.id, @FiscalYear{periodValue}, 1, 'draft', NULL, NULL, @By, @At, @At FROM agencies a WHERE a.id = @AgencyId AND {scope}
        """;
    internal const string AdvanceTemplate =
        """
        UPDATE {heads} SET current_version = @Version, status = 'draft', status_reason = NULL, status_by = @By, updated_at = @At
        WHERE agency_id = @AgencyId AND fiscal_year = @FiscalYear{periodMatch} AND current_version = @ExpectedVersion
          AND agency_id IN (SELECT a.id FROM agencies a WHERE {scope})
        """;
    internal const string MoveTemplate =
        """
        UPDATE {heads} SET status = @To, approved_version = @ApprovedVersion, status_reason = @Reason, status_by = @By, updated_at = @At
        WHERE agency_id = @AgencyId AND fiscal_year = @FiscalYear{periodMatch} AND current_version = @Version AND status = @From
          AND agency_id IN (SELECT a.id FROM agencies a WHERE {scope})
        """;

    private readonly IReadOnlyDictionary<string, string> sql = Statements(table, periodic);

    /// <summary>The four statements for <paramref name="headsTable"/>, expanded (tests parse them as T-SQL).</summary>
    public static IReadOnlyDictionary<string, string> Statements(string headsTable, bool periodic)
    {
        string Expand(string template) => template
            .Replace("{heads}", headsTable, StringComparison.Ordinal)
            .Replace("{periodSelect}", periodic ? "h.period" : "NULL", StringComparison.Ordinal)
            .Replace("{periodMatch}", periodic ? " AND period = @Period" : "", StringComparison.Ordinal)
            .Replace("{periodColumn}", periodic ? ", period" : "", StringComparison.Ordinal)
            .Replace("{periodValue}", periodic ? ", @Period" : "", StringComparison.Ordinal);
        return new Dictionary<string, string>
        {
            ["Find"] = Expand(FindTemplate),
            ["InsertFirst"] = Expand(InsertFirstTemplate),
            ["Advance"] = Expand(AdvanceTemplate),
            ["Move"] = Expand(MoveTemplate),
        };
    }

    public async Task<ReviewHead?> FindAsync(TenantScope scope, ReviewKey key, CancellationToken cancellationToken)
    {
        var (statement, parameters) = ScopeSql.Apply(sql["Find"], scope, Key(key));
        return await db.QuerySingleOrDefaultAsync<ReviewHead>(statement, parameters, cancellationToken);
    }

    public async Task<bool> InsertFirstAsync(TenantScope scope, ReviewKey key, string? by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var values = Key(key);
        values.Add("By", by);
        values.Add("At", at);
        var (statement, parameters) = ScopeSql.Apply(sql["InsertFirst"], scope, values);
        try
        {
            return await db.ExecuteAsync(statement, parameters, cancellationToken) == 1;
        }
        catch (Exception ex) when (db.Dialect.IsUniqueViolation(ex))
        {
            return false;
        }
    }

    public async Task<bool> AdvanceAsync(TenantScope scope, ReviewKey key, int version, int expectedVersion, string? by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var values = Key(key);
        values.Add("Version", version);
        values.Add("ExpectedVersion", expectedVersion);
        values.Add("By", by);
        values.Add("At", at);
        var (statement, parameters) = ScopeSql.Apply(sql["Advance"], scope, values);
        return await db.ExecuteAsync(statement, parameters, cancellationToken) == 1;
    }

    public async Task<bool> MoveAsync(TenantScope scope, ReviewMove move, CancellationToken cancellationToken)
    {
        var values = Key(move.Key);
        values.AddDynamicParams(new { move.Version, move.From, move.To, move.ApprovedVersion, move.Reason, move.By, move.At });
        var (statement, parameters) = ScopeSql.Apply(sql["Move"], scope, values);
        return await db.ExecuteAsync(statement, parameters, cancellationToken) == 1;
    }

    private static DynamicParameters Key(ReviewKey key)
    {
        var parameters = new DynamicParameters();
        parameters.Add("AgencyId", key.AgencyId);
        parameters.Add("FiscalYear", key.FiscalYear);
        if (key.Period is not null) parameters.Add("Period", key.Period);
        return parameters;
    }
}
