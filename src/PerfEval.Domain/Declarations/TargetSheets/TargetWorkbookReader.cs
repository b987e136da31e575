using PerfEval.Domain.Reports.SelfEvaluationSheets;
using PerfEval.Domain.Validation;

namespace PerfEval.Domain.Declarations.TargetSheets;

/// <summary>A cell problem of a target-sheet workbook: the absolute pointer into the declaration it concerns, and the cell when there is one.</summary>
public sealed record TargetSheetError(string Pointer, string Message, string Sheet, CellAddress? Cell)
{
    public override string ToString() => Cell is { } cell ? $"{Sheet}!{cell}: {Message}" : $"{Sheet}: {Message}";
}

/// <summary>What a workbook gave: the declaration (null when it has errors), where each value came from (absolute pointers) and every problem.</summary>
public sealed record TargetWorkbookRead(DeclarationDocument? Document, IReadOnlyList<CellMapping> Cells, IReadOnlyList<TargetSheetError> Errors, IReadOnlyList<string> SkippedSheets)
{
    public bool Succeeded => Document is not null && Errors.Count == 0;
}

/// <summary>
/// A 绩效目标申报表 workbook as one declaration: each sheet with an indicator header is one target set, in sheet order;
/// 申报单位 is the first one stated; every stated 年度 must be the year of the URL. The declaration is then validated
/// as the JSON route validates it (<see cref="DeclarationParser.Validate"/>) and each problem is put at the cell
/// whose value it concerns, or at the row of its indicator.
/// </summary>
public static class TargetWorkbookReader
{
    public static TargetWorkbookRead Read(IReadOnlyList<SheetGrid> sheets, int fiscalYear)
    {
        var reads = sheets.Select(TargetSheetReader.Read).ToList();
        var used = reads.Where(r => r.Recognised).ToList();
        var skipped = reads.Where(r => !r.Recognised).Select(r => r.Sheet).ToList();
        if (used.Count == 0)
            return new(null, [], [new("", "No sheet has the 绩效目标申报表 layout: a header row with 一级指标, 三级指标 and 指标值.", sheets.FirstOrDefault()?.Name ?? "", null)], skipped);

        var cells = new List<CellMapping>();
        var errors = new List<TargetSheetError>();
        foreach (var (read, s) in used.Select((r, s) => (r, s)))
        {
            var prefix = $"/targetSets/{s}";
            cells.AddRange(read.Cells.Where(c => c.Pointer != "/fiscalYear").Select(c => c with { Pointer = prefix + c.Pointer }));
            errors.AddRange(read.Errors.Select(e => new TargetSheetError(e.Pointer == "/fiscalYear" ? e.Pointer : prefix + e.Pointer, e.Message, e.Sheet, e.Cell)));
            if (read.FiscalYear is { } year)
            {
                cells.Add(new CellMapping(read.Sheet, year.Cell, "/fiscalYear", year.Year));
                if (year.Year != fiscalYear)
                    errors.Add(new("/fiscalYear", $"年度 {year.Year} is not the year of the URL ({fiscalYear}).", read.Sheet, year.Cell));
            }
        }
        var agency = used.Select(r => (Read: r, Name: r.AgencyName)).FirstOrDefault(r => r.Name is not null);
        if (agency.Name is { } name) cells.Add(new CellMapping(agency.Read.Sheet, name.Cell, "/agencyName", name.Name));
        if (errors.Count > 0) return new(null, cells, errors, skipped);

        var document = new DeclarationDocument
        {
            SchemaVersion = DeclarationDocument.CurrentSchemaVersion,
            FiscalYear = fiscalYear,
            AgencyName = agency.Name?.Name,
            TargetSets = used.Select(r => r.Set!).ToList(),
        };
        var invalid = DeclarationParser.Validate(document).Select(e => Locate(e, cells, used)).ToList();
        return invalid.Count > 0 ? new(null, cells, invalid, skipped) : new(document, cells, [], skipped);
    }

    /// <summary>At the cell of the value (or of a value under it, or the value it is part of), else the sheet of its set.</summary>
    private static TargetSheetError Locate(FieldError error, IReadOnlyList<CellMapping> cells, IReadOnlyList<TargetSheetRead> used)
    {
        var pointer = error.Pointer;
        var cell = cells.FirstOrDefault(c => c.Pointer == pointer)
            // An indicator's problem (a duplicate) is at its 三级指标, on its own row rather than a merged 一级 above.
            ?? cells.FirstOrDefault(c => c.Pointer == pointer + "/level3")
            ?? cells.FirstOrDefault(c => c.Pointer.StartsWith(pointer + "/", StringComparison.Ordinal))
            ?? cells.Where(c => pointer.StartsWith(c.Pointer + "/", StringComparison.Ordinal)).MaxBy(c => c.Pointer.Length);
        if (cell is not null) return new(pointer, error.Message, cell.Sheet, cell.Cell);
        var set = pointer.Split('/') is [_, "targetSets", var index, ..] && int.TryParse(index, out var s) && s < used.Count ? used[s].Sheet : used[0].Sheet;
        return new(pointer, error.Message, set, null);
    }
}
