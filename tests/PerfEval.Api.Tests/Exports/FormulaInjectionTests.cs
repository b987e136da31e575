using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfEval.Api.Http;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Api.Tests.Jobs;
using PerfEval.Api.Tests.Workbooks;

namespace PerfEval.Api.Tests.Exports;

/// <summary>
/// Text a spreadsheet would run as a formula (= + - @, tab, CR first) is written to every CSV route with a leading
/// apostrophe, numbers (negative ones included) stay numbers, and the .xlsx export writes such text as text cells.
/// </summary>
[Trait("Provider", "each")]
public sealed class FormulaInjectionTests(ApiOnlyApp app) : IClassFixture<ApiOnlyApp>
{
    private const int Year = 2023;
    private readonly LedgerDriver _ledger = new(app);

    private static readonly string[] FormulaNames = ["=HYPERLINK(\"http://evil.example\",\"点击\")", "+1+2", "-3+4", "@SUM(A1:A9)"];

    [Fact]
    public async Task Every_csv_route_writes_formula_like_text_with_a_leading_apostrophe()
    {
        var admin = app.Client();
        var agencies = new List<string>();
        foreach (var name in FormulaNames)
        {
            var agency = "fi-" + Guid.NewGuid().ToString("N")[..8];
            await admin.CreateAgencyAsync(agency, "430426", name);
            await (await admin.PutReportAsync(agency, Year, Documents.Minimal(Year, name))).AssertSuccessAsync();
            // 批复 long ago and still a draft: overdue, so the name is listed in the summary too.
            var roster = new StringContent("{\"approvalDate\":\"2024-01-10\"}", Encoding.UTF8, "application/json");
            await (await admin.PutAsync($"/api/v1/roster/{Year}/agencies/{agency}", roster)).AssertSuccessAsync();
            agencies.Add(agency);
        }
        await _ledger.DrainAsync();

        var export = await CsvAsync(admin, $"/api/v1/exports/reports?regionCode=430426&fiscalYear={Year}&format=csv");
        var rankings = await CsvAsync(admin, $"/api/v1/dashboards/regions/430426/rankings?fiscalYear={Year}&metric=finance.final.expenditure.total&format=csv");
        var summary = await CsvAsync(admin, $"/api/v1/dashboards/regions/430426/summary?fiscalYear={Year}&format=csv");
        foreach (var name in FormulaNames)
        {
            var written = Quoted("'" + name);
            Assert.Contains(written, export, StringComparison.Ordinal);
            Assert.Contains(written, rankings, StringComparison.Ordinal);
            Assert.Contains(written, summary, StringComparison.Ordinal);
            foreach (var csv in new[] { export, rankings, summary })
                Assert.DoesNotContain("," + Quoted(name), csv, StringComparison.Ordinal);
        }
        var timeseries = await CsvAsync(admin, $"/api/v1/dashboards/agencies/{agencies[0]}/timeseries?format=csv");
        Assert.DoesNotContain(",'", timeseries, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_cells_are_neutralised_and_numbers_are_not()
    {
        var line = CsvTable.Line(["=1+1", "+86", "-负数", "@x", "\tTab", "\rCR", "普通", -12.5m, -3, "a=b"]);
        Assert.Equal("'=1+1,'+86,'-负数,'@x,'\tTab,\"'\rCR\",普通,-12.5,-3,a=b\r\n", line);
    }

    [Fact]
    public async Task The_xlsx_export_writes_formula_like_text_as_text_cells()
    {
        var admin = app.Client();
        var agency = "fx-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, "430423");
        var report = JsonNode.Parse(WorkbookDriver.HengshanReport())!;
        const string formula = "=HYPERLINK(\"http://evil.example\",\"点击\")";
        report["indicatorTables"]![0]!["indicators"]![0]!["level3"] = formula;
        report["indicatorTables"]![0]!["indicators"]![1]!["level3"] = "-1+1";
        Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(agency, 2022, report.ToJsonString())).StatusCode);

        var bytes = await (await admin.GetAsync(WorkbookDriver.ExportPath(agency, 2022))).Content.ReadAsByteArrayAsync();

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var cells = workbook.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).ToList();
        string TextOf(Cell c) => c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
            : c.InlineString?.InnerText ?? c.CellValue?.Text ?? "";
        foreach (var text in new[] { formula, "-1+1" })
        {
            var cell = Assert.Single(cells, c => TextOf(c) == text);
            Assert.True(cell.DataType?.Value == CellValues.SharedString || cell.DataType?.Value == CellValues.InlineString, $"{text} is not a text cell");
            Assert.Null(cell.CellFormula);
        }
        Assert.DoesNotContain(cells, c => c.CellFormula is not null);
    }

    private static string Quoted(string text) => text.Contains('"', StringComparison.Ordinal) || text.Contains(',', StringComparison.Ordinal)
        ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static async Task<string> CsvAsync(HttpClient admin, string url)
    {
        var response = await admin.GetAsync(url);
        await response.AssertSuccessAsync();
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
    }
}
