using Microsoft.SqlServer.TransactSql.ScriptDom;
using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;
using PerfEval.Infrastructure.Repositories;

namespace PerfEval.Api.Tests.Storage;

/// <summary>
/// The bulk import's SQL Server statements (multi-row VALUES per chunk) parse with Microsoft's T-SQL parser for every
/// scope, and its head writes carry the scope predicate, like every other statement PerfEval would send to SQL Server.
/// </summary>
public sealed class ImportSqlTests
{
    private static readonly TenantScope[] Scopes = [TenantScope.Admin("k"), TenantScope.Region("430000", "430000/", "k"), TenantScope.Agency("a", "k")];

    public static TheoryData<string, string> ScopedStatements() => new()
    {
        { "InsertHeads", SqlServerImportSql.InsertHeads(3) },
        { "AdvanceHeads", SqlServerImportSql.AdvanceHeads(3) },
        // Dapper expands "IN @List" into one parameter per item for SQL Server.
        { "FindAgencies", ReportImportRepository.FindAgenciesSql.Replace("{in} @AgencyIds", "IN (@AgencyIds1, @AgencyIds2)", StringComparison.Ordinal) },
    };

    [Theory]
    [MemberData(nameof(ScopedStatements))]
    public void Scoped_statements_parse_as_tsql_for_each_scope_and_carry_the_scope(string name, string sql)
    {
        Assert.Contains(ScopeSql.Token, sql);
        foreach (var scope in Scopes) AssertParses(ScopeSql.Apply(sql, scope, null).Sql, $"{name} ({scope.Role})");
    }

    [Fact]
    public void Unscoped_statements_parse_as_tsql()
    {
        var dialect = new SqlServerDialect("Server=none", 30);
        AssertParses(SqlServerImportSql.InsertTransitions(3), "InsertTransitions");
        AssertParses(ReportImportRepository.FindResponsesSql.Replace("{in} @Keys", "IN (@Keys1, @Keys2)", StringComparison.Ordinal), "FindResponses");
        var years = "SELECT @A0 AS agency_id, @Y0 AS fiscal_year UNION ALL SELECT @A1 AS agency_id, @Y1 AS fiscal_year";
        AssertParses(dialect.RequeueDerivationsSql(ReportImportRepository.RosterYearsSourceSelect.Replace("{years}", years, StringComparison.Ordinal)), "RequeueRoster");
        AssertParses(dialect.InsertManyIfAbsent("idempotency_keys", ["scope_key", "idempotency_key", "request_hash", "created", "body", "created_at"],
            ["scope_key", "idempotency_key"], 3), "InsertResponses");
        AssertParses($"INSERT INTO report_versions (agency_id, fiscal_year, version) VALUES {OnConflictSql.RowValues(3, 2)}", "InsertVersions");
    }

    private static void AssertParses(string sql, string name)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}"))}\n{sql}");
    }
}
