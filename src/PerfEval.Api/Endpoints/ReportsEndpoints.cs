using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PerfEval.Api.Http;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Reports;
using PerfEval.Domain.Reports;

namespace PerfEval.Api.Endpoints;

public static class ReportsEndpoints
{
    public static IEndpointRouteBuilder MapReportsApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/agencies/{agencyId}/reports/{fiscalYear:int}").WithTags("Reports").RequireAuthorization();

        group.MapPut("/", PutReportAsync)
            .WithSummary("Create the report or a new immutable version of it")
            .WithDescription("201 on create, 200 on a new version. ETag = version. If-Match guards against lost updates (412); "
                + "Idempotency-Key makes a retry return the first response without creating anything. The body is exactly application/json "
                + "(charset=utf-8 optional, no other parameter); any other media type, the +json types included, is 415.")
            .Accepts<ReportDocument>("application/json")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithStandardProblems();

        group.MapGet("/", async (string agencyId, int fiscalYear, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var report = await sender.Send(new GetReport(agencyId, fiscalYear), ct);
                response.Headers.ETag = ETags.For(report.Version);
                return TypedResults.Ok(report);
            })
            .WithSummary("Read the current version with its document as it was sent")
            .WithStandardProblems();

        group.MapGet("/versions", async (string agencyId, int fiscalYear, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListReportVersions(agencyId, fiscalYear), ct)))
            .WithSummary("List every stored version")
            .WithStandardProblems();

        group.MapGet("/versions/{version:int}", async (string agencyId, int fiscalYear, int version, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var report = await sender.Send(new GetReport(agencyId, fiscalYear, version), ct);
                response.Headers.ETag = ETags.For(report.Version);
                return TypedResults.Ok(report);
            })
            .WithSummary("Read one stored version")
            .WithStandardProblems();

        app.MapGet("/api/v1/reports", async ([AsParameters] ReportListQuery query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListReports(query.RegionCode, query.FiscalYear, query.Status, query.Limit, query.Cursor), ct)))
            .WithTags("Reports")
            .RequireAuthorization()
            .WithSummary("List reports (admin and region keys), cursor-paged")
            .WithStandardProblems();

        return app;
    }

    private static async Task<Results<Created<ReportSaved>, Ok<ReportSaved>>> PutReportAsync(
        string agencyId,
        int fiscalYear,
        HttpRequest request,
        HttpResponse response,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ISender sender,
        CancellationToken ct)
    {
        var body = await JsonBody.ReadReportAsync(request, ct);
        var result = await sender.Send(new PutReport(agencyId, fiscalYear, body, ETags.Parse(ifMatch), idempotencyKey), ct);
        response.Headers.ETag = ETags.For(result.Saved.Version);
        if (result.Replayed) response.Headers["Idempotent-Replayed"] = "true";
        var location = $"/api/v1/agencies/{result.Saved.AgencyId}/reports/{result.Saved.FiscalYear}";
        if (result.Created) return TypedResults.Created(location, result.Saved);
        response.Headers.Location = location;
        return TypedResults.Ok(result.Saved);
    }

    public sealed record ReportListQuery(string? RegionCode, int? FiscalYear, string? Status, int? Limit, string? Cursor);
}
