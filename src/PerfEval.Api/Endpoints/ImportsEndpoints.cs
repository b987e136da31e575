using System.Buffers;
using System.Text.Json;
using Mediator;
using PerfEval.Api.Http;
using PerfEval.Application.Common;
using PerfEval.Application.Reports;
using PerfEval.Domain.Reports;

namespace PerfEval.Api.Endpoints;

/// <summary>Bulk intake: a 预算管理一体化 platform pushes many reports in one NDJSON request and reads one result per line.</summary>
public static class ImportsEndpoints
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = ApiJson.Options.Encoder };

    public static IEndpointRouteBuilder MapImportsApiV1(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/imports/reports", ImportReportsAsync)
            .WithTags("Reports")
            .RequireAuthorization()
            .WithSummary("Bulk intake: many reports in one NDJSON batch, each stored as its own version; one NDJSON result per line")
            .WithDescription("The body is application/x-ndjson: one JSON object per line with agencyId, fiscalYear, optional ifMatch (a version number or an "
                + "If-Match value) and idempotencyKey, and report (the document PUT takes). Each line is validated, audited and decided as a PUT of it would be "
                + "(tenancy, If-Match, workflow, Idempotency-Key); a bad line gets its own problem and never blocks the others. The answer streams one line per "
                + "input line in order: {line, status, agencyId, fiscalYear, version, findingCounts, replayed} for a stored or replayed version, or an RFC 9457 "
                + "problem with line, status and JSON pointers into the line (the document's members under /report). Lines are stored in transactions of "
                + $"{ImportReports.ChunkLines}; resend a batch with the same idempotency keys to complete one that was cut off: nothing is created twice. "
                + "A batch over PerfEval:Api:MaxImportLines (default 10,000) lines or MaxImportBytes (default 256 MiB) is 413 and stores nothing; another media type is 415.")
            .Accepts<BulkImportLine>(NdjsonImportBody.MediaType)
            .Produces<BulkImportResult>(StatusCodes.Status200OK, NdjsonImportBody.MediaType)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithStandardProblems();
        return app;
    }

    private static async Task ImportReportsAsync(HttpContext http, ISender sender, CancellationToken ct)
    {
        await using var body = await NdjsonImportBody.SpoolAsync(http.Request, ct);
        var started = false;
        var buffer = new ArrayBufferWriter<byte>(4096);
        await foreach (var chunk in body.ReadChunksAsync(ImportReports.ChunkLines, ct))
        {
            // The first chunk is decided before the answer starts, so that a refused caller (403) still gets a problem response.
            var results = await sender.Send(new ImportReports(chunk), ct);
            if (!started)
            {
                http.Response.StatusCode = StatusCodes.Status200OK;
                http.Response.ContentType = NdjsonImportBody.MediaType + "; charset=utf-8";
                http.Response.Headers.CacheControl = "no-store";
                started = true;
            }
            buffer.ResetWrittenCount();
            foreach (var result in results) Write(buffer, result);
            await http.Response.Body.WriteAsync(buffer.WrittenMemory, ct);
            await http.Response.Body.FlushAsync(ct);
        }
        if (!started) throw new HttpProblemException(422, "Validation failed", "The batch has no lines.", [new("", "Send at least one line.")]);
    }

    private static void Write(ArrayBufferWriter<byte> buffer, ImportLineResult result)
    {
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            if (result.Problem is { } problem)
            {
                json.WriteString("title", problem.Title);
                json.WriteNumber("status", problem.Status);
                json.WriteString("detail", problem.Detail);
                json.WriteNumber("line", result.Line);
                WriteKey(json, result);
                if (problem.Errors.Count > 0)
                {
                    json.WriteStartArray("errors");
                    foreach (var error in problem.Errors.Take(ProblemExceptionHandler.MaxListedErrors))
                    {
                        json.WriteStartObject();
                        json.WriteString("pointer", error.Pointer);
                        json.WriteString("detail", error.Message);
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                    if (problem.Errors.Count > ProblemExceptionHandler.MaxListedErrors) json.WriteNumber("errorCount", problem.Errors.Count);
                }
            }
            else
            {
                var saved = result.Saved!;
                json.WriteNumber("line", result.Line);
                json.WriteNumber("status", result.Status);
                WriteKey(json, result);
                json.WriteNumber("version", saved.Version);
                json.WriteString("rulesetVersion", saved.RulesetVersion);
                json.WriteStartObject("findingCounts");
                json.WriteNumber("errors", saved.FindingCounts.Errors);
                json.WriteNumber("warnings", saved.FindingCounts.Warnings);
                json.WriteNumber("infos", saved.FindingCounts.Infos);
                json.WriteEndObject();
                json.WriteBoolean("replayed", result.Replayed);
            }
            json.WriteEndObject();
        }
        buffer.Write("\n"u8);
    }

    private static void WriteKey(Utf8JsonWriter json, ImportLineResult result)
    {
        if (result.AgencyId is not null) json.WriteString("agencyId", result.AgencyId);
        if (result.FiscalYear is { } year) json.WriteNumber("fiscalYear", year);
    }

    /// <summary>One line of the batch (documentation of the NDJSON body).</summary>
    public sealed record BulkImportLine(string AgencyId, int FiscalYear, string? IfMatch, string? IdempotencyKey, ReportDocument Report);

    /// <summary>One line of the answer: a stored or replayed version (status 200/201), or a problem (title, detail, errors) of the line.</summary>
    public sealed record BulkImportResult(int Line, int Status, string? AgencyId, int? FiscalYear, int? Version, string? RulesetVersion,
        BulkFindingCounts? FindingCounts, bool? Replayed, string? Title, string? Detail, IReadOnlyList<EndpointConventions.FieldErrorEntry>? Errors);

    public sealed record BulkFindingCounts(int Errors, int Warnings, int Infos);
}
