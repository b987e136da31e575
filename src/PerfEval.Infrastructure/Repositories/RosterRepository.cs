using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>Expected reports per fiscal year, with the workflow state and derived publication status of each.</summary>
public sealed class RosterRepository(DbSession db) : IRosterRepository
{
    private const string ViewColumns =
        "e.agency_id AS AgencyId, a.name AS AgencyName, a.region_code AS RegionCode, a.region_path AS RegionPath, e.fiscal_year AS FiscalYear, "
        + "e.approval_date AS ApprovalDate, r.status AS WorkflowState, r.current_version AS Version, r.first_published_at AS FirstPublishedAt, "
        + "p.status AS Status, p.due_date AS DueDate, p.due_date_gap AS DueDateGap, p.published_on AS PublishedOn, p.days_late AS DaysLate, p.computed_at AS ComputedAt";
    private const string ViewFrom =
        " FROM roster_entries e JOIN agencies a ON a.id = e.agency_id "
        + "LEFT JOIN reports r ON r.agency_id = e.agency_id AND r.fiscal_year = e.fiscal_year "
        + "LEFT JOIN publication_statuses p ON p.agency_id = e.agency_id AND p.fiscal_year = e.fiscal_year";

    internal const string FindSql = "SELECT " + ViewColumns + ViewFrom + " WHERE e.agency_id = @AgencyId AND e.fiscal_year = @FiscalYear AND {scope}";
    internal const string ListSql =
        "SELECT " + ViewColumns + ViewFrom + " WHERE e.fiscal_year = @FiscalYear AND (@RegionPrefix IS NULL OR a.region_path LIKE @RegionPrefix) AND {scope} ORDER BY e.agency_id";
    internal const string UpdateSql =
        "UPDATE roster_entries SET approval_date = @ApprovalDate WHERE agency_id = @AgencyId AND fiscal_year = @FiscalYear AND agency_id IN (SELECT a.id FROM agencies a WHERE {scope})";
    internal const string InsertSql =
        "INSERT INTO roster_entries (agency_id, fiscal_year, approval_date, added_by, added_at) "
        + "SELECT a.id, @FiscalYear, @ApprovalDate, @AddedBy, @AddedAt FROM agencies a WHERE a.id = @AgencyId AND {scope}";
    internal const string RemoveSql =
        "DELETE FROM roster_entries WHERE agency_id = @AgencyId AND fiscal_year = @FiscalYear AND agency_id IN (SELECT a.id FROM agencies a WHERE {scope})";
    internal const string RemoveStatusSql = "DELETE FROM publication_statuses WHERE agency_id = @AgencyId AND fiscal_year = @FiscalYear";

    public async Task<bool> UpsertAsync(TenantScope scope, RosterRecord entry, CancellationToken cancellationToken)
    {
        var (update, updateParameters) = ScopeSql.Apply(UpdateSql, scope, entry);
        if (await db.ExecuteAsync(update, updateParameters, cancellationToken) == 1) return true;
        var (insert, insertParameters) = ScopeSql.Apply(InsertSql, scope, entry);
        try
        {
            return await db.ExecuteAsync(insert, insertParameters, cancellationToken) == 1;
        }
        catch (Exception ex) when (db.Dialect.IsUniqueViolation(ex))
        {
            throw new Application.Common.ConflictException("The roster entry was added concurrently; retry.");
        }
    }

    public async Task<bool> RemoveAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken)
    {
        var values = new { AgencyId = agencyId, FiscalYear = fiscalYear };
        var (sql, parameters) = ScopeSql.Apply(RemoveSql, scope, values);
        if (await db.ExecuteAsync(sql, parameters, cancellationToken) != 1) return false;
        await db.ExecuteAsync(RemoveStatusSql, values, cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<RosterView>> ListAsync(TenantScope scope, string? regionPath, int fiscalYear, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(ListSql, scope, new { FiscalYear = fiscalYear, RegionPrefix = regionPath is null ? null : regionPath + "%" });
        return await db.QueryAsync<RosterView>(sql, parameters, cancellationToken);
    }

    internal const string FindManySql = "SELECT " + ViewColumns + ViewFrom + " WHERE " + YearKeySql.Token + " AND {scope}";

    public async Task<IReadOnlyList<RosterView>> FindManyAsync(TenantScope scope, IReadOnlyCollection<ReportYear> years, CancellationToken cancellationToken)
    {
        if (years.Count == 0) return [];
        var (sql, parameters) = YearKeySql.Apply(FindManySql, "e", years, scope);
        return await db.QueryAsync<RosterView>(sql, parameters, cancellationToken);
    }

    public async Task<RosterView?> FindAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(FindSql, scope, new { AgencyId = agencyId, FiscalYear = fiscalYear });
        return await db.QuerySingleOrDefaultAsync<RosterView>(sql, parameters, cancellationToken);
    }
}
