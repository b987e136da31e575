using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PerfEval.Api.Http;
using PerfEval.Application.Profiles;
using PerfEval.Domain.Scoring;

namespace PerfEval.Api.Endpoints;

/// <summary>Scoring profiles: the ones in force and their revisions (readers), uploads (admin), a region's headline profile.</summary>
public static class ProfilesEndpoints
{
    public static IEndpointRouteBuilder MapProfilesApiV1(this IEndpointRouteBuilder app)
    {
        var profiles = app.MapGroup("/api/v1/scoring-profiles").WithTags("Scoring profiles").RequireAuthorization();
        profiles.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListScoringProfiles(), ct)))
            .WithSummary("The scoring profiles in force (built in or uploaded) and where each applies")
            .WithStandardProblems();
        profiles.MapGet("/{id}/revisions", async (string id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListProfileRevisions(id), ct)))
            .WithSummary("Every uploaded revision of a scoring profile, oldest first")
            .WithStandardProblems();

        app.MapPut("/api/v1/admin/scoring-profiles/{id}", UploadAsync)
            .WithTags("Scoring profiles")
            .RequireAuthorization()
            .Accepts<ScoringProfile>("application/json")
            .WithSummary("Upload a scoring profile as a new revision (admin); the scores it owes are queued for the stored reports it applies to, as a rescore run")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithStandardProblems();

        app.MapPut("/api/v1/regions/{code}/headline-profile", async (string code, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadAsync<HeadlineBody>(request, ct);
                return TypedResults.Ok(await sender.Send(new SetRegionHeadline(code, body.Profile), ct));
            })
            .WithTags("Scoring profiles")
            .RequireAuthorization()
            .Accepts<HeadlineBody>("application/json")
            .WithSummary("Name the headline profile of a region and its descendants (admin, or a region reviewer for its region and below)")
            .WithStandardProblems();
        return app;
    }

    private static async Task<Results<Created<ProfileUploaded>, Ok<ProfileUploaded>>> UploadAsync(string id, HttpRequest request, ISender sender, CancellationToken ct)
    {
        var body = await JsonBody.ReadDocumentAsync(request, (raw, root) => ProfileBody.From(id, raw, root), ct);
        var uploaded = await sender.Send(new UploadScoringProfile(id, body), ct);
        if (uploaded.Created) return TypedResults.Created($"/api/v1/scoring-profiles/{Uri.EscapeDataString(id)}/revisions", uploaded);
        return TypedResults.Ok(uploaded);
    }

    public sealed record HeadlineBody(string? Profile);
}
