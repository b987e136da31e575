using System.Text.Json;
using System.Text.Json.Nodes;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Reports.SelfEvaluationSheets;

namespace PerfEval.Application.Reports;

/// <summary>
/// Reads a 自评表 workbook into a draft report document and stores nothing: the draft starts from the report's current
/// version (its table with the same subject and 项目支出名称 replaced, or the sheet's table appended), or from a minimal
/// document when the agency has no report for the year. The client reviews the draft and PUTs it.
/// </summary>
public sealed record ImportSelfEvaluationWorkbook(string AgencyId, int FiscalYear, ReadOnlyMemory<byte> Workbook) : ICommand<WorkbookImport>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Writers;
}

public sealed class ImportSelfEvaluationWorkbookHandler(IAgencyRepository agencies, IReportRepository reports, IWorkbookCodec codec, ICallerAccessor caller)
    : ICommandHandler<ImportSelfEvaluationWorkbook, WorkbookImport>
{
    public async ValueTask<WorkbookImport> Handle(ImportSelfEvaluationWorkbook command, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var agency = await agencies.FindAsync(scope, command.AgencyId, cancellationToken)
            ?? throw new NotFoundException($"Agency {command.AgencyId} was not found.");

        var sheets = codec.Read(command.Workbook).Select(SelfEvaluationSheetReader.Read).ToList();
        var read = sheets.Where(s => s.Recognised).ToList();
        if (read.Count == 0)
            throw WorkbookValidationException.ForSheet(sheets.FirstOrDefault()?.Sheet ?? "",
                "No sheet has the 自评表 layout: a header row with 年初预算数, or one with 一级指标.");

        var head = await reports.FindHeadAsync(scope, command.AgencyId, command.FiscalYear, cancellationToken);
        var document = head is null ? Minimal(agency, command.FiscalYear) : await CurrentAsync(scope, head, cancellationToken);
        var placed = DraftTables.Place(document, read);
        var errors = read.SelectMany(r => r.Errors.Select(e => ToError(e, placed.PointerOf(r)))).ToList();
        if (errors.Count > 0) throw new WorkbookValidationException(errors);

        var cells = read.SelectMany(r => r.Cells.Select(c => new CellSource(c.Sheet, c.Cell.ToString(), c.Cell.Row, c.Cell.Column, placed.PointerOf(r) + c.Pointer, c.Value))).ToList();
        using var json = JsonDocument.Parse(document.ToJsonString(ReportJson.Options));
        var parsed = ReportParser.Parse(json.RootElement);
        if (!parsed.Succeeded)
        {
            var byPointer = cells.GroupBy(c => c.Pointer, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            throw new WorkbookValidationException(parsed.Errors.Select(e => Locate(e.Pointer, e.Message, byPointer, cells)).ToList(),
                "The draft made from the workbook is not a valid report document.");
        }

        return new WorkbookImport(command.AgencyId, command.FiscalYear, head?.Version, json.RootElement.Clone(),
            read.Select(r => new ImportedTable(r.Sheet, placed.PointerOf(r), placed.Replaced(r))).ToList(),
            cells,
            read.SelectMany(r => r.Ignored).Select(i => new IgnoredCellView(i.Sheet, i.Cell.ToString(), i.Cell.Row, i.Cell.Column, i.Value, i.Reason)).ToList(),
            sheets.Where(s => !s.Recognised).Select(s => s.Sheet).ToList(),
            AuditEngine.Run(parsed.Document!).Findings);
    }

    private async Task<JsonObject> CurrentAsync(TenantScope scope, ReportHead head, CancellationToken cancellationToken)
    {
        var version = await reports.FindVersionAsync(scope, head, head.Version, cancellationToken);
        return JsonNode.Parse(version.DocumentJson)!.AsObject();
    }

    /// <summary>The smallest valid document for the agency and year.</summary>
    private static JsonObject Minimal(AgencyRecord agency, int fiscalYear) => new()
    {
        ["schemaVersion"] = ReportDocument.CurrentSchemaVersion,
        ["agency"] = new JsonObject { ["name"] = agency.Name, ["regionCode"] = agency.RegionCode },
        ["fiscalYear"] = fiscalYear,
    };

    private static WorkbookError ToError(SheetError error, string tablePointer) =>
        new(tablePointer + error.Pointer, error.ToString(), error.Sheet, error.Cell?.ToString(), error.Cell?.Row, error.Cell?.Column);

    /// <summary>A problem of the draft, at the cell whose value it concerns when there is one.</summary>
    private static WorkbookError Locate(string pointer, string message, Dictionary<string, CellSource> byPointer, IReadOnlyList<CellSource> cells)
    {
        var cell = byPointer.GetValueOrDefault(pointer)
            ?? cells.FirstOrDefault(c => c.Pointer.StartsWith(pointer + "/", StringComparison.Ordinal))
            ?? cells.Where(c => pointer.StartsWith(c.Pointer + "/", StringComparison.Ordinal)).MaxBy(c => c.Pointer.Length);
        return cell is null
            ? new WorkbookError(pointer, message, null, null, null, null)
            : new WorkbookError(pointer, $"{cell.Sheet}!{cell.Cell}: {message}", cell.Sheet, cell.Cell, cell.Row, cell.Column);
    }
}
