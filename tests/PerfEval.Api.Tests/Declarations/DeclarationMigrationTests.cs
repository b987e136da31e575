using System.Net;
using PerfEval.Api.Tests.Infrastructure;

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

        await app.RewindAndMigrateAsync(Migration, "declared_scores", "declared_target_checks", "declaration_versions", "declarations");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/2022")).StatusCode);
        await admin.ApproveAsync(agency, 2022, DeclarationDriver.Hengshan());
        var check = await admin.WaitForCheckAsync(agency, 2022, reportVersion: 1);
        Assert.Empty(check["findings"]!.AsArray());
    }
}
