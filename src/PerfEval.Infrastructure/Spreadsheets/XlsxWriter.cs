using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfEval.Domain.Reports.SelfEvaluationSheets;

namespace PerfEval.Infrastructure.Spreadsheets;

/// <summary>
/// Writes grids as an .xlsx: one worksheet each, text as shared strings (exactly as given), numbers as numbers,
/// percentages as percent-formatted fractions, merged ranges (their covered cells styled, so borders run through),
/// column widths, wrap text and a header style.
/// </summary>
internal static class XlsxWriter
{
    public static byte[] Write(IReadOnlyList<SheetGrid> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create();
            var strings = new SharedStrings();
            var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var grid in sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(grid, strings);
                sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId++, Name = grid.Name });
            }
            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Table();
        }
        return stream.ToArray();
    }

    private static Worksheet Worksheet(SheetGrid grid, SharedStrings strings)
    {
        var worksheet = new Worksheet();
        if (grid.ColumnWidths.Count > 0)
            worksheet.Append(new Columns(grid.ColumnWidths.Select(w => new Column { Min = (uint)w.Key, Max = (uint)w.Key, Width = w.Value, CustomWidth = true })));

        var cells = new SortedDictionary<CellAddress, Cell>(Comparer<CellAddress>.Create((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Column.CompareTo(b.Column)));
        foreach (var (address, value) in grid.Cells)
            if (!value.IsEmpty) cells[address] = ToCell(address, value, strings);
        foreach (var merge in grid.Merges)
        {
            var style = grid.Cells.TryGetValue(merge.First, out var first) ? XlsxStyles.For(first) : XlsxStyles.Body;
            for (var row = merge.First.Row; row <= merge.Last.Row; row++)
                for (var column = merge.First.Column; column <= merge.Last.Column; column++)
                    cells.TryAdd(new CellAddress(row, column), new Cell { CellReference = new CellAddress(row, column).ToString(), StyleIndex = style });
        }

        var data = new SheetData();
        foreach (var row in cells.GroupBy(c => c.Key.Row))
            data.Append(new Row(row.Select(c => c.Value)) { RowIndex = (uint)row.Key });
        worksheet.Append(data);
        if (grid.Merges.Count > 0)
            worksheet.Append(new MergeCells(grid.Merges.Select(m => new MergeCell { Reference = m.ToString() })) { Count = (uint)grid.Merges.Count });
        return worksheet;
    }

    private static Cell ToCell(CellAddress address, SheetCell value, SharedStrings strings)
    {
        var cell = new Cell { CellReference = address.ToString(), StyleIndex = XlsxStyles.For(value) };
        if (value.Number is { } number)
        {
            var stored = value.IsPercent ? number / 100m : number;
            cell.DataType = CellValues.Number;
            cell.CellValue = new CellValue(stored.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            cell.DataType = CellValues.SharedString;
            cell.CellValue = new CellValue(strings.IndexOf(value.Text!).ToString(CultureInfo.InvariantCulture));
        }
        return cell;
    }

    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _items = [];
        private uint _references;

        public int IndexOf(string text)
        {
            _references++;
            text = XlsxText.Clean(text);
            if (_index.TryGetValue(text, out var index)) return index;
            _items.Add(text);
            return _index[text] = _items.Count - 1;
        }

        public SharedStringTable Table() =>
            new(_items.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })))
            {
                Count = _references,
                UniqueCount = (uint)_items.Count,
            };
    }
}
