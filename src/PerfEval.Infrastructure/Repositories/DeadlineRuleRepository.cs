using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>Deadline rules are platform reference data (who may write which is decided by the use case), so unscoped.</summary>
public sealed class DeadlineRuleRepository(DbSession db) : IDeadlineRuleRepository
{
    private const string Columns =
        "id AS Id, region_code AS RegionCode, fiscal_year AS FiscalYear, rule_kind AS RuleKind, days AS Days, fixed_date AS FixedDate, basis AS Basis, "
        + "created_by AS CreatedBy, created_at AS CreatedAt";

    internal const string InsertSql =
        "INSERT INTO deadline_rules (id, region_code, fiscal_year, rule_kind, days, fixed_date, basis, created_by, created_at) "
        + "VALUES (@Id, @RegionCode, @FiscalYear, @RuleKind, @Days, @FixedDate, @Basis, @CreatedBy, @CreatedAt)";
    internal const string DeleteSql = "DELETE FROM deadline_rules WHERE id = @Id";
    internal const string FindSql = "SELECT " + Columns + " FROM deadline_rules WHERE id = @Id";
    internal const string ListSql = "SELECT " + Columns + " FROM deadline_rules ORDER BY region_code, fiscal_year";

    public async Task<bool> InsertAsync(DeadlineRuleRecord rule, CancellationToken cancellationToken)
    {
        try
        {
            return await db.ExecuteAsync(InsertSql, rule, cancellationToken) == 1;
        }
        catch (Exception ex) when (db.Dialect.IsUniqueViolation(ex))
        {
            return false;
        }
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => await db.ExecuteAsync(DeleteSql, new { Id = id }, cancellationToken) == 1;

    public Task<DeadlineRuleRecord?> FindAsync(string id, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<DeadlineRuleRecord>(FindSql, new { Id = id }, cancellationToken);

    public Task<IReadOnlyList<DeadlineRuleRecord>> ListAsync(CancellationToken cancellationToken) =>
        db.QueryAsync<DeadlineRuleRecord>(ListSql, null, cancellationToken);
}
