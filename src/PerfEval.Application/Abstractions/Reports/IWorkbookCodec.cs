using PerfEval.Domain.Reports.SelfEvaluationSheets;

namespace PerfEval.Application.Abstractions;

/// <summary>
/// Converts an .xlsx workbook to and from sheet grids (values, percent formats, merged ranges). Reading is bounded by
/// <see cref="WorkbookLimits"/>: a file that is not a workbook is <see cref="Common.UnreadableWorkbookException"/> (400),
/// one over a limit <see cref="Common.WorkbookValidationException"/> (422) naming the sheet.
/// </summary>
public interface IWorkbookCodec
{
    IReadOnlyList<SheetGrid> Read(ReadOnlyMemory<byte> workbook);

    byte[] Write(IReadOnlyList<SheetGrid> sheets);
}
