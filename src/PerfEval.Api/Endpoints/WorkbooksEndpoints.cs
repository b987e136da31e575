using Mediator;
using Microsoft.OpenApi;
using PerfEval.Api.Http;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Reports;

namespace PerfEval.Api.Endpoints;

/// <summary>The 自评表 as an Excel workbook: import (a draft document, nothing stored) and export (the canonical layout).</summary>
public static class WorkbooksEndpoints
{
    public static IEndpointRouteBuilder MapWorkbooksApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/agencies/{agencyId}/reports/{fiscalYear:int}").WithTags("Workbooks").RequireAuthorization();

        group.MapPost("/imports/xlsx", async (string agencyId, int fiscalYear, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var workbook = await WorkbookBody.ReadAsync(request, ct);
                return TypedResults.Ok(await sender.Send(new ImportSelfEvaluationWorkbook(agencyId, fiscalYear, workbook), ct));
            })
            .WithSummary("Read a 自评表 workbook into a draft report document (nothing is stored)")
            .WithDescription("The body is the .xlsx itself, or multipart/form-data with one file. Each sheet with the 项目支出/部门整体支出绩效自评表 "
                + "layout becomes an indicator table: it replaces the current version's table with the same subject and 项目支出名称, or is appended; "
                + "without a report for the year the draft is a minimal document. `cells` maps each cell to the JSON pointer it fills, `ignored` lists "
                + "cells with content that fill nothing, `findings` are the audit's findings on the draft. PUT the reviewed draft to store it. "
                + "A cell that cannot be read is 422 with an error per cell (pointer, detail, sheet, cell, row, column); a file that is not an .xlsx is 400.")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = WorkbookRequestBody("The 自评表 workbook (.xlsx).");
                return Task.CompletedTask;
            })
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithStandardProblems()
            // After the standard problems: a workbook's 422 names sheet and cell as well as the pointer.
            .Produces<WorkbookValidationProblem>(StatusCodes.Status422UnprocessableEntity, "application/problem+json");

        group.MapGet("/exports/xlsx", async (string agencyId, int fiscalYear, int? version, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var file = await sender.Send(new ExportSelfEvaluationWorkbook(agencyId, fiscalYear, version), ct);
                response.Headers.ETag = ETags.For(file.Version);
                response.Headers.ContentDisposition = ContentDisposition(file.FileName);
                return TypedResults.File(file.Content, WorkbookLimits.MediaType);
            })
            .WithSummary("The report's 自评表 as an .xlsx workbook (current version, or ?version=)")
            .WithDescription("One sheet per indicator table in the canonical layout (title, 项目支出名称, 主管部门/实施单位, 项目资金, 年度总体目标, "
                + "绩效指标 with merged 一级/二级 cells, 总分); texts as stored, numbers as numbers. Importing it gives the same tables back. "
                + "404 when there is no report, no such version, or no indicator table.")
            .Produces(StatusCodes.Status200OK, contentType: WorkbookLimits.MediaType)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                BinaryOk(operation);
                return Task.CompletedTask;
            })
            .WithStandardProblems();

        return app;
    }

    /// <summary>attachment; filename="hengshan-sfj-2022.xlsx"; filename*=UTF-8''hengshan-sfj-2022-%E8%87%AA%E8%AF%84%E8%A1%A8.xlsx (RFC 6266, RFC 5987).</summary>
    public static string ContentDisposition(string fileName)
    {
        var ascii = new string(fileName.Where(c => c is >= ' ' and <= '~' and not '"' and not '\\').ToArray()).Replace("-.xlsx", ".xlsx", StringComparison.Ordinal);
        return $"attachment; filename=\"{ascii}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";
    }

    /// <summary>The 200 answer is the .xlsx file.</summary>
    public static void BinaryOk(OpenApiOperation operation)
    {
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse concrete)
            concrete.Content = new Dictionary<string, OpenApiMediaType> { [WorkbookLimits.MediaType] = new() { Schema = Binary() } };
    }

    public static OpenApiRequestBody WorkbookRequestBody(string description) => new()
    {
        Required = true,
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            [WorkbookLimits.MediaType] = new() { Schema = Binary() },
            [WorkbookBody.MultipartFormData] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "file" },
                    Properties = new Dictionary<string, IOpenApiSchema> { ["file"] = Binary() },
                },
            },
        },
    };

    private static OpenApiSchema Binary() => new() { Type = JsonSchemaType.String, Format = "binary" };

    /// <summary>Shape of a workbook's 422: RFC 9457 fields plus one entry per cell that cannot be read.</summary>
    public sealed record WorkbookValidationProblem(string? Type, string Title, int Status, string? Detail, IReadOnlyList<WorkbookError> Errors, int? ErrorCount);
}
