using Microsoft.SqlServer.TransactSql.ScriptDom;
using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;
using PerfEval.Infrastructure.Repositories;

namespace PerfEval.Api.Tests.ChangeFeed;

/// <summary>The feed query is assembled from dialect parts, so the SQL Server form is parsed here for every scope.</summary>
public sealed class ChangeFeedSqlTests
{
    [Fact]
    public void The_sql_server_feed_query_parses_for_each_scope_and_carries_the_scope_predicate()
    {
        var sql = ChangeLogRepository.ListSql(new SqlServerDialect("Server=none", 30));
        Assert.Contains(ScopeSql.Token, sql, StringComparison.Ordinal);
        Assert.Contains("MIN_ACTIVE_ROWVERSION()", sql, StringComparison.Ordinal);
        foreach (var scope in new[] { TenantScope.Admin("k"), TenantScope.Region("430000", "430000/", "k"), TenantScope.Agency("a", "k") })
        {
            var parser = new TSql160Parser(initialQuotedIdentifiers: true);
            using var reader = new StringReader(ScopeSql.Apply(sql, scope, null).Sql);
            parser.Parse(reader, out var errors);
            Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => e.Message)) + "\n" + sql);
        }
    }
}
