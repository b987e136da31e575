using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>Regions are shared reference data (not tenant data), so their queries carry no scope.</summary>
public sealed class RegionRepository(DbSession db) : IRegionRepository
{
    internal const string SelectColumns = "code AS Code, name AS Name, parent_code AS ParentCode, level AS Level, path AS Path";
    internal const string FindSql = "SELECT " + SelectColumns + " FROM regions WHERE code = @Code";
    internal const string InsertSql = "INSERT INTO regions (code, name, parent_code, level, path) VALUES (@Code, @Name, @ParentCode, @Level, @Path)";
    internal const string ListChildrenSql = "SELECT " + SelectColumns + " FROM regions WHERE parent_code = @ParentCode ORDER BY code";
    internal const string ListRootsSql = "SELECT " + SelectColumns + " FROM regions WHERE parent_code IS NULL ORDER BY code";
    internal const string CountSql = "SELECT COUNT(*) FROM regions";

    public async Task<RegionRecord?> FindAsync(string code, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<RegionRecord>(FindSql, new { Code = code }, cancellationToken);

    public async Task<IReadOnlyList<RegionRecord>> ListChildrenAsync(string? parentCode, CancellationToken cancellationToken) =>
        parentCode is null
            ? await db.QueryAsync<RegionRecord>(ListRootsSql, null, cancellationToken)
            : await db.QueryAsync<RegionRecord>(ListChildrenSql, new { ParentCode = parentCode }, cancellationToken);

    public async Task<bool> InsertAsync(RegionRecord region, CancellationToken cancellationToken)
    {
        try
        {
            return await db.ExecuteAsync(InsertSql, region, cancellationToken) == 1;
        }
        catch (Exception ex) when (db.Dialect.IsUniqueViolation(ex))
        {
            return false;
        }
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<int>(CountSql, null, cancellationToken);

    public Task InsertManyAsync(IReadOnlyList<RegionRecord> regions, CancellationToken cancellationToken) =>
        db.ExecuteAsync(InsertSql, regions, cancellationToken);
}
