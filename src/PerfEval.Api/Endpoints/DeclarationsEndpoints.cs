using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PerfEval.Api.Http;
using PerfEval.Application.Abstractions;
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

        group.MapPost("/imports/xlsx", ImportAsync)
            .WithSummary("Create the declaration or a new version of it from a 绩效目标申报表 workbook")
            .WithDescription("The body is the .xlsx itself, or multipart/form-data with one file; each sheet with a header row "
                + "(一级指标 | 二级指标 | 三级指标 | 指标值 | 比较符 | 数值 | 单位 | 分值) is one target set. The document read from it is stored as the JSON PUT "
                + "stores one: 201/200, ETag = version, If-Match (412), Idempotency-Key, review. A cell that cannot be read is 422 with an error per cell "
                + "(pointer, detail, sheet, cell, row, column) and nothing is stored; a file that is not an .xlsx is 400.")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = WorkbooksEndpoints.WorkbookRequestBody("The 绩效目标申报表 workbook (.xlsx).");
                return Task.CompletedTask;
            })
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithStandardProblems()
            .Produces<WorkbooksEndpoints.WorkbookValidationProblem>(StatusCodes.Status422UnprocessableEntity, "application/problem+json");

        group.MapGet("/exports/xlsx", async (string agencyId, int fiscalYear, int? version, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var file = await sender.Send(new ExportDeclarationWorkbook(agencyId, fiscalYear, version), ct);
                response.Headers.ETag = ETags.For(file.Version);
                response.Headers.ContentDisposition = WorkbooksEndpoints.ContentDisposition(file.FileName);
                return TypedResults.File(file.Content, WorkbookLimits.MediaType);
            })
            .WithSummary("The declaration as a 绩效目标申报表 workbook (current version, or ?version=)")
            .WithDescription("One sheet per target set: title, 年度, 申报单位, 项目名称, 年度总体目标 and the indicator rows; texts as stored, numbers as numbers. "
                + "Importing it stores the same document again.")
            .Produces(StatusCodes.Status200OK, contentType: WorkbookLimits.MediaType)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                WorkbooksEndpoints.BinaryOk(operation);
                return Task.CompletedTask;
            })
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

    private static async Task<Results<Created<ReviewSummary>, Ok<ReviewSummary>>> ImportAsync(
        string agencyId,
        int fiscalYear,
        HttpRequest request,
        HttpResponse response,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ISender sender,
        CancellationToken ct)
    {
        var workbook = await WorkbookBody.ReadAsync(request, ct);
        var body = await sender.Send(new ReadDeclarationWorkbook(agencyId, fiscalYear, workbook), ct);
        var result = await sender.Send(new PutDeclaration(agencyId, fiscalYear, body, ETags.Parse(ifMatch), idempotencyKey), ct);
        return ReviewRoutes.Saved(response, result, $"/api/v1/agencies/{agencyId}/declarations/{fiscalYear}");
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
