using Mediator;
using PerfEval.Api.Http;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Changes;
using PerfEval.Application.Exports;
using PerfEval.Domain.Validation;
using PerfEval.Application.Common;

namespace PerfEval.Api.Endpoints;

public static class ChangesEndpoints
{
    public static IEndpointRouteBuilder MapChangesApiV1(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/changes", async (string? since, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetChanges(since, limit), ct)))
            .WithTags("Changes")
            .RequireAuthorization()
            .WithSummary("Every new version, finding set, workflow move, score, comparison and publication status the caller may see, in commit order; resume with nextCursor")
            .WithStandardProblems();

        app.MapGet("/api/v1/exports/reports", async (string? regionCode, int? fiscalYear, string? format, HttpContext http, ISender sender, IReportExport export,
                IReadRouting routing, CancellationToken ct) =>
            {
                // A bulk export is a snapshot for analysis, not a read of one's own write: the replica may serve it.
                using var replicaReads = routing.MayReadFromReplica();
                if (format is not (null or "ndjson" or "csv"))
                    throw new RequestValidationException([new FieldError("/format", "format must be ndjson or csv.")]);
                var plan = await sender.Send(new ResolveExport(regionCode, fiscalYear), ct);
                var csv = format == "csv";
                ReportExportWriter.Start(http.Response, csv ? CsvTable.ContentType : ReportExportWriter.NdjsonContentType);
                await using var writer = new ReportExportWriter(http.Response);
                if (csv) await writer.WriteCsvHeaderAsync(ct);
                await foreach (var row in export.StreamAsync(plan.Scope, plan.RegionPath, plan.FiscalYear, withDocuments: !csv, ct))
                {
                    if (csv) await writer.WriteCsvAsync(row, ct);
                    else await writer.WriteNdjsonAsync(row, ct);
                }
                await writer.CompleteAsync(ct);
            })
            .WithTags("Exports")
            .RequireAuthorization()
            .WithSummary("Streams the current reports of a region (and year): NDJSON with each document (one line, values as sent), or CSV of the headline figures; SHA-256 of the body in the X-Content-SHA256 trailer")
            .Produces<string>(StatusCodes.Status200OK, "application/x-ndjson", "text/csv")
            .WithStandardProblems();
        return app;
    }
}
