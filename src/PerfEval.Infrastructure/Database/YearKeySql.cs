using Dapper;
using PerfEval.Application.Abstractions;

namespace PerfEval.Infrastructure.Database;

/// <summary>A predicate matching any of a set of report years, portable across dialects (no row-value IN).</summary>
public static class YearKeySql
{
    /// <summary>The token a batch query carries where the predicate goes.</summary>
    public const string Token = "{years}";

    public static (string Sql, DynamicParameters Parameters) AnyOf(string alias, IReadOnlyCollection<ReportYear> years)
    {
        var parameters = new DynamicParameters();
        var terms = new List<string>(years.Count);
        var i = 0;
        foreach (var year in years)
        {
            terms.Add($"({alias}.agency_id = @Y{i}A AND {alias}.fiscal_year = @Y{i}Y)");
            parameters.Add($"Y{i}A", year.AgencyId);
            parameters.Add($"Y{i}Y", year.FiscalYear);
            i++;
        }
        return ("(" + string.Join(" OR ", terms) + ")", parameters);
    }

    /// <summary>Expands <see cref="Token"/> in a scoped batch query and applies the caller's scope.</summary>
    public static (string Sql, DynamicParameters Parameters) Apply(string sql, string alias, IReadOnlyCollection<ReportYear> years, TenantScope scope)
    {
        var (match, values) = AnyOf(alias, years);
        var (scoped, parameters) = ScopeSql.Apply(sql.Replace(Token, match, StringComparison.Ordinal), scope, null);
        parameters.AddDynamicParams(values);
        return (scoped, parameters);
    }
}
