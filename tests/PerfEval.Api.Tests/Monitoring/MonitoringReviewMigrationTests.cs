using System.Net;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Declarations;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Monitoring;

/// <summary>
/// The monitoring-review migration upgrades a database that already holds reports and monitoring versions: taken back
/// to before it (the heads table gone, its record removed) and migrated again, each stored period gets a draft head at
/// its latest version, so If-Match and review work on what was stored before.
/// </summary>
[Trait("Provider", "each")]
public sealed class MonitoringReviewMigrationTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Migration = "0021_monitoring_review";

    [Fact]
    public async Task A_database_holding_reports_and_monitoring_versions_is_upgraded_with_a_head_per_period()
    {
        var admin = app.Client();
        var agency = "mm-" + Guid.NewGuid().ToString("N")[..10];
        await admin.CreateAgencyAsync(agency, "430423");
        Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(agency, 2022, DeclarationDriver.HengshanReport())).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PutPeriodAsync(agency, 2022, "06", MonitoringDriver.Period(2022, "06", 300m))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutPeriodAsync(agency, 2022, "06", MonitoringDriver.Period(2022, "06", 350m))).StatusCode);

        await app.RewindAndMigrateAsync(Migration, "monitoring_reports");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/2022")).StatusCode);
        var read = await (await admin.GetAsync($"/api/v1/agencies/{agency}/monitoring/2022/06")).ReadObjectAsync();
        Assert.Equal(2, read["version"]!.GetValue<int>());
        Assert.Equal("draft", read["status"]!.GetValue<string>());
        await (await admin.PutPeriodAsync(agency, 2022, "06", MonitoringDriver.Period(2022, "06", 360m), ifMatch: "\"1\"")).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await admin.PeriodStepAsync(agency, 2022, "06", "submit", ifMatch: "\"2\"")).AssertSuccessAsync();
        var approved = await (await admin.PeriodStepAsync(agency, 2022, "06", "approve")).ReadObjectAsync();
        Assert.Equal(2, approved["approvedVersion"]!.GetValue<int>());
        Assert.Equal(2, JsonNode.Parse(await admin.GetStringAsync($"/api/v1/agencies/{agency}/monitoring/2022/06/versions"))!.AsArray().Count);
    }
}
