using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Api.Tests.Jobs;

namespace PerfEval.Api.Tests.Workbooks;

/// <summary>What the import refuses: cells that cannot be read (422 naming sheet, cell and pointer), files that are not workbooks, other tenants.</summary>
[Trait("Provider", "each")]
public sealed class WorkbookRefusalTests(ApiOnlyApp app) : IClassFixture<ApiOnlyApp>
{
    private const int Year = 2022;

    [Fact]
    public async Task A_weight_that_is_not_a_number_is_422_naming_sheet_row_column_and_pointer()
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin);
        var workbook = FixtureWorkbook.Load(FixtureWorkbook.Hengshan).Renamed("Sheet1").WithCell("G14", JsonValue.Create("五分")).WithCell("D6", JsonValue.Create("约179万"));
        var before = await RowCounts.ReadAsync(app);

        var problem = await (await admin.ImportAsync(agency, Year, workbook.ToXlsx())).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        var errors = problem["errors"]!.AsArray();
        Assert.Equal(2, errors.Count);
        var weight = errors.Single(e => e!["cell"]!.GetValue<string>() == "G14")!;
        Assert.Equal("/indicatorTables/0/indicators/2/weight", weight["pointer"]!.GetValue<string>());
        Assert.Equal(("Sheet1", 14, 7), (weight["sheet"]!.GetValue<string>(), weight["row"]!.GetValue<int>(), weight["column"]!.GetValue<int>()));
        Assert.StartsWith("Sheet1!G14: 分值 '五分'", weight["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("/indicatorTables/0/fundingRows/0/fullYearBudget/value", problem.ErrorPointers());
        Assert.Equal(before, await RowCounts.ReadAsync(app));
    }

    [Fact]
    public async Task A_value_the_report_model_refuses_is_422_at_its_cell()
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin);
        var workbook = FixtureWorkbook.Load(FixtureWorkbook.Hengshan).WithCell("H12", JsonValue.Create(1.1234567m));

        var problem = await (await admin.ImportAsync(agency, Year, workbook.ToXlsx())).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        var error = problem["errors"]!.AsArray().Single()!;
        Assert.Equal(("/indicatorTables/0/indicators/0/score", "H12"), (error["pointer"]!.GetValue<string>(), error["cell"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("1E-300")]
    [InlineData("-1E-300")]
    [InlineData("4.9E-324")]
    [InlineData("1E-29")]
    [InlineData("1E+300")]
    public async Task A_money_cell_a_decimal_cannot_hold_is_422_at_its_cell_never_rounded(string stored)
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin);
        var workbook = FixtureWorkbook.Load(FixtureWorkbook.Hengshan).WithCell("D5", JsonNode.Parse(stored)!);
        var before = await RowCounts.ReadAsync(app);

        var problem = await (await admin.ImportAsync(agency, Year, workbook.ToXlsx())).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        var error = problem["errors"]!.AsArray().Single(e => e!["cell"]!.GetValue<string>() == "D5")!;
        Assert.Equal("/indicatorTables/0/budgetExecution/fullYearBudget/value", error["pointer"]!.GetValue<string>());
        Assert.Contains("not rounded", error["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await RowCounts.ReadAsync(app));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("zip")]
    [InlineData("empty")]
    [InlineData("no layout")]
    public async Task A_file_that_is_not_a_readable_self_evaluation_workbook_is_a_4xx_problem_and_nothing_is_stored(string kind)
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin);
        var bytes = kind switch
        {
            "garbage" => Encoding.UTF8.GetBytes("这不是一个工作簿"),
            "zip" => ZipWithText(),
            "empty" => [],
            _ => FixtureWorkbook.Load(FixtureWorkbook.Hengshan).WithCell("C4", JsonValue.Create("x")).WithCell("B11", JsonValue.Create("x")).ToXlsx(),
        };
        var before = await RowCounts.ReadAsync(app);

        var response = await admin.ImportAsync(agency, Year, bytes);

        await response.AssertProblemAsync(kind == "no layout" ? HttpStatusCode.UnprocessableEntity : HttpStatusCode.BadRequest);
        Assert.Equal(before, await RowCounts.ReadAsync(app));
    }

    [Fact]
    public async Task Another_media_type_is_415_and_a_body_over_the_limit_413()
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin);
        var xlsx = FixtureWorkbook.Load(FixtureWorkbook.Hengshan).ToXlsx();

        await (await admin.PostAsync(WorkbookDriver.ImportPath(agency, Year), WorkbookDriver.Xlsx(xlsx, "application/json"))).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await admin.PostAsync(WorkbookDriver.ImportPath(agency, Year), WorkbookDriver.Xlsx(new byte[2 * 1024 * 1024 + 1]))).AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        using var empty = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        await (await admin.PostAsync(WorkbookDriver.ImportPath(agency, Year), empty)).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Another_tenants_key_gets_404_and_a_region_key_may_export_but_not_import()
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin);
        var other = await NewAgencyAsync(admin);
        Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(agency, Year, WorkbookDriver.HengshanReport())).StatusCode);
        var otherKey = app.Client((await admin.CreateKeyAsync("agency", other)).Key);
        var region = app.Client((await admin.CreateKeyAsync("region", "430000")).Key);
        var xlsx = FixtureWorkbook.Load(FixtureWorkbook.Hengshan).ToXlsx();

        await (await otherKey.ImportAsync(agency, Year, xlsx)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await otherKey.GetAsync(WorkbookDriver.ExportPath(agency, Year))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await region.ImportAsync(agency, Year, xlsx)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await region.GetAsync(WorkbookDriver.ExportPath(agency, Year))).AssertSuccessAsync();
        await (await app.Client(null).GetAsync(WorkbookDriver.ExportPath(agency, Year))).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static async Task<string> NewAgencyAsync(HttpClient admin)
    {
        var agency = "wb-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, "430423");
        return agency;
    }

    private static byte[] ZipWithText()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create))
        using (var entry = zip.CreateEntry("readme.txt").Open())
            entry.Write(Encoding.UTF8.GetBytes("不是工作簿"));
        return stream.ToArray();
    }
}
