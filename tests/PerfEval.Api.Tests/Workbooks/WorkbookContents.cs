using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfEval.Api.Tests.Workbooks;

/// <summary>
/// What a workbook shows, for comparing two workbooks cell by cell with plain DocumentFormat.OpenXml (not the product's
/// reader): per sheet, each non-empty cell's value (text with its whitespace removed, a number at 15 significant
/// digits, a percent-formatted number as "n%") and the merged ranges.
/// </summary>
public sealed record WorkbookContents(string Sheet, SortedDictionary<string, string> Cells, IReadOnlyList<string> Merges)
{
    public static IReadOnlyList<WorkbookContents> Of(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var formats = workbook.WorkbookStylesPart?.Stylesheet.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        return workbook.Workbook.Sheets!.Elements<Sheet>().Select(sheet =>
        {
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
            var cells = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var cell in worksheet.Descendants<Cell>())
            {
                var text = cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
                    : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
                    : cell.CellValue?.Text is { Length: > 0 } raw ? Number(raw, cell.StyleIndex?.Value is { } s && formats[(int)s].NumberFormatId?.Value is 9 or 10)
                    : null;
                if (!string.IsNullOrWhiteSpace(text)) cells[cell.CellReference!.Value!] = Squeeze(text);
            }
            var merges = worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!).Order(StringComparer.Ordinal).ToList();
            return new WorkbookContents(sheet.Name!.Value!, cells, merges);
        }).ToList();
    }

    /// <summary>The same view of a fixture file, read straight from its JSON.</summary>
    public static IReadOnlyList<WorkbookContents> Of(FixtureWorkbook fixture) => fixture.Sheets.Select(sheet =>
    {
        var cells = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (address, value) in sheet.Cells)
            cells[address] = value switch
            {
                JsonValue v when v.GetValueKind() == JsonValueKind.String => Squeeze(v.GetValue<string>()),
                JsonValue v => Number(v.ToJsonString(), percent: false),
                JsonObject o when o["inline"] is { } inline => Squeeze(inline.GetValue<string>()),
                JsonObject o => Number(o["percent"]!.ToJsonString(), percent: true),
                _ => throw new InvalidDataException(address),
            };
        return new WorkbookContents(sheet.Name, cells, sheet.Merges.Order(StringComparer.Ordinal).ToList());
    }).ToList();

    private static string Number(string raw, bool percent)
    {
        var value = double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
        return percent ? (value * 100).ToString("G15", CultureInfo.InvariantCulture) + "%" : value.ToString("G15", CultureInfo.InvariantCulture);
    }

    private static string Squeeze(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }
}
