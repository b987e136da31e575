using System.Reflection;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;
using PerfEval.Infrastructure.Repositories;

namespace PerfEval.Api.Tests.Storage;

/// <summary>
/// No SQL Server runs on these machines, so every statement PerfEval would send to one is proven to parse with
/// Microsoft's own T-SQL parser, and every tenant query is proven to carry the scope predicate.
/// </summary>
public sealed class SqlDialectTests
{
    private static readonly Type[] RepositoryTypes =
        [typeof(RegionRepository), typeof(AgencyRepository), typeof(ApiKeyRepository), typeof(ReportRepository), typeof(IdempotencyRepository), typeof(DerivationLedger), typeof(ScoringRepository),
         typeof(WorkflowRepository), typeof(RosterRepository), typeof(DeadlineRuleRepository), typeof(HolidayRepository), typeof(PublicReportRepository), typeof(YoyRepository), typeof(RescoreRepository),
         typeof(WebhookSubscriptionRepository), typeof(WebhookOutbox),
         typeof(ChangeLogRepository), typeof(DashboardRepository), typeof(ReportExportRepository), typeof(DerivationBacklog),
         typeof(AgencyCodeKeys), typeof(DeclarationRepository), typeof(MonitoringRepository), typeof(ProfileRepository), typeof(ReportAuditRepository),
         typeof(MonitoringAssessmentRepository), typeof(RegionTotalsRepository)];

