using PerfEval.Application.Abstractions;
using PerfEval.Domain.Validation;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

public sealed class AgencyRepository(DbSession db) : IAgencyRepository
{
    internal const string Columns =
        "a.id AS Id, a.code AS Code, a.name AS Name, a.region_code AS RegionCode, a.region_path AS RegionPath, a.sector AS Sector, a.credit_code AS CreditCode, a.created_at AS CreatedAt";

    internal const string FindSql = "SELECT " + Columns + " FROM agencies a WHERE a.id = @AgencyId AND {scope}";
    internal const string ListSql = "SELECT " + Columns + " FROM agencies a WHERE {scope} AND (@RegionPrefix IS NULL OR a.region_path LIKE @RegionPrefix) ORDER BY a.id";
    // Codes are compared by their key (CodeKey), never by their spelling; the unique index on code_key makes a
    // concurrent registration of another spelling of the same code fail like a duplicate.
    internal const string CodeExistsSql = "SELECT COUNT(*) FROM agencies WHERE code_key = @CodeKey";
    internal const string InsertSql =
        """
        INSERT INTO agencies (id, code, code_key, name, region_code, region_path, sector, credit_code, created_at)
        VALUES (@Id, @Code, @CodeKey, @Name, @RegionCode, @RegionPath, @Sector, @CreditCode, @CreatedAt)
        """;

    public async Task<AgencyRecord?> FindAsync(TenantScope scope, string agencyId, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(FindSql, scope, new { AgencyId = agencyId });
        return await db.QuerySingleOrDefaultAsync<AgencyRecord>(sql, parameters, cancellationToken);
    }

    public async Task<IReadOnlyList<AgencyRecord>> ListAsync(TenantScope scope, string? regionPath, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(ListSql, scope, new { RegionPrefix = regionPath is null ? null : regionPath + "%" });
        return await db.QueryAsync<AgencyRecord>(sql, parameters, cancellationToken);
    }

    public async Task<bool> CodeExistsAsync(string code, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<int>(CodeExistsSql, new { CodeKey = CodeKey.Of(code) }, cancellationToken) > 0;

    public async Task<bool> InsertAsync(TenantScope scope, AgencyRecord agency, CancellationToken cancellationToken)
    {
        if (!scope.IsAdmin) throw new InvalidOperationException("Only the admin scope may register agencies.");
        try
        {
            var row = new
            {
                agency.Id, agency.Code, CodeKey = CodeKey.Of(agency.Code), agency.Name, agency.RegionCode, agency.RegionPath, agency.Sector,
                agency.CreditCode, agency.CreatedAt,
            };
            return await db.ExecuteAsync(InsertSql, row, cancellationToken) == 1;
        }
        catch (Exception ex) when (db.Dialect.IsUniqueViolation(ex))
        {
            return false;
        }
    }
}
