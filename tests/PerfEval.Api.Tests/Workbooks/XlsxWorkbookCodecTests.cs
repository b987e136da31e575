using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Reports.SelfEvaluationSheets;
using PerfEval.Infrastructure.Spreadsheets;

namespace PerfEval.Api.Tests.Workbooks;

/// <summary>The .xlsx codec on its own: what it reads from workbooks a spreadsheet program saves, what it writes, and what it refuses.</summary>
public sealed class XlsxWorkbookCodecTests
{
    private readonly XlsxWorkbookCodec _codec = new();

    [Fact]
    public void Reads_shared_and_inline_strings_numbers_percent_formats_merges_and_sheet_names()
    {
        var sheet = _codec.Read(FixtureWorkbook.Load("merged-layout").ToXlsx()).Single();

        Assert.Equal("Sheet1", sheet.Name);
        Assert.Equal(SheetCell.OfText("项目资金\n（万元）"), sheet[6, 2]);
        Assert.Equal(SheetCell.OfText("2356人次"), sheet[16, 7]);
        Assert.Equal(SheetCell.OfNumber(60.5m), sheet[7, 6]);
        Assert.Equal(SheetCell.OfPercent(100m), sheet[7, 8]);
        Assert.Equal(SheetCell.OfPercent(98m), sheet[18, 7]);
        Assert.Contains(CellRange.Of(15, 3, 23, 3), sheet.Merges);
        Assert.Equal(20, sheet.Merges.Count);
    }

    [Fact]
    public void Rich_text_runs_are_joined_and_phonetic_guides_left_out_and_custom_percent_formats_count()
    {
        var bytes = Build(part =>
        {
            part.Worksheet = new Worksheet(new SheetData(new Row(
                new Cell { CellReference = "A1", DataType = CellValues.InlineString, InlineString = new InlineString(new Run(new Text("产出")), new Run(new Text("指标")), new PhoneticRun(new Text("chǎnchū")) { BaseTextStartIndex = 0, EndingBaseIndex = 2 }) },
                new Cell { CellReference = "B1", StyleIndex = 1, CellValue = new CellValue("0.955") },
                new Cell { CellReference = "C1", StyleIndex = 2, CellValue = new CellValue("0.5") },
                new Cell { CellReference = "D1", DataType = CellValues.Boolean, CellValue = new CellValue("1") },
                new Cell { CellReference = "E1", DataType = CellValues.Error, CellValue = new CellValue("#DIV/0!") }) { RowIndex = 1 }));
        });

        var sheet = _codec.Read(bytes).Single();

        Assert.Equal("产出指标", sheet[1, 1]!.Text);
        Assert.Equal(SheetCell.OfPercent(95.5m), sheet[1, 2]);
        Assert.Equal(SheetCell.OfNumber(0.5m), sheet[1, 3]);
        Assert.Equal("TRUE", sheet[1, 4]!.Text);
        Assert.Equal("#DIV/0!", sheet[1, 5]!.Text);
    }

    [Fact]
    public void What_it_writes_it_reads_back_with_chinese_text_exactly()
    {
        var grid = new SheetGrid("司法行政项目经费")
            .Set("A1", SheetCell.OfText("2022年度预算支出绩效自评表", SheetCellStyle.Title))
            .Set("B2", SheetCell.OfText("  6场\u3000"))
            .Set("C2", SheetCell.OfText("经济效\n益指标", SheetCellStyle.Header))
            .Set("D2", SheetCell.OfNumber(1092.90m))
            .Set("E2", SheetCell.OfPercent(95.5m))
            .Set("F2", SheetCell.OfText("≥90%（含）"))
            .Merge("A1:I1").Merge("B3:B9")
            .Width(1, 12);

        var back = _codec.Read(_codec.Write([grid, new SheetGrid("第二页").Set("A1", SheetCell.OfNumber(-3))]));

        Assert.Equal(["司法行政项目经费", "第二页"], back.Select(s => s.Name));
        Assert.Equal(grid.Cells.ToDictionary(c => c.Key, c => c.Value with { Style = SheetCellStyle.Body }), back[0].Cells.ToDictionary(c => c.Key, c => c.Value));
        Assert.Equal(grid.Merges, back[0].Merges);
        Assert.Equal(SheetCell.OfNumber(-3), back[1][1, 1]);
    }

