using Mediator;
using Microsoft.AspNetCore.Mvc;
using PerfEval.Api.Http;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Publication;
using PerfEval.Application.Reports;
using PerfEval.Domain.Publication;

namespace PerfEval.Api.Endpoints;

public static class WorkflowEndpoints
{
    public static IEndpointRouteBuilder MapWorkflowApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/agencies/{agencyId}/reports/{fiscalYear:int}").WithTags("Workflow").RequireAuthorization();

        Map(group, "/submit", WorkflowAction.Submit, "Submit the current version (draft → submitted; agency or admin); refused while error findings exist");
        Map(group, "/return", WorkflowAction.Return, "Return a submitted report to the agency with a reason (region reviewer or admin)");
        Map(group, "/accept", WorkflowAction.Accept, "Accept a submitted report (region reviewer or admin)");
        Map(group, "/publish", WorkflowAction.Publish,
            "Publish an accepted report (region reviewer or admin); refused while error findings exist, warnings need acknowledgeWarnings: true");
        Map(group, "/retract", WorkflowAction.Retract, "Retract a published report with a reason (region reviewer or admin); the public sees a tombstone");

        group.MapGet("/history", async (string agencyId, int fiscalYear, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetReportHistory(agencyId, fiscalYear), ct)))
            .WithSummary("Every workflow transition of the report year: who, when, from, to, why, which version")
            .WithStandardProblems();
        return app;
    }

    private static void Map(RouteGroupBuilder group, string path, WorkflowAction action, string summary) =>
        group.MapPost(path, async (string agencyId, int fiscalYear, [FromHeader(Name = "If-Match")] string? ifMatch, HttpRequest request, ISender sender,
                CancellationToken ct) =>
            {
                var body = await JsonBody.ReadOptionalAsync(request, new TransitionBody(null, null), ct);
                return TypedResults.Ok(await sender.Send(
                    new TransitionReport(agencyId, fiscalYear, action, body.Reason, body.AcknowledgeWarnings ?? false, ETags.Parse(ifMatch)), ct));
            })
            .Accepts<TransitionBody>("application/json")
            .Produces<ReportSummary>()
            .WithSummary(summary)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithStandardProblems();

    /// <summary>A transition's optional body: the reason (return, retract) and the acknowledgement of warnings (publish).</summary>
    public sealed record TransitionBody(string? Reason, bool? AcknowledgeWarnings);
}
