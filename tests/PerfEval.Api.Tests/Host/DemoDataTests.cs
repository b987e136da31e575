using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Declarations;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Host;

public sealed class DemoApp : PerfEvalApp<ProviderTestDatabase>
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["PerfEval:Demo:Enabled"] = "true" };
}

/// <summary>The embedded default on an empty database shows real data at once: five agencies and their reports.</summary>
[Trait("Provider", "each")]
public sealed class DemoDataTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task An_empty_database_gets_the_five_demo_agencies_and_their_reports()
    {
        var page = JsonNode.Parse(await app.Client().GetStringAsync("/api/v1/reports?limit=50"))!["items"]!.AsArray();

        Assert.Equal(["haizhu-sfj", "hengshan-sfj", "lingling-sfj", "luquan-sfj", "lusong-sfj"], page.Select(r => r!["agencyId"]!.GetValue<string>()));
        var hengshan = await (await app.Client().GetAsync("/api/v1/agencies/hengshan-sfj/reports/2022")).ReadObjectAsync();
        Assert.Equal("衡山县司法局", hengshan["document"]!["agency"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_demo_roster_has_every_report_year_and_one_report_goes_through_to_publication()
    {
        var client = app.Client();
        var statuses = new Dictionary<string, string>();
        foreach (var year in new[] { 2022, 2023, 2024 })
            foreach (var entry in JsonNode.Parse(await client.GetStringAsync($"/api/v1/roster/{year}"))!.AsArray())
                statuses[$"{entry!["agencyId"]!.GetValue<string>()}/{year}"] = entry["approvalDate"]!.GetValue<string>();
        Assert.Equal(["haizhu-sfj/2022", "hengshan-sfj/2022", "lingling-sfj/2023", "luquan-sfj/2022", "lusong-sfj/2024"], statuses.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("2024-06-30", statuses["lingling-sfj/2023"]);

        var history = JsonNode.Parse(await client.GetStringAsync("/api/v1/agencies/lingling-sfj/reports/2023/history"))!.AsArray();
        Assert.Equal(["draft", "submitted", "accepted", "published"], history.Select(h => h!["toState"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, (await app.Client(null).GetAsync("/public/v1/agencies/lingling-sfj/reports/2023")).StatusCode);
    }

    [Fact]
    public async Task Each_demo_agency_has_an_approved_declaration_and_a_june_monitoring_report_and_the_changed_target_is_flagged()
    {
        var client = app.Client();
        foreach (var (agency, year) in new[] { ("haizhu-sfj", 2022), ("hengshan-sfj", 2022), ("lingling-sfj", 2023), ("luquan-sfj", 2022), ("lusong-sfj", 2024) })
        {
            var declaration = await (await client.GetAsync($"/api/v1/agencies/{agency}/declarations/{year}/approved")).ReadObjectAsync();
            Assert.NotEmpty(declaration["document"]!["targetSets"]![0]!["indicators"]!.AsArray());
            var june = await (await client.GetAsync($"/api/v1/agencies/{agency}/monitoring/{year}/06")).ReadObjectAsync();
            Assert.Equal(40m, june["minExecutionRate"]!.GetValue<decimal>());
            Assert.Equal(agency == "luquan-sfj", june["belowThreshold"]!.GetValue<bool>());
        }
        var luquan = await (await client.GetAsync("/api/v1/agencies/luquan-sfj/declarations/2022/approved")).ReadObjectAsync();
        Assert.Contains(luquan["document"]!["targetSets"]![0]!["indicators"]!.AsArray(), i => i!["level3"]!.GetValue<string>() == "聘请专职调解员");

        var check = await client.WaitForCheckAsync("hengshan-sfj", 2022, reportVersion: 1);
        var lowered = check["findings"]!.AsArray().Single(f => f!["ruleId"]!.GetValue<string>() == "PE-DCL-001")!;
        Assert.NotEmpty(lowered["reportPointers"]!.AsArray());
        Assert.NotEmpty(lowered["declarationPointers"]!.AsArray());
        var summary = await (await client.GetAsync("/api/v1/dashboards/regions/130000/monitoring?fiscalYear=2022&period=06")).ReadObjectAsync();
        Assert.Equal(1, summary["belowThreshold"]!.GetValue<int>());
        Assert.Equal(1, summary["atRiskIndicators"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_app_page_and_its_chart_library_are_served_by_the_host()
    {
        var anonymous = app.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var redirect = await anonymous.GetAsync("/app");
        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.Equal("/app/", redirect.Headers.Location!.OriginalString);

        var page = await anonymous.GetAsync("/app/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("部门整体支出绩效自评看板", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var library = await anonymous.GetAsync("/app/vendor/echarts.min.js");
        Assert.Equal(HttpStatusCode.OK, library.StatusCode);
        Assert.Equal("text/javascript", library.Content.Headers.ContentType!.MediaType);
        Assert.True(library.Content.Headers.ContentLength > 500_000);
    }

    [Fact]
    public async Task The_hangfire_dashboard_is_for_admin_keys_only()
    {
        var admin = app.Client();
        var (_, regionKey) = await admin.CreateKeyAsync("region", "430000");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client(null).GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Client(regionKey).GetAsync("/hangfire")).StatusCode);
    }
}
