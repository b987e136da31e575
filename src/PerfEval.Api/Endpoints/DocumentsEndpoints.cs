using Mediator;
using Microsoft.OpenApi;
using PerfEval.Api.Http;
using PerfEval.Application.Reports;

namespace PerfEval.Api.Endpoints;

/// <summary>The 自评报告 as agencies write it (.docx, PDF, text): import into a draft with the source of every figure (nothing stored).</summary>
public static class DocumentsEndpoints
{
    public static IEndpointRouteBuilder MapDocumentsApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/agencies/{agencyId}/reports/{fiscalYear:int}").WithTags("Documents").RequireAuthorization();

        group.MapPost("/imports/document", async (string agencyId, int fiscalYear, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (kind, body) = await DocumentBody.ReadAsync(request, ct);
                return TypedResults.Ok(await sender.Send(new ImportReportDocument(agencyId, fiscalYear, kind, body), ct));
            })
            .WithSummary("Read a 自评报告 (.docx, text-layer PDF or UTF-8 text) into a draft report document (nothing is stored)")
            .WithDescription("The body is the report file itself. `document` is a draft (schema 1.1) for the agency and year of the route: "
                + "amounts with their units and shares (占…的x%) with their base, 人员编制, “三公”经费 by stage and year, 政府采购, 资产, 项目经费, "
                + "outputs (产出) of the 绩效 sections and the 自评分, each placed by a phrase rule of the catalogue. `provenance` has an entry per "
                + "filled JSON pointer: paragraph (and PDF page), character offsets of the number and unit in that paragraph, the sentence, the "
                + "number and unit exactly as written and the rule. `unread` lists every number no pointer took, with its sentence and why; "
                + "`findings` are the audit's findings on the draft; `warnings` name unit slips and figures stated twice with two values; "
                + "`paragraphs` are the text as read. PUT the reviewed draft to store it. A body that is not the declared kind of file is 400; "
                + "an encrypted or macro-enabled file, a scanned PDF (no text), a garbled text layer or a file over the page, paragraph or "
                + "character limits is 422; another media type 415; over the body limit 413.")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "The report file: .docx, PDF with a text layer, or text/plain in UTF-8.",
                    Content = DocumentBody.MediaTypes.ToDictionary(m => m, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } }),
                };
                return Task.CompletedTask;
            })
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithStandardProblems();

        return app;
    }
}
