using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Errors;

/// <summary>
/// The classes an outside probe found passing, each refused by one policy: free text, region code levels, JSON media
/// types and webhook targets (422 with a pointer or 415, nothing written).
/// </summary>
[Trait("Provider", "each")]
public sealed class HardeningTests(TestApp app) : IClassFixture<TestApp>
{
    private static StringContent Json(string body, string mediaType = "application/json")
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", mediaType);
        return content;
    }

    private static async Task<string> NewAgencyAsync(HttpClient admin)
    {
        var agency = "hd-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, "430423");
        return agency;
    }

    [Theory]
    [InlineData("衡山\u202E局")]
    [InlineData("名称\u2067")]
    [InlineData("单位\uFFFF")]
    [InlineData("\uFDD0单位")]
    [InlineData("单位\u0085")]
    public async Task Names_outside_the_text_policy_are_422_and_nothing_is_stored(string name)
    {
        var admin = app.Client();
        var before = await RowCounts.ReadAsync(app);
        var agency = await admin.PostAsJsonAsync("/api/v1/agencies", new { code = "HD-" + Guid.NewGuid().ToString("N")[..6], name, regionCode = "430423" });
        Assert.Equal(["/name"], (await agency.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorPointers());
        var key = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name, role = "admin" });
        Assert.Equal(["/name"], (await key.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorPointers());
        Assert.Equal(before, await RowCounts.ReadAsync(app));
    }

    [Theory]
    [InlineData("请补充\u0000说明")]
    [InlineData("\u0007响铃")]
    [InlineData("覆盖\u202D文本")]
    [InlineData("非字符\uFFFE")]
    public async Task A_workflow_reason_outside_the_text_policy_is_422_and_the_report_does_not_move(string reason)
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin);
        await (await admin.PutReportAsync(agency, 2022, Documents.Minimal(2022))).AssertSuccessAsync();
        await (await admin.PostAsync($"/api/v1/agencies/{agency}/reports/2022/submit", null)).AssertSuccessAsync();

        var refused = await admin.PostAsJsonAsync($"/api/v1/agencies/{agency}/reports/2022/return", new { reason });
        Assert.Equal(["/reason"], (await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorPointers());
        var report = JsonNode.Parse(await admin.GetStringAsync($"/api/v1/agencies/{agency}/reports/2022"))!;
        Assert.Equal("submitted", report["status"]?.GetValue<string>() ?? report["workflowState"]!.GetValue<string>());

        // Line breaks are allowed in a reason.
        await (await admin.PostAsJsonAsync($"/api/v1/agencies/{agency}/reports/2022/return", new { reason = "请补充：\n1. 绩效目标" })).AssertSuccessAsync();
    }

    [Theory]
    [InlineData("ＨＳ-ＳＦＪ")]
    [InlineData("Ａ１")]
    [InlineData("E\u0301-1")]
    public async Task An_agency_code_in_full_width_or_not_in_nfc_is_422(string code)
    {
        var response = await app.Client().PostAsJsonAsync("/api/v1/agencies", new { code, name = "测试单位", regionCode = "430423" });
        Assert.Equal(["/code"], (await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorPointers());
    }

    [Theory]
    [InlineData("000000", "430000", "/code")]
    [InlineData("000000", null, "/code")]
    [InlineData("430477", "430423", "/parentCode")]
    [InlineData("449977", "430000", "/code")]
    [InlineData("430577", "430400", "/code")]
    [InlineData("437700", "430400", "/code")]
    [InlineData("439977", null, "/code")]
    public async Task Reserved_and_level_inconsistent_region_codes_are_422(string code, string? parentCode, string pointer)
    {
        var admin = app.Client();
        var before = await RowCounts.ReadAsync(app);
        var response = await admin.PostAsJsonAsync("/api/v1/regions", new { code, name = "测试区", parentCode });
        Assert.Equal([pointer], (await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorPointers());
        Assert.Equal(before, await RowCounts.ReadAsync(app));
    }

    [Fact]
    public async Task Region_codes_consistent_with_their_parent_are_created_at_the_next_level()
    {
        var admin = app.Client();
        var prefecture = await (await admin.PostAsJsonAsync("/api/v1/regions", new { code = "139800", name = "测试地区", parentCode = "130000" })).ReadObjectAsync();
        Assert.Equal(2, prefecture["level"]!.GetValue<int>());
        var county = await admin.PostAsJsonAsync("/api/v1/regions", new { code = "139801", name = "测试县", parentCode = "139800" });
        Assert.Equal(HttpStatusCode.Created, county.StatusCode);
        var direct = await admin.PostAsJsonAsync("/api/v1/regions", new { code = "139901", name = "省直辖测试市", parentCode = "130000" });
        Assert.Equal(HttpStatusCode.Created, direct.StatusCode);
    }

    [Theory]
    [InlineData("application/json-patch+json")]
    [InlineData("application/merge-patch+json")]
    [InlineData("application/problem+json")]
    [InlineData("application/vnd.api+json")]
    [InlineData("application/json; charset=utf-8; profile=\"x\"")]
    [InlineData("application/json; charset=latin1")]
    public async Task A_report_body_in_another_media_type_is_415_and_nothing_is_stored(string mediaType)
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin);
        var response = await admin.PutAsync($"/api/v1/agencies/{agency}/reports/2022", Json(Documents.Minimal(2022), mediaType));
        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(0, await admin.VersionCountAsync(agency, 2022));
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON; Charset=UTF-8")]
    public async Task A_report_body_as_application_json_is_accepted(string mediaType)
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin);
        Assert.Equal(HttpStatusCode.Created, (await admin.PutAsync($"/api/v1/agencies/{agency}/reports/2022", Json(Documents.Minimal(2022), mediaType))).StatusCode);
    }

    [Theory]
    [InlineData("http://[64:ff9b::a9fe:a9fe]/latest/meta-data")]
    [InlineData("http://[2002:c0a8:101::1]/hook")]
    [InlineData("http://[::ffff:10.0.0.1]/hook")]
    [InlineData("http://10.0.0.1./hook")]
    [InlineData("http://metadata.google.internal/computeMetadata/v1")]
    [InlineData("http://printer.local/hook")]
    [InlineData("http://router.home.arpa/hook")]
    [InlineData("http://localhost.localdomain/hook")]
    [InlineData("https://receiver.example/hook\n")]
    [InlineData("\thttps://receiver.example/hook")]
    [InlineData("https://receiver.example:0/hook")]
    public async Task A_webhook_target_inside_or_malformed_is_422_at_url_and_nothing_is_stored(string url)
    {
        var admin = app.Client();
        var before = await WebhookCountAsync(admin);
        var response = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url, events = new[] { "report.submitted" } });
        Assert.Equal(["/url"], (await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorPointers());
        Assert.Equal(before, await WebhookCountAsync(admin));
    }

    [Fact]
    public async Task A_webhook_url_is_stored_normalised_and_events_are_listed_once()
    {
        var admin = app.Client();
        var created = await (await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = "HTTPS://Receiver.EXAMPLE.:443/Perf?x=Y", events = new[] { "report.submitted" } })).ReadObjectAsync();
        Assert.Equal("https://receiver.example/Perf?x=Y", created["url"]!.GetValue<string>());

        var twice = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://receiver.example/a", events = new[] { "report.submitted", "report.published", "report.submitted" } });
        Assert.Equal(["/events/2"], (await twice.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorPointers());
        var huge = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://receiver.example/a", events = Enumerable.Repeat("report.submitted", 1000) });
        Assert.Equal(["/events"], (await huge.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorPointers());
    }

    private static async Task<int> WebhookCountAsync(HttpClient admin)
    {
        var list = JsonNode.Parse(await admin.GetStringAsync("/api/v1/webhooks"))!;
        return (list as JsonArray ?? list["items"]!.AsArray()).Count;
    }
}
