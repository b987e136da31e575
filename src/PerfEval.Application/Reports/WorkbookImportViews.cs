using System.Text.Json;
using PerfEval.Domain.Audit;

namespace PerfEval.Application.Reports;

/// <summary>
/// What an import returns: a draft document to review and PUT (nothing is stored), where each table went, the cell
/// each value came from, the cells left out with why, and the findings the audit makes on the draft.
/// </summary>
public sealed record WorkbookImport(
    string AgencyId,
    int FiscalYear,
    int? BasedOnVersion,
    JsonElement Document,
    IReadOnlyList<ImportedTable> Tables,
    IReadOnlyList<CellSource> Cells,
    IReadOnlyList<IgnoredCellView> Ignored,
    IReadOnlyList<string> SkippedSheets,
    IReadOnlyList<Finding> Findings);

/// <summary>A sheet's table in the draft: at <see cref="Pointer"/> ("/indicatorTables/0"), replacing a table with the same subject and 项目支出名称 or appended.</summary>
public sealed record ImportedTable(string Sheet, string Pointer, bool Replaced);

/// <summary>A cell and the JSON pointer (absolute, into the draft) its value fills; <see cref="Value"/> is the cell's text or number as read.</summary>
public sealed record CellSource(string Sheet, string Cell, int Row, int Column, string Pointer, object Value);

public sealed record IgnoredCellView(string Sheet, string Cell, int Row, int Column, object Value, string Reason);

/// <summary>An exported workbook: file name, the version it shows, the bytes.</summary>
public sealed record WorkbookFile(string FileName, int Version, byte[] Content);
