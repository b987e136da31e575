using Dapper;
using PerfEval.Application.Abstractions;

namespace PerfEval.Infrastructure.Database;

/// <summary>
/// Expands the <c>{scope}</c> token of a tenant-data query into the caller's row predicate over the agencies table
/// aliased <c>a</c>. A tenant query without the token is a programming error and fails loudly.
/// </summary>
public static class ScopeSql
{
    public const string Token = "{scope}";

    public static (string Sql, DynamicParameters Parameters) Apply(string sql, TenantScope scope, object? parameters)
    {
        if (!sql.Contains(Token, StringComparison.Ordinal))
            throw new InvalidOperationException("Tenant query lacks the {scope} predicate: " + sql);

        var dynamic = new DynamicParameters(parameters);
        string predicate;
        switch (scope.Role)
        {
            case CallerRole.Admin:
                predicate = "1 = 1";
                break;
            case CallerRole.Region:
                predicate = "a.region_path LIKE @ScopeRegionPrefix";
                dynamic.Add("ScopeRegionPrefix", scope.RegionPath + "%");
                break;
            case CallerRole.Agency:
                predicate = "a.id = @ScopeAgencyId";
                dynamic.Add("ScopeAgencyId", scope.AgencyId);
                break;
            default:
                throw new InvalidOperationException("Unknown role.");
        }
        return (sql.Replace(Token, "(" + predicate + ")", StringComparison.Ordinal), dynamic);
    }
}
