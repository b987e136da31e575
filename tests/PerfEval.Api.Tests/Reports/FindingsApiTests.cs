using System.Net;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Reports;

/// <summary>Findings are returned on PUT, stored per version, listed per region, and block submit only at error severity.</summary>
[Trait("Provider", "each")]
public sealed class FindingsApiTests(TestApp app) : IClassFixture<TestApp>
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "reports", name + ".json"));

    [Fact]
    public async Task Put_returns_the_findings_and_they_are_stored_with_the_version()
    {
        var admin = app.Client();
        var agency = "f-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, "430423");

        var put = await (await admin.PutReportAsync(agency, 2022, Fixture("hengshan-2022"))).ReadObjectAsync();

        var findings = put["findings"]!.AsArray();
        Assert.Contains(findings, f => f!["ruleId"]!.GetValue<string>() == "PE-UNIT-001" && f["pointers"]![0]!.GetValue<string>() == "/sanGong/actual/total/value");
        Assert.Equal(put["rulesetVersion"]!.GetValue<string>(), findings[0]!["rulesetVersion"]!.GetValue<string>());
        Assert.Equal(2, put["findingCounts"]!["errors"]!.GetValue<int>());

        var stored = await (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/2022/findings")).ReadObjectAsync();
        Assert.True(JsonNode.DeepEquals(findings, stored["findings"]));
        var report = await (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/2022")).ReadObjectAsync();
        Assert.Equal(2, report["findingCounts"]!["errors"]!.GetValue<int>());

        await admin.PutReportAsync(agency, 2022, Documents.Minimal(2022));
        var first = await (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/2022/findings?version=1")).ReadObjectAsync();
        var second = await (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/2022/findings")).ReadObjectAsync();
        Assert.Equal(findings.Count, first["findings"]!.AsArray().Count);
        Assert.Equal(2, second["version"]!.GetValue<int>());
        Assert.True(second["findings"]!.AsArray().Count < findings.Count);
    }

    [Fact]
    public async Task Submit_is_refused_with_the_findings_while_errors_exist_but_not_for_warnings()
    {
        var admin = app.Client();
        var withErrors = "e-" + Guid.NewGuid().ToString("N")[..8];
        var withWarnings = "w-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(withErrors, "430423");
        await admin.CreateAgencyAsync(withWarnings, "431102");
        await admin.PutReportAsync(withErrors, 2022, Fixture("hengshan-2022"));
        await admin.PutReportAsync(withWarnings, 2023, Fixture("lingling-2023"));

        var refused = await (await admin.PostAsync($"/api/v1/agencies/{withErrors}/reports/2022/submit", null)).AssertProblemAsync(HttpStatusCode.Conflict);
        var accepted = await admin.PostAsync($"/api/v1/agencies/{withWarnings}/reports/2023/submit", null);

        Assert.Contains(refused["findings"]!.AsArray(), f => f!["severity"]!.GetValue<string>() == "error");
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var status = await (await admin.GetAsync($"/api/v1/agencies/{withErrors}/reports/2022")).ReadObjectAsync();
        Assert.Equal("draft", status["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_region_reviewer_lists_which_agencies_have_which_problems_in_their_region_only()
    {
        var admin = app.Client();
        var hunan = "fh-" + Guid.NewGuid().ToString("N")[..8];
        var hebei = "fb-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(hunan, "430423");
        await admin.CreateAgencyAsync(hebei, "130110");
        await admin.PutReportAsync(hunan, 2022, Fixture("hengshan-2022"));
        await admin.PutReportAsync(hebei, 2022, Fixture("luquan-2022"));
        var (_, key) = await admin.CreateKeyAsync("region", "430000");
        var reviewer = app.Client(key);

        var errors = JsonNode.Parse(await reviewer.GetStringAsync("/api/v1/findings?fiscalYear=2022&severity=error"))!.AsArray();
        var units = JsonNode.Parse(await reviewer.GetStringAsync("/api/v1/findings?ruleId=PE-UNIT-001"))!.AsArray();

        Assert.Contains(errors, f => f!["agencyId"]!.GetValue<string>() == hunan);
        Assert.DoesNotContain(errors, f => f!["agencyId"]!.GetValue<string>() == hebei);
        Assert.All(errors, f => Assert.Equal("error", f!["finding"]!["severity"]!.GetValue<string>()));
        Assert.All(units, f => Assert.Equal("PE-UNIT-001", f!["finding"]!["ruleId"]!.GetValue<string>()));
        Assert.Contains(units, f => f!["agencyId"]!.GetValue<string>() == hunan);

        var (_, agencyKey) = await admin.CreateKeyAsync("agency", hunan);
        await (await app.Client(agencyKey).GetAsync("/api/v1/findings")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}
