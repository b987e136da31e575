using Dapper;
using PerfEval.Application.Abstractions;

namespace PerfEval.Infrastructure.Database;

/// <summary>A predicate matching any of a set of report versions, portable across dialects (no row-value IN).</summary>
public static class VersionKeySql
{
    /// <summary>The token a batch query carries where the predicate goes.</summary>
    public const string Token = "{versions}";

    /// <summary>Expands <see cref="Token"/> in a scoped batch query and applies the caller's scope.</summary>
    public static (string Sql, DynamicParameters Parameters) Apply(string sql, string alias, IReadOnlyList<VersionKey> keys, TenantScope scope)
    {
        var (match, values) = AnyOf(alias, keys);
        var (scoped, parameters) = ScopeSql.Apply(sql.Replace(Token, match, StringComparison.Ordinal), scope, null);
        parameters.AddDynamicParams(values);
        return (scoped, parameters);
    }

    public static (string Sql, DynamicParameters Parameters) AnyOf(string alias, IReadOnlyList<VersionKey> keys)
    {
        var parameters = new DynamicParameters();
        var terms = new List<string>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            terms.Add($"({alias}.agency_id = @K{i}A AND {alias}.fiscal_year = @K{i}Y AND {alias}.version = @K{i}V)");
            parameters.Add($"K{i}A", keys[i].AgencyId);
            parameters.Add($"K{i}Y", keys[i].FiscalYear);
            parameters.Add($"K{i}V", keys[i].Version);
        }
        return ("(" + string.Join(" OR ", terms) + ")", parameters);
    }
}
