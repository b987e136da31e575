using System.Net;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Api.Tests.Jobs;
using PerfEval.Api.Tests.Workbooks;

namespace PerfEval.Api.Tests.Declarations;

/// <summary>
/// A declaration from a 绩效目标申报表 workbook is stored as the JSON PUT stores it (versions, If-Match,
/// Idempotency-Key, review, tenancy); cells that cannot be read are 422 naming sheet and cell, and nothing is stored.
/// </summary>
[Trait("Provider", "each")]
public sealed class DeclarationWorkbookTests(ApiOnlyApp app) : IClassFixture<ApiOnlyApp>
{
    private const int Year = 2022;
    private const string TargetSheet = "hengshan-2022-绩效目标申报表";

    private static string ImportPath(string agency, int year = Year) => $"/api/v1/agencies/{agency}/declarations/{year}/imports/xlsx";

    private static string ExportPath(string agency) => $"/api/v1/agencies/{agency}/declarations/{Year}/exports/xlsx";

    private static async Task<string> NewAgencyAsync(HttpClient admin)
    {
        var agency = "dw-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, "430423");
        return agency;
    }

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, string agency, byte[] xlsx, string? ifMatch = null, string? idempotencyKey = null, int year = Year)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, ImportPath(agency, year)) { Content = WorkbookDriver.Xlsx(xlsx) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task The_target_sheet_as_the_agency_filled_it_is_stored_as_the_declaration_fixture()
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin);

        var created = await ImportAsync(admin, agency, FixtureWorkbook.Load(TargetSheet).ToXlsx());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        Assert.Equal($"/api/v1/agencies/{agency}/declarations/{Year}", created.Headers.Location?.OriginalString);
        var stored = await (await admin.GetAsync($"/api/v1/agencies/{agency}/declarations/{Year}")).ReadObjectAsync();
        Assert.Equal("draft", stored["status"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(DeclarationDriver.Hengshan()), stored["document"]), stored["document"]!.ToJsonString());
    }

    [Fact]
    public async Task A_JSON_declaration_exported_and_imported_again_is_the_identical_document_as_a_new_version()
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin);
        var json = DeclarationDriver.Hengshan(d =>
        {
            DeclarationDriver.Indicator(d, "人民调解案件")["target"] = JsonNode.Parse("""{"text":"1000件","operator":">=","value":1000,"unit":"件"}""");
            DeclarationDriver.Indicator(d, "法治宣传场次")["weight"] = 5.50m;
            DeclarationDriver.Indicator(d, "群众满意率")["target"]!.AsObject().Remove("unit");
            var department = d["targetSets"]![0]!.DeepClone().AsObject();
            department["subject"] = "department";
            department.Remove("projectName");
            department["indicators"]!.AsArray().RemoveAt(0);
            d["targetSets"]!.AsArray().Add(department);
        });
        Assert.Equal(HttpStatusCode.Created, (await admin.PutDeclarationAsync(agency, Year, json)).StatusCode);

        var export = await admin.GetAsync(ExportPath(agency));
        await export.AssertSuccessAsync();
        Assert.Equal(FixtureWorkbook.MediaType, export.Content.Headers.ContentType!.MediaType);
        Assert.Equal("\"1\"", export.Headers.ETag?.Tag);
        var xlsx = await export.Content.ReadAsByteArrayAsync();

        var imported = await ImportAsync(admin, agency, xlsx, ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal("\"2\"", imported.Headers.ETag?.Tag);
        var v2 = await (await admin.GetAsync($"/api/v1/agencies/{agency}/declarations/{Year}/versions/2")).ReadObjectAsync();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), v2["document"]), v2["document"]!.ToJsonString());
        Assert.Contains("5.50", v2["document"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task If_Match_Idempotency_Key_and_review_work_as_for_the_JSON_route()
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin);
        var agencyClient = app.Client((await admin.CreateKeyAsync("agency", agency)).Key);
        var xlsx = FixtureWorkbook.Load(TargetSheet).ToXlsx();

        var first = await ImportAsync(agencyClient, agency, xlsx, idempotencyKey: "dw-1");
        var replay = await ImportAsync(agencyClient, agency, xlsx, idempotencyKey: "dw-1");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.True(replay.Headers.Contains("Idempotent-Replayed"));
        await (await ImportAsync(agencyClient, agency, xlsx, ifMatch: "\"7\"")).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await agencyClient.StepAsync(agency, Year, "submit")).AssertSuccessAsync();
        var approved = await (await admin.StepAsync(agency, Year, "approve")).ReadObjectAsync();
        Assert.Equal("approved", approved["status"]!.GetValue<string>());

        var adjusted = await ImportAsync(agencyClient, agency, xlsx, ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, adjusted.StatusCode);
        var current = await (await agencyClient.GetAsync($"/api/v1/agencies/{agency}/declarations/{Year}")).ReadObjectAsync();
        Assert.Equal(("draft", 1), (current["status"]!.GetValue<string>(), current["approvedVersion"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Cells_that_cannot_be_read_are_422_with_sheet_cell_and_pointer_and_nothing_is_stored()
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin);
        var workbook = FixtureWorkbook.Load(TargetSheet)
            .WithCell("E7", JsonValue.Create("五分"))
            .WithCell("C8", JsonValue.Create(""))
            .WithCell("B2", JsonValue.Create(2021));
        var before = await RowCounts.ReadAsync(app);

        var problem = await (await ImportAsync(admin, agency, workbook.ToXlsx())).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        var errors = problem["errors"]!.AsArray();
        var weight = errors.Single(e => e!["cell"]?.GetValue<string>() == "E7")!;
        Assert.Equal("/targetSets/0/indicators/1/weight", weight["pointer"]!.GetValue<string>());
        Assert.Equal(("项目绩效目标表", 7, 5), (weight["sheet"]!.GetValue<string>(), weight["row"]!.GetValue<int>(), weight["column"]!.GetValue<int>()));
        Assert.StartsWith("项目绩效目标表!E7: 分值 '五分'", weight["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("/targetSets/0/indicators/2/level3", errors.Single(e => e!["cell"]?.GetValue<string>() == "C8")!["pointer"]!.GetValue<string>());
        Assert.Equal("/fiscalYear", errors.Single(e => e!["cell"]?.GetValue<string>() == "B2")!["pointer"]!.GetValue<string>());
        Assert.Equal(before, await RowCounts.ReadAsync(app));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/agencies/{agency}/declarations/{Year}")).StatusCode);
    }

    [Fact]
    public async Task A_duplicate_indicator_is_422_at_its_row_and_a_sheet_without_the_layout_is_422()
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin);
        var duplicate = FixtureWorkbook.Load(TargetSheet).WithCell("C7", JsonValue.Create("法治宣传场次"));
        var problem = await (await ImportAsync(admin, agency, duplicate.ToXlsx())).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        var error = problem["errors"]!.AsArray().Single()!;
        Assert.Equal("/targetSets/0/indicators/1", error["pointer"]!.GetValue<string>());
        Assert.Equal(7, error["row"]!.GetValue<int>());

        var selfEvaluation = FixtureWorkbook.Load(FixtureWorkbook.Hengshan).ToXlsx();
        var notATargetSheet = await (await ImportAsync(admin, agency, selfEvaluation)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("绩效目标申报表", notATargetSheet["errors"]![0]!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversize_another_media_type_and_a_file_that_is_not_a_workbook_are_refused()
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin);
        await (await admin.PostAsync(ImportPath(agency), WorkbookDriver.Xlsx(new byte[2 * 1024 * 1024 + 1]))).AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await (await admin.PostAsync(ImportPath(agency), WorkbookDriver.Xlsx(FixtureWorkbook.Load(TargetSheet).ToXlsx(), "application/json"))).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await admin.PostAsync(ImportPath(agency), WorkbookDriver.Xlsx("not a zip"u8.ToArray()))).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/agencies/{agency}/declarations/{Year}")).StatusCode);
    }

    [Fact]
    public async Task Another_tenant_gets_404_a_region_key_may_export_but_not_import()
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin);
        var other = await NewAgencyAsync(admin);
        var xlsx = FixtureWorkbook.Load(TargetSheet).ToXlsx();
        Assert.Equal(HttpStatusCode.Created, (await ImportAsync(admin, agency, xlsx)).StatusCode);
        var otherKey = app.Client((await admin.CreateKeyAsync("agency", other)).Key);
        var region = app.Client((await admin.CreateKeyAsync("region", "430000")).Key);
        var otherRegion = app.Client((await admin.CreateKeyAsync("region", "130000")).Key);

        await (await ImportAsync(otherKey, agency, xlsx)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await otherKey.GetAsync(ExportPath(agency))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await otherRegion.GetAsync(ExportPath(agency))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await ImportAsync(region, agency, xlsx)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await region.GetAsync(ExportPath(agency))).AssertSuccessAsync();
        Assert.Single(JsonNode.Parse(await admin.GetStringAsync($"/api/v1/agencies/{agency}/declarations/{Year}/versions"))!.AsArray());
    }
}
