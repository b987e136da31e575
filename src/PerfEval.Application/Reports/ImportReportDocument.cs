using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Audit;
using PerfEval.Domain.DocumentImport;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Reports;

/// <summary>
/// Reads a 自评报告 as agencies write it (.docx, text-layer PDF or UTF-8 text) into a draft report document and stores
/// nothing: the draft (schema 1.1) for the caller's agency and the route's year, the source of every filled pointer,
/// the numbers no pointer took, the audit's findings on the draft and warnings. The client reviews the draft and PUTs it.
/// </summary>
public sealed record ImportReportDocument(string AgencyId, int FiscalYear, ReportFileKind Kind, ReadOnlyMemory<byte> File)
    : ICommand<DocumentImport>, IRequiresRole, IValidatable
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Writers;

    public IEnumerable<FieldError> Validate()
    {
        if (FiscalYear is < ReportDocumentValidator.MinFiscalYear or > ReportDocumentValidator.MaxFiscalYear)
            yield return new("/fiscalYear", $"Fiscal year must be between {ReportDocumentValidator.MinFiscalYear} and {ReportDocumentValidator.MaxFiscalYear}.");
    }
}

public sealed class ImportReportDocumentHandler(IAgencyRepository agencies, IReportFileReader reader, ICallerAccessor caller)
    : ICommandHandler<ImportReportDocument, DocumentImport>
{
    public async ValueTask<DocumentImport> Handle(ImportReportDocument command, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var agency = await agencies.FindAsync(scope, command.AgencyId, cancellationToken)
            ?? throw new NotFoundException($"Agency {command.AgencyId} was not found.");

        var paragraphs = reader.Read(command.Kind, command.File);
        var extraction = DocumentExtractor.Extract(paragraphs, new ImportContext(agency.Name, agency.RegionCode, command.FiscalYear));

        using var json = JsonDocument.Parse(extraction.Draft.ToJsonString(ReportJson.Options));
        var parsed = ReportParser.Parse(json.RootElement);
        var warnings = extraction.Warnings.ToList();
        // The draft is built from the report model's own shapes; a value the model still refuses is said, not hidden.
        warnings.AddRange(parsed.Errors.Select(e => new ImportWarning("draftInvalid", e.Message, e.Pointer, null)));
        var findings = parsed.Succeeded ? AuditEngine.Run(parsed.Document!).Findings : [];

        return new DocumentImport(command.AgencyId, command.FiscalYear, KindName(command.Kind), paragraphs.Count, json.RootElement.Clone(),
            extraction.Provenance, extraction.Unread, findings, warnings, paragraphs);
    }

    private static string KindName(ReportFileKind kind) => kind switch
    {
        ReportFileKind.Docx => "docx",
        ReportFileKind.Pdf => "pdf",
        _ => "text",
    };
}

/// <summary>
/// What a document import returns: the draft to review and PUT, where each filled pointer came from, the numbers left
/// unread, the audit's findings on the draft, warnings, and the paragraphs as read (so a client can show the text with
/// every figure highlighted at its offsets).
/// </summary>
public sealed record DocumentImport(
    string AgencyId,
    int FiscalYear,
    string Format,
    int ParagraphCount,
    JsonElement Document,
    IReadOnlyList<Provenance> Provenance,
    IReadOnlyList<UnreadNumber> Unread,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ImportWarning> Warnings,
    IReadOnlyList<SourceParagraph> Paragraphs);
