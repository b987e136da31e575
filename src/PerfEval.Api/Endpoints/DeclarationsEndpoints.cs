using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PerfEval.Api.Http;
using PerfEval.Application.Declarations;
using PerfEval.Application.Reports;
using PerfEval.Application.Review;
using PerfEval.Domain.Declarations;

namespace PerfEval.Api.Endpoints;

/// <summary>Declared performance targets (绩效目标申报): versions, review, and the check of the self-evaluation against them.</summary>
public static class DeclarationsEndpoints
{
    public static IEndpointRouteBuilder MapDeclarationsApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/agencies/{agencyId}/declarations/{fiscalYear:int}").WithTags("Declarations").RequireAuthorization();

        group.MapPut("/", PutAsync)
            .WithSummary("Create the declaration (绩效目标申报) or a new immutable version of it")
            .WithDescription("201 on create, 200 on a new version (a draft; after approval an adjustment that needs approval again). ETag = version; "
                + "If-Match (412) and Idempotency-Key work as for reports. The body is exactly application/json.")
            .Accepts<DeclarationDocument>("application/json")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithStandardProblems();

        group.MapGet("/", async (string agencyId, int fiscalYear, HttpResponse response, ISender sender, CancellationToken ct) =>
                Viewed(response, await sender.Send(new GetDeclaration(agencyId, fiscalYear), ct)))
            .WithSummary("Read the current declaration version with its document as it was sent")
            .WithStandardProblems();

        group.MapGet("/approved", async (string agencyId, int fiscalYear, HttpResponse response, ISender sender, CancellationToken ct) =>
                Viewed(response, await sender.Send(new GetDeclaration(agencyId, fiscalYear, Approved: true), ct)))
            .WithSummary("Read the approved declaration version (the one self-evaluations are checked against)")
            .WithStandardProblems();

        group.MapGet("/versions", async (string agencyId, int fiscalYear, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListDeclarationVersions(agencyId, fiscalYear), ct)))
            .WithSummary("List every stored declaration version")
            .WithStandardProblems();

        group.MapGet("/versions/{version:int}", async (string agencyId, int fiscalYear, int version, HttpResponse response, ISender sender, CancellationToken ct) =>
                Viewed(response, await sender.Send(new GetDeclaration(agencyId, fiscalYear, version), ct)))
            .WithSummary("Read one stored declaration version")
            .WithStandardProblems();

        group.MapReviewSteps(PutDeclaration.Subject, "; the year's self-evaluation is then checked against it");

        app.MapGet("/api/v1/agencies/{agencyId}/reports/{fiscalYear:int}/declared-targets",
                async (string agencyId, int fiscalYear, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetDeclaredTargetCheck(agencyId, fiscalYear), ct)))
            .WithTags("Declarations")
            .RequireAuthorization()
            .WithSummary("The self-evaluation checked against the approved declaration: target-change findings and the score under declared targets")
            .WithDescription("Each finding points into the report version (reportPointers) and into the declaration version (declarationPointers). "
                + "Per profile, quotedTotal is the score under the targets the self-evaluation quotes and declaredTotal the score under the declared ones. "
                + "404 until the year has an approved declaration, a report and a finished check.")
            .WithStandardProblems();
        return app;
    }

    private static Ok<DeclarationView> Viewed(HttpResponse response, DeclarationView view)
    {
        response.Headers.ETag = ETags.For(view.Version);
        return TypedResults.Ok(view);
    }

    private static async Task<Results<Created<ReviewSummary>, Ok<ReviewSummary>>> PutAsync(
        string agencyId,
        int fiscalYear,
        HttpRequest request,
        HttpResponse response,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ISender sender,
        CancellationToken ct)
    {
        var body = await JsonBody.ReadDocumentAsync(request, DeclarationBody.From, ct);
        var result = await sender.Send(new PutDeclaration(agencyId, fiscalYear, body, ETags.Parse(ifMatch), idempotencyKey), ct);
        return ReviewRoutes.Saved(response, result, $"/api/v1/agencies/{agencyId}/declarations/{fiscalYear}");
    }
}
