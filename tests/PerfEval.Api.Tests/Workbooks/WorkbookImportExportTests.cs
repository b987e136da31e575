using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Api.Tests.Jobs;

namespace PerfEval.Api.Tests.Workbooks;

/// <summary>
/// The 衡山 2022 自评表 as the agency filled it in Excel goes in through the import route to the fixture's figures, and
/// the stored fixture comes back out of the export route as the same workbook; a differently laid-out workbook imports too.
/// </summary>
[Trait("Provider", "each")]
public sealed class WorkbookImportExportTests(ApiOnlyApp app) : IClassFixture<ApiOnlyApp>
{
    private const int Year = 2022;

    [Fact]
    public async Task The_hengshan_workbook_imports_to_the_fixture_table_with_each_cell_mapped_and_nothing_stored()
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin);
        var (_, key) = await admin.CreateKeyAsync("agency", agency);

        var response = await app.Client(key).ImportAsync(agency, Year, FixtureWorkbook.Load(FixtureWorkbook.Hengshan).ToXlsx());

        await response.AssertSuccessAsync();
        var body = await response.ReadObjectAsync();
        var document = body["document"]!;
        Assert.True(JsonNode.DeepEquals(WorkbookDriver.HengshanTable(), document["indicatorTables"]![0]), document["indicatorTables"]![0]!.ToJsonString());
        Assert.Equal(("1.1", Year, "测试单位 " + agency, "430423"),
            (document["schemaVersion"]!.GetValue<string>(), document["fiscalYear"]!.GetValue<int>(), document["agency"]!["name"]!.GetValue<string>(), document["agency"]!["regionCode"]!.GetValue<string>()));
        Assert.Null(body["basedOnVersion"]);
        AssertJson("""[{"sheet":"司法行政项目经费","pointer":"/indicatorTables/0","replaced":false}]""", body["tables"]);
        var cells = body["cells"]!.AsArray();
        AssertJson("""{"sheet":"司法行政项目经费","cell":"F13","row":13,"column":6,"pointer":"/indicatorTables/0/indicators/1/actual/text","value":"917件"}""",
            cells.Single(c => c!["cell"]!.GetValue<string>() == "F13"));
        AssertJson("""{"sheet":"司法行政项目经费","cell":"D5","row":5,"column":4,"pointer":"/indicatorTables/0/budgetExecution/fullYearBudget/value","value":265.58}""",
            cells.Single(c => c!["cell"]!.GetValue<string>() == "D5"));
        Assert.Empty(body["ignored"]!.AsArray());
        Assert.Equal(0, await admin.VersionCountAsync(agency, Year));
    }

    [Fact]
    public async Task The_stored_fixture_exports_to_the_filled_workbook_and_imports_back_to_the_same_document()
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin);
        Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(agency, Year, WorkbookDriver.HengshanReport())).StatusCode);

        var export = await admin.GetAsync(WorkbookDriver.ExportPath(agency, Year));

        await export.AssertSuccessAsync();
        Assert.Equal(FixtureWorkbook.MediaType, export.Content.Headers.ContentType!.MediaType);
        Assert.Equal("\"1\"", export.Headers.ETag!.Tag);
        var disposition = export.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal($"{agency}-{Year}-自评表.xlsx", disposition.FileNameStar);
        var bytes = await export.Content.ReadAsByteArrayAsync();
        var exported = WorkbookContents.Of(bytes);
        var filled = WorkbookContents.Of(FixtureWorkbook.Load(FixtureWorkbook.Hengshan));
        Assert.Equal(filled.Select(s => s.Sheet), exported.Select(s => s.Sheet));
        Assert.Equal(filled[0].Cells, exported[0].Cells);
        Assert.Equal(filled[0].Merges, exported[0].Merges);

        var import = await admin.ImportAsync(agency, Year, bytes);
        await import.AssertSuccessAsync();
        var body = await import.ReadObjectAsync();
        Assert.Equal(1, body["basedOnVersion"]!.GetValue<int>());
        Assert.True(body["tables"]![0]!["replaced"]!.GetValue<bool>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(WorkbookDriver.HengshanReport()), body["document"]), "The draft differs from the stored document.");
    }

    [Fact]
    public async Task A_workbook_laid_out_differently_imports_and_its_table_is_appended_to_the_current_version()
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin);
        Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(agency, 2023, WorkbookDriver.HengshanReport().Replace("\"fiscalYear\": 2022", "\"fiscalYear\": 2023"))).StatusCode);

        var response = await admin.ImportAsync(agency, 2023, FixtureWorkbook.Load("merged-layout").ToXlsx());

        await response.AssertSuccessAsync();
        var body = await response.ReadObjectAsync();
        var tables = body["document"]!["indicatorTables"]!.AsArray();
        Assert.Equal(2, tables.Count);
        Assert.True(JsonNode.DeepEquals(WorkbookDriver.HengshanTable(), tables[0]));
        Assert.True(JsonNode.DeepEquals(WorkbookDriver.ExpectedMergedLayoutTable(), tables[1]), tables[1]!.ToJsonString());
        Assert.Contains(body["cells"]!.AsArray(), c => c!["cell"]!.GetValue<string>() == "H7" && c["pointer"]!.GetValue<string>() == "/indicatorTables/1/budgetExecution/executionRate/value");
        Assert.Equal(["B31"], body["ignored"]!.AsArray().Select(i => i!["cell"]!.GetValue<string>()));

        var put = await admin.PutReportAsync(agency, 2023, body["document"]!.ToJsonString(), ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        // The import's findings are the audit of the draft: the same as the stored version gets.
        var stored = JsonNode.Parse(await admin.GetStringAsync($"/api/v1/agencies/{agency}/reports/2023/findings"))!["findings"]!.AsArray();
        Assert.Equal(Keys(stored), Keys(body["findings"]!.AsArray()));
    }

    private static List<string> Keys(JsonArray findings) =>
        findings.Select(f => $"{f!["ruleId"]} {string.Join(",", f["pointers"]!.AsArray().Select(p => p!.GetValue<string>()))}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task A_workbook_also_arrives_as_multipart_form_data()
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin);
        using var form = new MultipartFormDataContent { { WorkbookDriver.Xlsx(FixtureWorkbook.Load(FixtureWorkbook.Hengshan).ToXlsx()), "file", "衡山自评表.xlsx" } };

        var response = await admin.PostAsync(WorkbookDriver.ImportPath(agency, Year), form);

        await response.AssertSuccessAsync();
        Assert.True(JsonNode.DeepEquals(WorkbookDriver.HengshanTable(), (await response.ReadObjectAsync())["document"]!["indicatorTables"]![0]));
    }

    [Fact]
    public async Task An_older_version_exports_with_its_version_and_a_report_without_a_table_is_404()
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin);
        await (await admin.GetAsync(WorkbookDriver.ExportPath(agency, Year))).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(agency, Year, WorkbookDriver.HengshanReport())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutReportAsync(agency, Year, Documents.Minimal(Year, regionCode: "430423"), ifMatch: "\"1\"")).StatusCode);

        await (await admin.GetAsync(WorkbookDriver.ExportPath(agency, Year))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync(WorkbookDriver.ExportPath(agency, Year) + "?version=3")).AssertProblemAsync(HttpStatusCode.NotFound);
        var first = await admin.GetAsync(WorkbookDriver.ExportPath(agency, Year) + "?version=1");
        await first.AssertSuccessAsync();
        Assert.Equal("\"1\"", first.Headers.ETag!.Tag);
    }

    private static void AssertJson(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), actual?.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

    private static async Task<string> NewAgencyAsync(HttpClient admin)
    {
        var agency = "hengshan-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, "430423");
        return agency;
    }
}
