using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Reports.SelfEvaluationSheets;

namespace PerfEval.Application.Reports;

/// <summary>The report's 自评表 (its indicatorTables, one sheet each) as an .xlsx workbook in the canonical layout; current version unless one is given.</summary>
public sealed record ExportSelfEvaluationWorkbook(string AgencyId, int FiscalYear, int? Version = null) : IQuery<WorkbookFile>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class ExportSelfEvaluationWorkbookHandler(IReportRepository reports, IWorkbookCodec codec, ICallerAccessor caller)
    : IQueryHandler<ExportSelfEvaluationWorkbook, WorkbookFile>
{
    public async ValueTask<WorkbookFile> Handle(ExportSelfEvaluationWorkbook query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var (_, version) = await reports.FindAsync(scope, query.AgencyId, query.FiscalYear, query.Version, cancellationToken);
        var key = new VersionKey(version.AgencyId, version.FiscalYear, version.Version);

        using var json = JsonDocument.Parse(version.DocumentJson);
        var document = ReportParser.Parse(json.RootElement).Document
            ?? throw new InvalidOperationException($"Stored version {key} is not a valid report document.");
        if (document.IndicatorTables is not { Count: > 0 } tables)
            throw new NotFoundException($"Version {key.Version} of the report has no 自评表 (indicatorTables).");

        var names = SheetNames.For(tables);
        var sheets = tables.Select((table, i) => SelfEvaluationSheetWriter.Write(table, names[i])).ToList();
        return new WorkbookFile($"{query.AgencyId}-{query.FiscalYear}-自评表.xlsx", key.Version, codec.Write(sheets));
    }
}
