using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Tenancy;

/// <summary>
/// The tenant a matrix cell aims at: an agency with a 2022 report (version 1, draft), created fresh for the cell, in
/// the caller's own province (湖南 430000) or in another one (河北 130000).
/// </summary>
public sealed class MatrixTarget(HttpClient admin, string agencyId, string province, string county, string freshRegion)
{
    public const int Year = 2022;

    public string AgencyId { get; } = agencyId;
    public string Province { get; } = province;
    public string County { get; } = county;

    /// <summary>A region created for this cell under the province, for data keyed by region (deadline rules).</summary>
    public string FreshRegion { get; } = freshRegion;

    public static async Task<MatrixTarget> CreateAsync(HttpClient admin, bool own)
    {
        var (province, county) = own ? ("430000", "430423") : ("130000", "130110");
        var agency = (own ? "own-" : "other-") + Guid.NewGuid().ToString("N")[..10];
        await admin.CreateAgencyAsync(agency, county);
        Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(agency, Year, Documents.Minimal(Year))).StatusCode);
        var fresh = NextRegionCode(province);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/regions", new { code = fresh, name = "矩阵区", parentCode = province })).StatusCode);
        return new MatrixTarget(admin, agency, province, county, fresh);
    }

    /// <summary>Fills a route template's known parameters; {id} comes from the row.</summary>
    public string Fill(string template, string? id) => template
        .Replace("{agencyId}", AgencyId, StringComparison.Ordinal)
        .Replace("{fiscalYear}", Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{version}", "1", StringComparison.Ordinal)
        .Replace("{code}", County, StringComparison.Ordinal)
        .Replace("{id}", id ?? "", StringComparison.Ordinal);

    /// <summary>A route's other parameters (e.g. a new route's {publicationId}) take the row's Id.</summary>
    public string FillAll(string template, string? id) =>
        System.Text.RegularExpressions.Regex.Replace(Fill(template, id), @"\{[^}]+\}", id ?? "1");

    /// <summary>List routes are asked about the target's province, so "other" asks a region key about another region.</summary>
    public string Query(MatrixRow row) => row.Method != "GET" ? ""
        : row.Access is Access.RegionRead && row.Template.StartsWith("/api/v1/exports", StringComparison.Ordinal) ? $"?regionCode={Province}&fiscalYear={Year}"
        : row.Access is Access.RegionRead ? $"?fiscalYear={Year}&metric=score"
        : row.Access is Access.RegionList || row.Template == "/api/v1/agencies" ? "?regionCode=" + Province : "";

    public string ReportBody() => Documents.Minimal(Year, regionCode: County);

    /// <summary>A one-line bulk import batch: a new version of the target report.</summary>
    public HttpContent ImportBatch() =>
        new StringContent("{\"agencyId\":\"" + AgencyId + "\",\"fiscalYear\":" + Year + ",\"report\":" + ReportBody() + "}\n", System.Text.Encoding.UTF8, "application/x-ndjson");

    public string NewAgencyBody()
    {
        var id = "new-" + Guid.NewGuid().ToString("N")[..10];
        return $$"""{"id":"{{id}}","code":"{{id.ToUpperInvariant()}}","name":"矩阵单位","regionCode":"{{County}}"}""";
    }

    public string NewRegionBody() =>
        $$"""{"code":"{{NextRegionCode(Province)}}","name":"矩阵区","parentCode":"{{Province}}"}""";

    private static int _regionCodes = 5_000;

    /// <summary>
    /// Codes directly under the province from XX5001 up (consistent with it in GB/T 2260, unique in the test run and
    /// unused by the seeded tree, whose prefectures stop below 50; the hostile cases use XX99xx). Both databases' matrix
    /// cells draw from this counter, so it has room for about 4,000 cells before it would reach XX9000.
    /// </summary>
    private static string NextRegionCode(string province) =>
        province[..2] + Interlocked.Increment(ref _regionCodes).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A webhook registered with the admin key: only that key can see or delete it.</summary>
    public async Task<string> NewWebhookIdAsync()
    {
        var response = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://receiver.example/hook", events = new[] { "report.submitted" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["id"]!.GetValue<string>();
    }

    /// <summary>The 衡山 2022 自评表 workbook, as the import route takes it.</summary>
    /// <summary>The 零陵 2023 seed report as UTF-8 text, for the document import route.</summary>
    public static HttpContent SeedReportText() => DocumentImport.DocumentDriver.Body(DocumentImport.DocumentDriver.File("lingling-2023", "txt"), DocumentImport.DocumentDriver.Text);

    public static HttpContent DeclarationWorkbook() => Workbooks.WorkbookDriver.Xlsx(Workbooks.FixtureWorkbook.Load("hengshan-2022-绩效目标申报表").ToXlsx());

    public static HttpContent HengshanWorkbook() => Workbooks.WorkbookDriver.Xlsx(Workbooks.FixtureWorkbook.Load(Workbooks.FixtureWorkbook.Hengshan).ToXlsx());

    /// <summary>A new version of the target report with an indicator table (the route has no {id}).</summary>
    public async Task<string> IndicatorTableVersionAsync()
    {
        var document = JsonNode.Parse(ReportBody())!.AsObject();
        document["indicatorTables"] = JsonNode.Parse("""[{"title":"矩阵自评表","indicators":[{"level1":"产出指标","level3":"矩阵","weight":100}]}]""");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutReportAsync(AgencyId, Year, document.ToJsonString())).StatusCode);
        return "";
    }

    public async Task<string> NewKeyIdAsync() => (await admin.CreateKeyAsync("agency", AgencyId)).Id;

    /// <summary>Puts the target agency on the roster (so that removing it succeeds); the route has no {id}.</summary>
    public async Task<string> RosterEntryAsync()
    {
        var response = await admin.PutAsJsonAsync($"/api/v1/roster/{Year}/agencies/{AgencyId}", new { approvalDate = "2023-03-01" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return "";
    }

    public async Task<string> NewDeadlineRuleIdAsync()
    {
        var response = await admin.PostAsJsonAsync("/api/v1/deadline-rules", new { regionCode = FreshRegion, rule = "workingDaysAfterApproval", days = 20, basis = "矩阵" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    /// <summary>A fresh profile id per cell, so that each upload is a first revision.</summary>
    public string ProfileId { get; } = "matrix-" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>A valid profile applying to this cell's fresh region only (it has no reports: the upload owes no score).</summary>
    public string ProfileBody()
    {
        var profile = JsonNode.Parse(Profiles.ProfileApplicabilityTests.HunanProfile(regions: $"\"{FreshRegion}\""))!.AsObject();
        profile["id"] = ProfileId;
        return profile.ToJsonString();
    }

    public async Task<string> NewRescoreRunIdAsync()
    {
        var response = await admin.PostAsJsonAsync("/api/v1/admin/rescore", new { regionCode = Province });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }
    /// <summary>A small valid declaration (绩效目标申报) of the target year.</summary>
    public static string DeclarationBody() =>
        $$"""{"schemaVersion":"1.0","fiscalYear":{{Year}},"targetSets":[{"subject":"department","overallGoal":"矩阵目标","indicators":[{"level1":"产出指标","level2":"数量指标","level3":"矩阵场次","target":{"text":"≥6场","operator":">=","value":6,"unit":"场"},"weight":100}]}]}""";

    /// <summary>A draft declaration of the target agency's year (the route has no {id}).</summary>
    public async Task<string> DeclarationAsync()
    {
        using var content = new StringContent(DeclarationBody(), System.Text.Encoding.UTF8, "application/json");
        var response = await admin.PutAsync($"/api/v1/agencies/{AgencyId}/declarations/{Year}", content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return "";
    }

    /// <summary>The target agency's declaration, submitted and approved (so its report is checked against it).</summary>
    public async Task<string> ApprovedDeclarationAsync()
    {
        await DeclarationAsync();
        foreach (var step in new[] { "submit", "approve" })
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/agencies/{AgencyId}/declarations/{Year}/{step}", null)).StatusCode);
        return "";
    }
    /// <summary>Monitoring thresholds of the target year (one period, "1").</summary>
    public static string ThresholdsBody() =>
        $$"""{"source":"矩阵通知","periods":[{"period":"1","endsOn":"{{Year}}-06-30","minExecutionRate":40}]}""";

    /// <summary>A monitoring report of the target year's period "1".</summary>
    public static string MonitoringBody() =>
        $$$"""{"schemaVersion":"1.0","fiscalYear":{{{Year}}},"period":"1","fullYearBudget":{"value":100,"unit":"万元"},"executed":{"value":30,"unit":"万元"}}""";

    /// <summary>Thresholds set by the admin for the target's county; the route's remaining parameters are filled with the year.</summary>
    public async Task<string> ThresholdsAsync()
    {
        using var content = new StringContent(ThresholdsBody(), System.Text.Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsync($"/api/v1/regions/{County}/monitoring-thresholds/{Year}", content)).StatusCode);
        return "";
    }

    /// <summary>A monitoring report of the target agency for period "1" (returned: it fills {period}).</summary>
    public async Task<string> MonitoringAsync()
    {
        using var content = new StringContent(MonitoringBody(), System.Text.Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.Created, (await admin.PutAsync($"/api/v1/agencies/{AgencyId}/monitoring/{Year}/1", content)).StatusCode);
        return "1";
    }
}