    public static TheoryData<string, string> RepositoryStatements()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in RepositoryTypes)
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public).Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name.EndsWith("Sql", StringComparison.Ordinal) || f.Name.EndsWith("SqlTemplate", StringComparison.Ordinal)))
                data.Add($"{type.Name}.{field.Name}", (string)field.GetRawConstantValue()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(RepositoryStatements))]
    public void Every_repository_statement_parses_as_tsql_for_each_scope(string name, string sql)
    {
        var dialect = new SqlServerDialect("Server=none", 30);
        if (name.EndsWith("SqlTemplate", StringComparison.Ordinal)) sql += dialect.Limit("@Limit");
        sql = ExpandBatchKeys(sql);
        var scopes = sql.Contains(ScopeSql.Token, StringComparison.Ordinal)
            ? new[] { TenantScope.Admin("k"), TenantScope.Region("430000", "430000/", "k"), TenantScope.Agency("a", "k") }
            : [TenantScope.System];

        foreach (var scope in scopes)
        {
            var expanded = sql.Contains(ScopeSql.Token, StringComparison.Ordinal) ? ScopeSql.Apply(sql, scope, null).Sql : sql;
            AssertParses(expanded, name);
        }
    }

    [Fact]
    public void Sql_server_migrations_and_dialect_statements_parse()
    {
        var dialect = new SqlServerDialect("Server=none", 30);
        var scripts = MigrationRunner.ScriptsFor(dialect);
        Assert.NotEmpty(scripts);
        foreach (var script in scripts) AssertParses(script.Sql, script.Id);
        AssertParses(dialect.ClaimDerivationsSql, nameof(dialect.ClaimDerivationsSql));
        AssertParses(dialect.RequeueDerivationsSql(DerivationLedger.RescoreSourceSelect.Replace("{kinds}", "SELECT @Kind0 AS kind UNION ALL SELECT @Kind1 AS kind", StringComparison.Ordinal)),
            nameof(dialect.RequeueDerivationsSql));
        AssertParses(dialect.MigrationLockSql!, nameof(dialect.MigrationLockSql));
        AssertParses(dialect.CreateMigrationsTableSql, nameof(dialect.CreateMigrationsTableSql));
        AssertParses(dialect.ClaimWebhookDeliveriesSql, nameof(dialect.ClaimWebhookDeliveriesSql));
        AssertParses(WebhookOutbox.InsertEventSql(dialect), nameof(WebhookOutbox.InsertEventSql));
        AssertParses(dialect.RequeueDerivationsSql(DeclarationRepository.ApprovedYearSourceSelect), nameof(DeclarationRepository.ApprovedYearSourceSelect));
        AssertParses(dialect.RequeueDerivationsSql(DerivationLedger.ReportYearSourceSelect), nameof(DerivationLedger.ReportYearSourceSelect));
        AssertParses(dialect.RequeueDerivationsSql(MonitoringAssessmentRepository.AgencyYearSourceSelect), nameof(MonitoringAssessmentRepository.AgencyYearSourceSelect));
        AssertParses(dialect.RequeueDerivationsSql(MonitoringAssessmentRepository.RegionYearSourceSelect), nameof(MonitoringAssessmentRepository.RegionYearSourceSelect));
        var applies = new Domain.Scoring.ProfileApplicability { Regions = ["430000", "440100"], FromYear = 2020, ToYear = 2024, Sectors = ["教育"] };
        AssertParses(dialect.RequeueDerivationsSql(DerivationLedger.RescoreSourceSelect.Replace("{kinds}", "SELECT @Kind0 AS kind", StringComparison.Ordinal)
            + DerivationLedger.ApplicableSql(applies, new Dapper.DynamicParameters())), nameof(DerivationLedger.ApplicableSql));
        var keys = dialect.JsonObjectKeys("f.metrics", "mk");
        foreach (var scope in new[] { TenantScope.Admin("k"), TenantScope.Region("430000", "430000/", "k") })
        {
            AssertParses(ScopeSql.Apply(DashboardRepository.ValuesSql("NULL", dialect.JsonNumberText("f.metrics", "@Metric")), scope, null).Sql, "DashboardRepository.ValuesSql");
            AssertParses(ScopeSql.Apply(DashboardRepository.MetricKeysSql(keys.Join, keys.Key), scope, null).Sql, "DashboardRepository.MetricKeysSql");
        }
        string[] columns = ["agency_id", "fiscal_year", "result"];
        AssertParses(dialect.InsertIfAbsent("score_results", columns, ["agency_id", "fiscal_year"]), "InsertIfAbsent");
        AssertParses(dialect.Upsert("yoy_results", columns, ["agency_id", "fiscal_year"]), "Upsert");
        AssertParses(dialect.UpsertMany("yoy_results", columns, ["agency_id", "fiscal_year"], 3), "UpsertMany");
        AssertParses(dialect.UpsertMany("region_totals", ["region_path", "fiscal_year", "measure", "item", "amount", "changed_at"],
            ["region_path", "fiscal_year", "measure", "item"], 3, ["amount"]), "UpsertMany adding");
        AssertParses(dialect.InsertManyIfAbsent("score_results", columns, ["agency_id", "fiscal_year"], 3), "InsertManyIfAbsent");
    }

    /// <summary>Batch queries carry a key-set token; two keys stand in for the set a worker's batch expands. A list
    /// membership token becomes what Dapper sends SQL Server for <c>IN @List</c>: one parameter per item.</summary>
    private static string ExpandBatchKeys(string sql)
    {
        ReportYear[] years = [new("a", 2022), new("b", 2023)];
        VersionKey[] versions = [new("a", 2022, 1), new("b", 2023, 2)];
        return System.Text.RegularExpressions.Regex.Replace(sql, @"\{in\} @(\w+)", "IN (@$1_1, @$1_2)")
            .Replace(YearKeySql.Token, YearKeySql.AnyOf("t", years).Sql, StringComparison.Ordinal)
            .Replace(VersionKeySql.Token, VersionKeySql.AnyOf("t", versions).Sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_dialect_has_the_same_migrations()
    {
        ISqlDialect[] dialects = [new SqliteDialect("Data Source=none", 30), new PostgresDialect(Npgsql.NpgsqlDataSource.Create("Host=none"), 30), new SqlServerDialect("Server=none", 30)];
        var ids = dialects.Select(d => string.Join(",", MigrationRunner.ScriptsFor(d).Select(s => s.Id))).Distinct().ToList();
        Assert.Single(ids);
    }

    /// <summary>Statements that run only for the platform itself (jobs), never on behalf of a caller.</summary>
    /// Agency codes are unique platform-wide, so their existence check (admin only) is deliberately unscoped.
    /// The ledger's claim-side statements serve the workers, which act for the platform; rescore runs are admin-only.
    private static readonly string[] SystemOnly =
        ["AgencyRepository.CodeExistsSql", "DerivationLedger.ListClaimedSql", "DerivationLedger.CountInFlightSql", "DerivationLedger.CountRunSql", "DerivationBacklog.BacklogSql",
         "PublicReportRepository.FindSql", "PublicReportRepository.ListSqlTemplate", "PublicReportRepository.RetractionSql", "PublicReportRepository.ScoresSql",
         "AgencyCodeKeys.MissingSql", "DeclarationRepository.ListApprovedSql",
         "MonitoringAssessmentRepository.ListCurrentVersionsSql", "MonitoringAssessmentRepository.ListStoredSql",
         // The region totals' writer (the dashboard derivation) and its rebuild read the facts they replace, for the platform.
         "RegionTotalsRepository.PlacedFactsSql", "RegionTotalsRepository.AllPlacedFactsSql"];

    private static readonly string[] TenantTables =
        ["reports", "report_versions", "report_findings", "agencies", "derivations", "score_results", "yoy_results", "report_transitions", "roster_entries",
         "declarations", "declaration_versions", "declared_target_checks", "declared_scores", "monitoring_versions", "monitoring_reports", "report_audits",
         "monitoring_assessments", "region_totals"];

    [Theory]
    [MemberData(nameof(RepositoryStatements))]
    public void Reads_of_tenant_tables_and_writes_to_report_heads_carry_the_scope_predicate(string name, string sql)
    {
        var reads = sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
            && TenantTables.Any(t => sql.Contains($"FROM {t} ", StringComparison.Ordinal) || sql.Contains($"JOIN {t} ", StringComparison.Ordinal));
        var headWrites = sql.Contains("UPDATE reports ", StringComparison.Ordinal) || sql.Contains("INSERT INTO reports ", StringComparison.Ordinal);
        if ((reads || headWrites) && !SystemOnly.Contains(name))
            Assert.True(sql.Contains(ScopeSql.Token, StringComparison.Ordinal), $"{name} touches tenant rows without {ScopeSql.Token}.");
        else
            Assert.False(reads && !SystemOnly.Contains(name));
    }

    [Theory]
    [MemberData(nameof(RepositoryStatements))]
    public void Public_reads_are_restricted_to_published_reports_and_history_is_never_rewritten(string name, string sql)
    {
        if (name.StartsWith(nameof(PublicReportRepository) + ".", StringComparison.Ordinal))
            Assert.Contains(PublicReportRepository.PublishedPredicate, sql, StringComparison.Ordinal);
        Assert.DoesNotContain("UPDATE report_transitions", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("DELETE FROM report_transitions", sql, StringComparison.Ordinal);
    }

    /// <summary>The heads of declarations and of monitoring reports share one set of statements, expanded per table.</summary>
    [Theory]
    [InlineData("declarations", false)]
    [InlineData("monitoring_reports", true)]
    public void Review_head_statements_parse_for_each_scope_and_carry_the_scope_predicate(string table, bool periodic)
    {
        foreach (var (name, sql) in ReviewHeadTable.Statements(table, periodic))
        {
            Assert.Contains(ScopeSql.Token, sql, StringComparison.Ordinal);
            Assert.Contains(table, sql, StringComparison.Ordinal);
            Assert.Equal(periodic, sql.Contains("@Period", StringComparison.Ordinal));
            foreach (var scope in new[] { TenantScope.Admin("k"), TenantScope.Region("430000", "430000/", "k"), TenantScope.Agency("a", "k") })
                AssertParses(ScopeSql.Apply(sql, scope, null).Sql, $"{table}.{name}");
        }
    }

    [Fact]
    public void A_tenant_query_without_the_token_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => ScopeSql.Apply("SELECT * FROM reports", TenantScope.Agency("a", "k"), null));
    }

    private static void AssertParses(string sql, string name)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}"))}\n{sql}");
    }
}
