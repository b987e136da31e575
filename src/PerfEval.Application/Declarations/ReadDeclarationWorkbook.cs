using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Declarations;
using PerfEval.Domain.Declarations.TargetSheets;
using PerfEval.Domain.Reports;

namespace PerfEval.Application.Declarations;

/// <summary>
/// Reads a 绩效目标申报表 workbook into the declaration document the JSON route would receive (stores nothing; the
/// endpoint then PUTs it with <see cref="PutDeclaration"/>, so versions, If-Match, Idempotency-Key and review are the
/// JSON route's). The agency is looked up first, so another tenant's agency is 404 whatever the file holds. A cell
/// that cannot be read, or a value the declaration refuses, is 422 with the sheet and cell of each problem.
/// </summary>
public sealed record ReadDeclarationWorkbook(string AgencyId, int FiscalYear, ReadOnlyMemory<byte> Workbook) : IQuery<DeclarationBody>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Writers;
}

public sealed class ReadDeclarationWorkbookHandler(IAgencyRepository agencies, IWorkbookCodec codec, ICallerAccessor caller)
    : IQueryHandler<ReadDeclarationWorkbook, DeclarationBody>
{
    public async ValueTask<DeclarationBody> Handle(ReadDeclarationWorkbook query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        _ = await agencies.FindAsync(scope, query.AgencyId, cancellationToken)
            ?? throw new NotFoundException($"Agency {query.AgencyId} was not found.");

        var read = TargetWorkbookReader.Read(codec.Read(query.Workbook), query.FiscalYear);
        if (!read.Succeeded)
            throw new WorkbookValidationException(read.Errors.Select(e => new WorkbookError(e.Pointer, e.ToString(), e.Sheet, e.Cell?.ToString(), e.Cell?.Row, e.Cell?.Column)).ToList(),
                "The workbook is not a valid declaration (绩效目标申报表).");
        var raw = JsonSerializer.Serialize(read.Document!, ReportJson.Options);
        using var json = JsonDocument.Parse(raw);
        return DeclarationBody.From(raw, json.RootElement);
    }
}

/// <summary>A declaration version (current unless one is given) as a 绩效目标申报表 workbook, one sheet per target set.</summary>
public sealed record ExportDeclarationWorkbook(string AgencyId, int FiscalYear, int? Version = null) : IQuery<Reports.WorkbookFile>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class ExportDeclarationWorkbookHandler(IDeclarationRepository declarations, IWorkbookCodec codec, ICallerAccessor caller)
    : IQueryHandler<ExportDeclarationWorkbook, Reports.WorkbookFile>
{
    public async ValueTask<Reports.WorkbookFile> Handle(ExportDeclarationWorkbook query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var head = await declarations.Heads.FindAsync(scope, new ReviewKey(query.AgencyId, query.FiscalYear), cancellationToken)
            ?? throw new NotFoundException($"No declaration of agency {query.AgencyId} for {query.FiscalYear}.");
        var number = query.Version ?? head.Version;
        var version = await declarations.FindVersionAsync(scope, new VersionKey(query.AgencyId, query.FiscalYear, number), cancellationToken)
            ?? throw new NotFoundException($"Version {number} does not exist.");
        var document = DeclarationParser.Parse(version.DocumentJson).Document
            ?? throw new InvalidOperationException($"Stored declaration version {number} of {query.AgencyId} {query.FiscalYear} is not a valid declaration.");
        return new Reports.WorkbookFile($"{query.AgencyId}-{query.FiscalYear}-绩效目标申报表.xlsx", number, codec.Write(TargetSheetWriter.Write(document)));
    }
}
