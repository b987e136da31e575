using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfEval.Api.Tests.Workbooks;

/// <summary>
/// A workbook fixture (tests/fixtures/workbooks/*.json) built into an .xlsx with plain DocumentFormat.OpenXml, as a
/// spreadsheet program would save it: text as shared strings (or inline strings), numbers with their stored digits,
/// percent-formatted numbers with the built-in 0% format, merged ranges. It never uses the product's own writer.
/// </summary>
public sealed class FixtureWorkbook
{
    public const string Hengshan = "hengshan-2022-自评表";
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private FixtureWorkbook(List<FixtureSheet> sheets) => Sheets = sheets;

    public IReadOnlyList<FixtureSheet> Sheets { get; }

    public static FixtureWorkbook Load(string name)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "workbooks", name + ".json")))!;
        return new(root["sheets"]!.AsArray().Select(s => new FixtureSheet(
            s!["name"]!.GetValue<string>(),
            s["cells"]!.AsObject().ToDictionary(c => c.Key, c => c.Value!.DeepClone()),
            s["merges"]?.AsArray().Select(m => m!.GetValue<string>()).ToList() ?? [])).ToList());
    }

    /// <summary>A copy with one cell of the first sheet replaced (a JSON value as in the fixture files).</summary>
    public FixtureWorkbook WithCell(string address, JsonNode value) =>
        new(Sheets.Select((s, i) => i > 0 ? s : s with { Cells = new Dictionary<string, JsonNode>(s.Cells) { [address] = value } }).ToList());

    public FixtureWorkbook Renamed(string name) => new(Sheets.Select((s, i) => i > 0 ? s : s with { Name = name }).ToList());

    public byte[] ToXlsx()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill(), new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 9, ApplyNumberFormat = true }));
            var strings = new List<string>();
            uint id = 1;
            foreach (var sheet in Sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(sheet, strings);
                workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
            }
            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable =
                new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
        }
        return stream.ToArray();
    }

    private static Worksheet Worksheet(FixtureSheet sheet, List<string> strings)
    {
        var data = new SheetData();
        foreach (var row in sheet.Cells.GroupBy(c => RowOf(c.Key)).OrderBy(g => g.Key))
            data.Append(new Row(row.OrderBy(c => ColumnOf(c.Key)).Select(c => Cell(c.Key, c.Value, strings))) { RowIndex = (uint)row.Key });
        var worksheet = new Worksheet(data);
        if (sheet.Merges.Count > 0) worksheet.Append(new MergeCells(sheet.Merges.Select(m => new MergeCell { Reference = m })));
        return worksheet;
    }

    private static Cell Cell(string address, JsonNode value, List<string> strings) => value switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => new Cell
        {
            CellReference = address,
            DataType = CellValues.SharedString,
            CellValue = new CellValue(Index(strings, v.GetValue<string>()).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        },
        JsonValue v => new Cell { CellReference = address, CellValue = new CellValue(v.ToJsonString()) },
        JsonObject o when o["inline"] is { } inline => new Cell
        {
            CellReference = address,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(inline.GetValue<string>()) { Space = SpaceProcessingModeValues.Preserve }),
        },
        JsonObject o when o["percent"] is { } percent => new Cell { CellReference = address, StyleIndex = 1, CellValue = new CellValue(percent.ToJsonString()) },
        _ => throw new InvalidDataException($"Cell {address}: unsupported fixture value {value.ToJsonString()}."),
    };

    private static int Index(List<string> strings, string text)
    {
        var index = strings.IndexOf(text);
        if (index >= 0) return index;
        strings.Add(text);
        return strings.Count - 1;
    }

    internal static int RowOf(string address) => int.Parse(address.AsSpan(address.TakeWhile(char.IsAsciiLetter).Count()), System.Globalization.CultureInfo.InvariantCulture);

    internal static int ColumnOf(string address) => address.TakeWhile(char.IsAsciiLetter).Aggregate(0, (n, c) => n * 26 + (c - 'A' + 1));
}

public sealed record FixtureSheet(string Name, IReadOnlyDictionary<string, JsonNode> Cells, IReadOnlyList<string> Merges);
