using System.Data.Common;
using System.Net;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Api.Tests.Declarations;

/// <summary>
/// The declared-targets migration upgrades a database that already holds reports: the database is taken back to what
/// it was before the migration (its tables gone, its record removed), then migrated again, and the report stored before
/// is checked against a declaration approved after.
/// </summary>
[Trait("Provider", "each")]
public sealed class DeclarationMigrationTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Migration = "0018_declared_targets";

    [Fact]
    public async Task A_database_holding_reports_is_upgraded_and_its_reports_are_checked_against_new_declarations()
    {
        var admin = app.Client();
        var agency = "mg-" + Guid.NewGuid().ToString("N")[..10];
        await admin.CreateAgencyAsync(agency, "430423");
        Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(agency, 2022, DeclarationDriver.HengshanReport())).StatusCode);

        await using (var connection = Open())
        {
            await connection.OpenAsync();
            foreach (var table in new[] { "declared_scores", "declared_target_checks", "declaration_versions", "declarations" })
                await connection.ExecuteAsync($"DROP TABLE {table}");
            Assert.Equal(1, await connection.ExecuteAsync("DELETE FROM schema_migrations WHERE id = @Id", new { Id = Migration }));
        }
        var runner = app.Factory.Services.GetRequiredService<MigrationRunner>();
        Assert.False(await runner.IsUpToDateAsync(CancellationToken.None));

        Assert.Equal(1, await runner.MigrateAsync(CancellationToken.None));

        Assert.True(await runner.IsUpToDateAsync(CancellationToken.None));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/2022")).StatusCode);
        await admin.ApproveAsync(agency, 2022, DeclarationDriver.Hengshan());
        var check = await admin.WaitForCheckAsync(agency, 2022, reportVersion: 1);
        Assert.Empty(check["findings"]!.AsArray());
    }

    private DbConnection Open() => app.Provider == "postgres" ? new NpgsqlConnection(app.ConnectionString) : new SqliteConnection(app.ConnectionString);
}
