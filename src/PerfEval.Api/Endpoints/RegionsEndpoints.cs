using Mediator;
using PerfEval.Api.Http;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Regions;

namespace PerfEval.Api.Endpoints;

public static class RegionsEndpoints
{
    public static IEndpointRouteBuilder MapRegionsApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/regions").WithTags("Regions").RequireAuthorization();

        group.MapPost("/", async (HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var region = await sender.Send(await JsonBody.ReadAsync<CreateRegion>(request, ct), ct);
                return TypedResults.Created($"/api/v1/regions/{region.Code}", region);
            })
            .WithSummary("Register a region (admin)")
            .Accepts<CreateRegion>("application/json")
            .Produces<RegionRecord>(StatusCodes.Status201Created)
            .WithStandardProblems();

        group.MapGet("/", async (string? parentCode, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListRegions(parentCode), ct)))
            .WithSummary("List one level of the GB/T 2260 tree: the provinces, or the regions directly under parentCode")
            .WithStandardProblems();

        group.MapGet("/{code}", async (string code, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetRegion(code), ct)))
            .WithSummary("Read a region (GB/T 2260 code)")
            .WithStandardProblems();

        return app;
    }
}
