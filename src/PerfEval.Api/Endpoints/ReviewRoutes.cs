using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PerfEval.Api.Http;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Reports;
using PerfEval.Application.Review;
using PerfEval.Domain.Review;

namespace PerfEval.Api.Endpoints;

/// <summary>
/// The routes declarations and monitoring reports share: the answer to a PUT of a new version (201 or 200, ETag,
/// Location, Idempotent-Replayed) and the review steps POST …/submit, …/return, …/approve with an optional
/// <c>{reason}</c> and If-Match. The group's route names {agencyId} and {fiscalYear}, and {period} for monitoring.
/// </summary>
public static class ReviewRoutes
{
    public static void MapReviewSteps(this RouteGroupBuilder group, string subject, string? onApproval = null)
    {
        Step(group, ReviewWorkflow.Submit, $"Submit the current {subject} version for review (agency or admin)");
        Step(group, ReviewWorkflow.Return, $"Return a submitted {subject} with a reason (region reviewer or admin)");
        Step(group, ReviewWorkflow.Approve, $"Approve a submitted {subject} (region reviewer or admin){onApproval}");
    }

    public static Results<Created<ReviewSummary>, Ok<ReviewSummary>> Saved(HttpResponse response, ReviewedPutResult result, string location)
    {
        response.Headers.ETag = ETags.For(result.Saved.Version);
        if (result.Replayed) response.Headers["Idempotent-Replayed"] = "true";
        if (result.Created) return TypedResults.Created(location, result.Saved);
        response.Headers.Location = location;
        return TypedResults.Ok(result.Saved);
    }

    private static void Step(RouteGroupBuilder group, string action, string summary) =>
        group.MapPost("/" + action, async ([FromHeader(Name = "If-Match")] string? ifMatch, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadOptionalAsync(request, new ReviewBody(null), ct);
                return TypedResults.Ok(await sender.Send(new TransitionReview(KeyOf(request), action, body.Reason, ETags.Parse(ifMatch)), ct));
            })
            .Accepts<ReviewBody>("application/json")
            .Produces<ReviewSummary>()
            .WithSummary(summary)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithStandardProblems();

    private static ReviewKey KeyOf(HttpRequest request) => new(
        (string)request.RouteValues["agencyId"]!,
        int.Parse((string)request.RouteValues["fiscalYear"]!, CultureInfo.InvariantCulture),
        request.RouteValues.TryGetValue("period", out var period) ? (string?)period : null);

    /// <summary>A review step's optional body: the reason (required to return).</summary>
    public sealed record ReviewBody(string? Reason);
}
