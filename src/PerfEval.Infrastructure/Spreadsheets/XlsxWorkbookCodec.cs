using PerfEval.Application.Abstractions;
using PerfEval.Domain.Reports.SelfEvaluationSheets;

namespace PerfEval.Infrastructure.Spreadsheets;

/// <summary>.xlsx ↔ sheet grids with DocumentFormat.OpenXml (never hand-written zip or XML).</summary>
public sealed class XlsxWorkbookCodec : IWorkbookCodec
{
    public IReadOnlyList<SheetGrid> Read(ReadOnlyMemory<byte> workbook) => XlsxReader.Read(workbook);

    public byte[] Write(IReadOnlyList<SheetGrid> sheets) => XlsxWriter.Write(sheets);
}
