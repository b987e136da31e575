using Dapper;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using PerfEval.Infrastructure.Database;
using PerfEval.Infrastructure.Repositories;

namespace PerfEval.Api.Tests.Storage;

/// <summary>
/// Deferred writes share one command: each statement's parameters are renamed so that equal names do not collide,
/// each takes its own values, and the joined text is still valid SQL (proven for SQL Server by its own parser; the
/// PostgreSQL suites run every PUT through it).
/// </summary>
public sealed class DeferredWritesTests
{
    [Fact]
    public void Statements_with_the_same_parameter_names_keep_their_own_values()
    {
        var writes = new DeferredWrites();
        writes.Add("INSERT INTO t (a, b) VALUES (@AgencyId, @Version)", new { AgencyId = "零陵", Version = 1 });
        var second = new DynamicParameters();
        second.Add("AgencyId", "衡山");
        second.Add("Version", 2);
        writes.Add("UPDATE t SET b = @Version WHERE a = @AgencyId AND @@ROWCOUNT >= 0", second);

        var (sql, parameters) = writes.Take();

        Assert.Equal("INSERT INTO t (a, b) VALUES (@w0_AgencyId, @w0_Version);\nUPDATE t SET b = @w1_Version WHERE a = @w1_AgencyId AND @@ROWCOUNT >= 0;\n", sql);
        var lookup = (SqlMapper.IParameterLookup)parameters;
        Assert.Equal("零陵", lookup["w0_AgencyId"]);
        Assert.Equal(1, lookup["w0_Version"]);
        Assert.Equal("衡山", lookup["w1_AgencyId"]);
        Assert.Equal(2, lookup["w1_Version"]);
        Assert.Equal(0, writes.Count);
    }

    [Fact]
    public void A_parameter_the_values_do_not_name_is_refused_when_taken()
    {
        var writes = new DeferredWrites();
        writes.Add("INSERT INTO t (a) VALUES (@Missing)", new { AgencyId = "a" });
        Assert.Throws<InvalidOperationException>(() => writes.Take());
    }

    [Fact]
    public void A_list_of_parameter_objects_is_refused()
    {
        var writes = new DeferredWrites();
        Assert.Throws<InvalidOperationException>(() => writes.Add("INSERT INTO t (a) VALUES (@A)", new[] { new { A = 1 }, new { A = 2 } }));
    }

    private static readonly string InsertVersionSql = (string)typeof(ReportRepository)
        .GetField("InsertVersionSql", System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!.GetRawConstantValue()!;

    [Fact]
    public void The_writes_a_put_defers_join_into_one_valid_tsql_batch()
    {
        var dialect = new SqlServerDialect("Server=none", 30);
        var writes = new DeferredWrites();
        var at = DateTimeOffset.UnixEpoch;
        writes.Add(InsertVersionSql, new
        {
            AgencyId = "a", FiscalYear = 2022, Version = 1, Document = "{}", DocumentHash = "h", Metrics = "{}", RulesetVersion = "r",
            Errors = 0, Warnings = 0, Infos = 0, CreatedAt = at, CreatedBy = "k", Status = "draft",
        });
        writes.Add(dialect.RequeueDerivationsSql(DerivationLedger.YearSourceSelect), new { Kind = "dashboard", AgencyId = "a", FiscalYear = 2022, RunId = (string?)null, Now = at, DueAt = at });
        writes.Add(dialect.RequeueDerivationsSql(DerivationLedger.RosterSourceSelect),
            new { Kind = "publication", AgencyId = "a", FiscalYear = 2022, RegionPrefix = (string?)null, UnpublishedOnly = 0, RunId = (string?)null, Now = at, DueAt = at });

        var (sql, _) = writes.Take();

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}")) + "\n" + sql);
    }
}
