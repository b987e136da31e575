using Mediator;
using PerfEval.Api.Http;
using PerfEval.Application.Admin;
using PerfEval.Application.Scoring;
using PerfEval.Application.YearOverYear;

namespace PerfEval.Api.Endpoints;

public static class ScoringEndpoints
{
    public static IEndpointRouteBuilder MapScoringApiV1(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/agencies/{agencyId}/reports/{fiscalYear:int}/score",
                async (string agencyId, int fiscalYear, int? version, string? profile, ISender sender, CancellationToken ct) =>
                    TypedResults.Ok(await sender.Send(new GetReportScore(agencyId, fiscalYear, version, profile), ct)))
            .WithTags("Scoring")
            .RequireAuthorization()
            .WithSummary("Recomputed scores of a version under each scoring profile, with its scoring state (pending, scored, failed)")
            .WithStandardProblems();

        app.MapGet("/api/v1/agencies/{agencyId}/reports/{fiscalYear:int}/yoy",
                async (string agencyId, int fiscalYear, ISender sender, CancellationToken ct) =>
                    TypedResults.Ok(await sender.Send(new GetReportYoy(agencyId, fiscalYear), ct)))
            .WithTags("Year over year")
            .RequireAuthorization()
            .WithSummary("Comparison of a report year with the previous year")
            .WithStandardProblems();

        app.MapGet("/api/v1/agencies/{agencyId}/yoy",
                async (string agencyId, int? fromYear, int? toYear, ISender sender, CancellationToken ct) =>
                    TypedResults.Ok(await sender.Send(new GetAgencyYoy(agencyId, fromYear, toYear), ct)))
            .WithTags("Year over year")
            .RequireAuthorization()
            .WithSummary("An agency's year-over-year comparisons across a span of years")
            .WithStandardProblems();

        var admin = app.MapGroup("/api/v1/admin").WithTags("Admin").RequireAuthorization();
        admin.MapPost("/rescore", async (HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadOptionalAsync(request, new RescoreRequest(null, null, null), ct);
                var run = await sender.Send(new RequestRescore(body.RegionCode, body.FiscalYear, body.Profile), ct);
                return TypedResults.Accepted($"/api/v1/admin/rescore/{run.Id}", run);
            })
            .Accepts<RescoreRequest>("application/json")
            .WithSummary("Rescore the current versions of many reports (admin); returns a run id whose progress can be read")
            .WithStandardProblems();
        admin.MapGet("/rescore/{id}", async (string id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetRescoreRun(id), ct)))
            .WithSummary("Progress of a rescore run")
            .WithStandardProblems();
        admin.MapPost("/reaudit", async (HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadOptionalAsync(request, new ReauditRequest(null, null), ct);
                var run = await sender.Send(new RequestReaudit(body.RegionCode, body.FiscalYear), ct);
                return TypedResults.Accepted($"/api/v1/admin/reaudit/{run.Run.Id}", run);
            })
            .Accepts<ReauditRequest>("application/json")
            .WithSummary("Audit the current versions of many reports again under the running ruleset and retake their metrics snapshots (admin); returns a run whose progress can be read")
            .WithStandardProblems();
        admin.MapGet("/reaudit/{id}", async (string id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetRescoreRun(id), ct)))
            .WithSummary("Progress of a re-audit run (counted over its ledger rows, like a rescore)")
            .WithStandardProblems();
        return app;
    }

    public sealed record RescoreRequest(string? RegionCode, int? FiscalYear, string? Profile);

    public sealed record ReauditRequest(string? RegionCode, int? FiscalYear);
}