    [Fact]
    public void The_written_workbook_has_widths_wrapping_and_a_header_style()
    {
        var bytes = _codec.Write([new SheetGrid("S").Set("A1", SheetCell.OfText("一级指标", SheetCellStyle.Header)).Set("A2", SheetCell.OfText("甲")).Width(1, 14)]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var worksheet = workbook.WorksheetParts.Single().Worksheet;
        Assert.Equal(14, worksheet.Descendants<Column>().Single().Width!.Value);
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var header = formats[(int)worksheet.Descendants<Cell>().First().StyleIndex!.Value];
        var body = formats[(int)worksheet.Descendants<Cell>().Last().StyleIndex!.Value];
        Assert.True(header.Alignment!.WrapText!.Value);
        Assert.True(body.Alignment!.WrapText!.Value);
        Assert.NotEqual(header.FontId!.Value, body.FontId!.Value);
        Assert.Equal("S", document.WorkbookPart!.Workbook.Descendants<Sheet>().Single().Name!.Value);
    }

    [Fact]
    public void The_written_workbook_is_valid_open_xml()
    {
        var table = PerfEval.Domain.Reports.ReportJson.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "reports", "hengshan-2022.json")))!.IndicatorTables![0];
        var bytes = _codec.Write([SelfEvaluationSheetWriter.Write(table, "司法行政项目经费"), new SheetGrid("百分比").Set("A1", SheetCell.OfPercent(95.5m))]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a workbook at all")]
    [InlineData("PK\u0003\u0004 truncated")]
    public void Bytes_that_are_not_an_xlsx_are_unreadable(string body)
    {
        Assert.Throws<UnreadableWorkbookException>(() => _codec.Read(Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void A_zip_that_is_not_a_workbook_is_unreadable()
    {
        Assert.Throws<UnreadableWorkbookException>(() => _codec.Read(Zip(("readme.txt", "你好"))));
        Assert.Throws<UnreadableWorkbookException>(() => _codec.Read(Zip(("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"))));
    }

    [Fact]
    public void A_sheet_part_that_inflates_beyond_the_limit_is_refused_without_reading_it_all()
    {
        var bomb = FixtureWorkbook.Load(FixtureWorkbook.Hengshan).ToXlsx();
        bomb = ReplaceEntry(bomb, "xl/worksheets/sheet1.xml", stream =>
        {
            var head = Encoding.UTF8.GetBytes("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/><!--");
            stream.Write(head);
            var filler = Encoding.UTF8.GetBytes(new string(' ', 1 << 20));
            for (var i = 0; i < (WorkbookLimits.MaxPartCharacters >> 20) + 2; i++) stream.Write(filler);
            stream.Write(Encoding.UTF8.GetBytes("--></worksheet>"));
        });
        Assert.True(bomb.Length < 1 << 20, $"the bomb is {bomb.Length} bytes");

        Assert.Throws<UnreadableWorkbookException>(() => _codec.Read(bomb));
    }

    [Fact]
    public void Elements_nested_deeper_than_any_workbook_are_refused_before_the_sdk_reads_them()
    {
        var nested = ReplaceEntry(FixtureWorkbook.Load(FixtureWorkbook.Hengshan).ToXlsx(), "xl/worksheets/sheet1.xml", stream =>
        {
            stream.Write(Encoding.UTF8.GetBytes("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c>"));
            for (var i = 0; i < 20_000; i++) stream.Write("<x:a xmlns:x=\"urn:x\">"u8);
            for (var i = 0; i < 20_000; i++) stream.Write("</x:a>"u8);
            stream.Write("</row></sheetData></worksheet>"u8);
        });
        Assert.True(nested.Length < 64 * 1024, $"the file is {nested.Length} bytes");

        var refused = Assert.Throws<UnreadableWorkbookException>(() => _codec.Read(nested));
        Assert.Contains("deep", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row><row r=\"4294967295\"/><row><c t=\"inlineStr\"><is><t>一级指标</t></is></c></row>")]
    [InlineData("<row r=\"0\"><c r=\"A0\"><v>1</v></c></row>")]
    [InlineData("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")]
    [InlineData("<row r=\"1\"><c r=\"B2\"><v>1</v></c></row>")]
    public void Rows_and_cells_outside_the_sheet_or_out_of_place_are_a_validation_problem(string rows)
    {
        var bytes = ReplaceEntry(Build(_ => { }), "xl/worksheets/sheet1.xml", stream =>
            stream.Write(Encoding.UTF8.GetBytes($"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>{rows}</sheetData></worksheet>")));

        Assert.Equal("S", Assert.Throws<WorkbookValidationException>(() => _codec.Read(bytes)).Errors.Single().Sheet);
    }

    [Fact]
    public void A_formula_saved_without_its_result_reads_as_its_text()
    {
        var bytes = Build(part => part.Worksheet = new Worksheet(new SheetData(new Row(
            new Cell { CellReference = "E1", CellFormula = new CellFormula("SUM(1,2)") },
            new Cell { CellReference = "F1", CellFormula = new CellFormula("D1/C1"), CellValue = new CellValue("0.98") }) { RowIndex = 1 })));

        var sheet = _codec.Read(bytes).Single();

        Assert.Equal("=SUM(1,2)", sheet[1, 5]!.Text);
        Assert.Equal(SheetCell.OfNumber(0.98m), sheet[1, 6]);
    }

    [Fact]
    public void Characters_outside_the_basic_plane_round_trip_and_long_names_stay_legal()
    {
        var table = new PerfEval.Domain.Reports.IndicatorTable { ProjectName = new string('长', 30) + "😀" };
        var name = PerfEval.Domain.Reports.SelfEvaluationSheets.SheetNames.For([table]).Single();
        var grid = new SheetGrid(name).Set("A1", SheetCell.OfText("𠀀村 😀 法治")).Set("A2", SheetCell.OfText("控制\u0001字符"));

        var sheet = _codec.Read(_codec.Write([grid])).Single();

        Assert.Equal(name, sheet.Name);
        Assert.Equal("𠀀村 😀 法治", sheet[1, 1]!.Text);
        Assert.Equal("控制字符", sheet[2, 1]!.Text);
    }

    [Fact]
    public void Too_many_sheets_or_rows_is_a_validation_problem_naming_the_sheet()
    {
        var sheets = Enumerable.Range(1, WorkbookLimits.MaxSheets + 1).Select(i => new SheetGrid($"S{i}").Set("A1", SheetCell.OfText("x"))).ToList();
        Assert.Throws<WorkbookValidationException>(() => _codec.Read(_codec.Write(sheets)));

        var tall = _codec.Write([new SheetGrid("长表").Set(WorkbookLimits.MaxRows + 1, 1, SheetCell.OfText("x"))]);
        var error = Assert.Throws<WorkbookValidationException>(() => _codec.Read(tall)).Errors.Single();
        Assert.Equal("长表", error.Sheet);
        Assert.Contains("row 5001", error.Detail, StringComparison.Ordinal);

        var wide = _codec.Write([new SheetGrid("宽表").Set(1, WorkbookLimits.MaxColumns + 1, SheetCell.OfText("x"))]);
        Assert.Throws<WorkbookValidationException>(() => _codec.Read(wide));
    }

    private static byte[] Build(Action<WorksheetPart> fill)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0%" }, new NumberingFormat { NumberFormatId = 165, FormatCode = "0\"%\"" }),
                new Fonts(new Font()), new Fills(new Fill(), new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 164 }, new CellFormat { NumberFormatId = 165 }));
            var part = workbook.AddNewPart<WorksheetPart>();
            fill(part);
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "S" });
        }
        return stream.ToArray();
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            foreach (var (name, text) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        return stream.ToArray();
    }

    private static byte[] ReplaceEntry(byte[] xlsx, string name, Action<Stream> write)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update))
        {
            zip.GetEntry(name)!.Delete();
            using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            write(entry);
        }
        return stream.ToArray();
    }
}
