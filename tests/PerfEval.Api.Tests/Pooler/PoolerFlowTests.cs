using System.Net;
using System.Text;
using Npgsql;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Pooler;

/// <summary>
/// One report's whole life through PgBouncer in transaction pooling mode: PUT, workflow up to publication, the
/// Hangfire worker's derivations, then every read route that lives on derived data (dashboards, rankings, the change
/// feed, the export, the public API).
/// </summary>
public sealed class PoolerFlowTests(PoolerApp app) : IClassFixture<PoolerApp>
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task A_report_is_stored_derived_published_and_read_back_through_the_pooler()
    {
        Assert.Equal(PooledPostgresTestDatabase.PoolerPort, new NpgsqlConnectionStringBuilder(app.ConnectionString).Port);
        var admin = app.Client();
        var agency = "pb-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, "430423", "衡山县司法局");
        var created = await admin.PutReportAsync(agency, 2022, Documents.Minimal(2022, "衡山县司法局", total: 980m), idempotencyKey: "pb-" + agency);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var revised = await admin.PutReportAsync(agency, 2022, Documents.Minimal(2022, "衡山县司法局", total: 990m), ifMatch: created.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        foreach (var action in new[] { "submit", "accept" })
            await (await admin.PostAsync($"/api/v1/agencies/{agency}/reports/2022/{action}", null)).AssertSuccessAsync();
        await (await admin.PostAsync($"/api/v1/agencies/{agency}/reports/2022/publish", Json("{\"acknowledgeWarnings\":true}"))).AssertSuccessAsync();

        string last = "";
        await Eventually.HoldsAsync(async () =>
        {
            var rankings = await admin.GetAsync("/api/v1/dashboards/regions/430423/rankings?fiscalYear=2022&metric=finance.final.expenditure.total");
            last = await rankings.Content.ReadAsStringAsync();
            return rankings.StatusCode == HttpStatusCode.OK && last.Contains(agency, StringComparison.Ordinal) && last.Contains("990", StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(60), () => Task.FromResult(last));

        var score = await (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/2022/score")).ReadObjectAsync();
        Assert.Equal(2, score["version"]!.GetValue<int>());
        await (await admin.GetAsync("/api/v1/dashboards/regions/430423/summary?fiscalYear=2022")).AssertSuccessAsync();
        await (await admin.GetAsync($"/api/v1/dashboards/agencies/{agency}/timeseries")).AssertSuccessAsync();
        var feed = await (await admin.GetAsync("/api/v1/changes?limit=1000")).ReadObjectAsync();
        Assert.Contains(feed["items"]!.AsArray(), c => c!["agencyId"]!.GetValue<string>() == agency && c["kind"]!.GetValue<string>() == "version" && c["version"]!.GetValue<int>() == 2);
        var export = await admin.GetAsync("/api/v1/exports/reports?regionCode=430423&fiscalYear=2022&format=csv");
        await export.AssertSuccessAsync();
        Assert.Contains(agency, await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var published = await (await app.Client(apiKey: null).GetAsync($"/public/v1/agencies/{agency}/reports/2022")).ReadObjectAsync();
        Assert.Equal(2, published["version"]!.GetValue<int>());
    }
}
