using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Reports.SelfEvaluationSheets;

namespace PerfEval.Infrastructure.Spreadsheets;

/// <summary>
/// Reads an .xlsx into grids: shared and inline strings, numbers (percent-formatted ones as the percentage shown),
/// merged ranges and sheet names. Parts are read as a stream of rows and bounded by <see cref="WorkbookLimits"/>.
/// </summary>
internal static class XlsxReader
{
    public static IReadOnlyList<SheetGrid> Read(ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        if (span.Length < 4 || span[0] != 'P' || span[1] != 'K')
            throw new UnreadableWorkbookException("The body is not an .xlsx workbook (an .xlsx file is a zip archive).");
        try
        {
            var copy = bytes.ToArray();
            XlsxPreflight.Check(copy);
            using var stream = new MemoryStream(copy, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = WorkbookLimits.MaxPartCharacters });
            return ReadWorkbook(document);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or XmlException or FormatException
                                       or InvalidOperationException or ArgumentException or NotSupportedException or KeyNotFoundException or OverflowException)
        {
            throw new UnreadableWorkbookException("The body is not a readable .xlsx workbook: the archive, its parts or their XML are damaged, or a part is too large.");
        }
    }

    private static List<SheetGrid> ReadWorkbook(SpreadsheetDocument document)
    {
        var workbookPart = document.WorkbookPart ?? throw new UnreadableWorkbookException("The archive holds no workbook (is it another kind of Office file?).");
        var sheets = workbookPart.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
        if (sheets.Count > WorkbookLimits.MaxSheets)
            throw WorkbookValidationException.ForSheet("", $"The workbook has {sheets.Count} sheets; at most {WorkbookLimits.MaxSheets} are read.");

        var strings = SharedStrings(workbookPart);
        var percent = PercentStyles(workbookPart);
        var grids = new List<SheetGrid>();
        foreach (var sheet in sheets)
        {
            if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part) continue; // a chart sheet has no cells
            grids.Add(ReadSheet(sheet.Name?.Value ?? $"Sheet{grids.Count + 1}", part, strings, percent));
        }
        return grids;
    }

    private static SheetGrid ReadSheet(string name, WorksheetPart part, IReadOnlyList<string> strings, IReadOnlySet<uint> percent)
    {
        var grid = new SheetGrid(name);
        int cells = 0, merges = 0, lastRow = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (!reader.IsStartElement) continue;
            if (reader.ElementType == typeof(Row))
            {
                var row = (Row)reader.LoadCurrentElement()!;
                var index = row.RowIndex?.Value ?? (uint)lastRow + 1;
                if (index is < 1 or > WorkbookLimits.MaxRows) throw TooLarge(name, $"row {index}");
                lastRow = (int)index;
                var lastColumn = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    CellAddress address;
                    if (cell.CellReference?.Value is not { } reference) address = new CellAddress(lastRow, lastColumn + 1);
                    else if (!CellAddress.TryParse(reference, out address) || address.Row != lastRow)
                        throw WorkbookValidationException.ForSheet(name, $"Sheet {name}, row {lastRow}: \"{Shorten(reference)}\" is not a cell of that row.");
                    lastColumn = address.Column;
                    if (address.Column > WorkbookLimits.MaxColumns) throw TooLarge(name, address.ToString());
                    if (Value(cell, strings, percent) is not { } value) continue;
                    if (++cells > WorkbookLimits.MaxCellsPerSheet) throw TooLarge(name, address.ToString());
                    grid.Set(address.Row, address.Column, value);
                }
            }
            else if (reader.ElementType == typeof(MergeCell))
            {
                var merge = (MergeCell)reader.LoadCurrentElement()!;
                if (++merges > WorkbookLimits.MaxMergesPerSheet)
                    throw WorkbookValidationException.ForSheet(name, $"Sheet {name} has more than {WorkbookLimits.MaxMergesPerSheet} merged ranges.");
                if (CellRange.TryParse(merge.Reference?.Value, out var range)) grid.Merge(range);
            }
        }
        return grid;
    }

    private static WorkbookValidationException TooLarge(string sheet, string where) =>
        WorkbookValidationException.ForSheet(sheet,
            $"Sheet {sheet} has {where}: at most {WorkbookLimits.MaxRows} rows, {WorkbookLimits.MaxColumns} columns and {WorkbookLimits.MaxCellsPerSheet} cells are read.");

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";

    private static SheetCell? Value(Cell cell, IReadOnlyList<string> strings, IReadOnlySet<uint> percent)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        // A formula saved without its result (some libraries write none): shown as its text, so it is never read as empty.
        if (string.IsNullOrEmpty(raw) && cell.CellFormula?.Text is { Length: > 0 } formula) return Text("=" + formula);
        if (type == CellValues.InlineString) return cell.InlineString is { } inline ? Text(XlsxText.Of(inline)) : null;
        if (string.IsNullOrEmpty(raw)) return null;
        if (type == CellValues.SharedString)
        {
            var index = int.Parse(raw, NumberStyles.None, CultureInfo.InvariantCulture);
            if (index < 0 || index >= strings.Count) throw new InvalidDataException($"Shared string {index} does not exist.");
            return Text(strings[index]);
        }
        if (type == CellValues.Boolean) return SheetCell.OfText(raw == "1" ? "TRUE" : "FALSE");
        if (type is not null && type != CellValues.Number) return Text(raw); // str (formula text), e (#DIV/0!), d (ISO date)
        if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || (number == 0 && IsNonZeroDouble(raw)))
            // Too large for a decimal, or so small that it would silently read as 0: refused at the cell, not rounded.
            return IsNonZeroDouble(raw) ? SheetCell.OfUnrepresentableNumber(raw) : Text(raw);
        number = SheetNumbers.FromStored(number);
        return cell.StyleIndex?.Value is { } style && percent.Contains(style)
            ? SheetCell.OfPercent(SheetNumbers.Normalize(number * 100m))
            : SheetCell.OfNumber(number);
    }

    private static bool IsNonZeroDouble(string raw) =>
        double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value != 0 && double.IsFinite(value);

    private static SheetCell? Text(string text) => text.Length == 0 ? null : SheetCell.OfText(text);

    private static List<string> SharedStrings(WorkbookPart workbookPart)
    {
        var strings = new List<string>();
        if (workbookPart.SharedStringTablePart is not { } part) return strings;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
            if (reader.IsStartElement && reader.ElementType == typeof(SharedStringItem))
                strings.Add(XlsxText.Of(reader.LoadCurrentElement()!));
        return strings;
    }

    /// <summary>Cell formats whose number format shows a percentage: built-in 9 (0%) and 10 (0.00%), or a custom code with %.</summary>
    private static HashSet<uint> PercentStyles(WorkbookPart workbookPart)
    {
        var percent = new HashSet<uint>();
        var stylesheet = workbookPart.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is not { } formats) return percent;
        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && IsPercentCode(f.FormatCode?.Value))
            .Select(f => f.NumberFormatId!.Value)
            .ToHashSet() ?? [];
        uint index = 0;
        foreach (var format in formats.Elements<CellFormat>())
        {
            if (format.NumberFormatId?.Value is 9 or 10 || (format.NumberFormatId?.Value is { } id && custom.Contains(id))) percent.Add(index);
            index++;
        }
        return percent;
    }

    /// <summary>A % outside quoted literals and escapes ("0.0%" yes, "0\"%\"" no).</summary>
    private static bool IsPercentCode(string? code)
    {
        if (code is null) return false;
        var quoted = false;
        for (var i = 0; i < code.Length; i++)
        {
            if (code[i] == '"') quoted = !quoted;
            else if (!quoted && code[i] == '\\') i++;
            else if (!quoted && code[i] == '%') return true;
        }
        return false;
    }
}
