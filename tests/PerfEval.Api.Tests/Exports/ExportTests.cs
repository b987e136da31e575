using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Dashboards;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Api.Tests.Jobs;

namespace PerfEval.Api.Tests.Exports;

/// <summary>The bulk export streams one NDJSON line (or CSV row) per current report of the region, with the body's SHA-256 as a trailer.</summary>
[Trait("Provider", "each")]
public sealed class ExportTests(ApiOnlyApp app) : IClassFixture<ApiOnlyApp>
{
    private readonly LedgerDriver _ledger = new(app);

    [Fact]
    public async Task Ndjson_has_one_line_per_current_report_with_the_document_as_sent_and_a_checksum()
    {
        var admin = app.Client();
        var agencies = await DashboardSeed.SeedAsync(admin, _ledger);
        var list = JsonNode.Parse(await admin.GetStringAsync("/api/v1/reports?regionCode=430000&fiscalYear=2022&limit=500"))!["items"]!.AsArray();

        var response = await admin.GetAsync("/api/v1/exports/reports?regionCode=430000&fiscalYear=2022", HttpCompletionOption.ResponseHeadersRead);
        await response.AssertSuccessAsync();
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Equal(list.Select(r => $"{r!["agencyId"]}/{r["fiscalYear"]}"), lines.Select(l => $"{l["agencyId"]}/{l["fiscalYear"]}"));

        var hengshan = lines.Single(l => l["agencyId"]!.GetValue<string>() == agencies.Hengshan);
        var stored = JsonNode.Parse(await admin.GetStringAsync($"/api/v1/agencies/{agencies.Hengshan}/reports/2022"))!;
        Assert.Equal(stored["document"]?.ToJsonString() ?? stored.ToJsonString(), hengshan["document"]!.ToJsonString());
        Assert.Equal("衡山县司法局", hengshan["agencyName"]!.GetValue<string>());
        Assert.NotNull(hengshan["score"]);

        Assert.True(response.TrailingHeaders.TryGetValues("X-Content-SHA256", out var checksum), "no checksum trailer");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), checksum.Single());
    }

    [Fact]
    public async Task Csv_of_the_headline_figures_opens_with_chinese_text_intact()
    {
        var admin = app.Client();
        await DashboardSeed.SeedAsync(admin, _ledger);
        var response = await admin.GetAsync("/api/v1/exports/reports?regionCode=430000&format=csv", HttpCompletionOption.ResponseHeadersRead);
        await response.AssertSuccessAsync();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("单位ID,单位名称,区划代码,年度", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(",零陵区司法局,431102,2023,", StringComparison.Ordinal));
        var count = JsonNode.Parse(await admin.GetStringAsync("/api/v1/reports?regionCode=430000&limit=500"))!["items"]!.AsArray().Count;
        Assert.Equal(count, lines.Length - 1);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), response.TrailingHeaders.GetValues("X-Content-SHA256").Single());
    }

    [Fact]
    public async Task Exports_need_a_region_within_the_callers_scope()
    {
        var admin = app.Client();
        await (await admin.GetAsync("/api/v1/exports/reports")).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await admin.GetAsync("/api/v1/exports/reports?regionCode=430000&format=xlsx")).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        var (_, key) = await admin.CreateKeyAsync("region", "430400");
        await (await app.Client(key).GetAsync("/api/v1/exports/reports?regionCode=130000")).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
