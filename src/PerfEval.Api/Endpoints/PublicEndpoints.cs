using Mediator;
using PerfEval.Api.Http;
using PerfEval.Application.Public;

namespace PerfEval.Api.Endpoints;

/// <summary>What anyone may read without a key: published reports only, rate-limited per client address.</summary>
public static class PublicEndpoints
{
    public static IEndpointRouteBuilder MapPublicApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/public/v1").WithTags("Public").AllowAnonymous().RequireRateLimiting(RateLimiting.PublicPolicy);

        group.MapGet("/reports", async (string? regionCode, int? fiscalYear, int? limit, string? cursor, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListPublishedReports(regionCode, fiscalYear, limit, cursor), ct)))
            .WithSummary("Published 自评 reports of a region (and below) and a fiscal year, cursor-paged")
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithStandardProblems();
        group.MapGet("/agencies/{agencyId}/reports/{fiscalYear:int}", async (string agencyId, int fiscalYear, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetPublishedReport(agencyId, fiscalYear), ct)))
            .WithSummary("A published report: the document as published, its findings summary and computed scores; 410 with when and why if retracted")
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithStandardProblems();
        return app;
    }
}
