using Mediator;
using PerfEval.Api.Http;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Agencies;

namespace PerfEval.Api.Endpoints;

public static class AgenciesEndpoints
{
    public static IEndpointRouteBuilder MapAgenciesApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/agencies").WithTags("Agencies").RequireAuthorization();

        group.MapPost("/", async (HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var agency = await sender.Send(await JsonBody.ReadAsync<CreateAgency>(request, ct), ct);
                return TypedResults.Created($"/api/v1/agencies/{agency.Id}", agency);
            })
            .WithSummary("Register an agency (admin)")
            .Accepts<CreateAgency>("application/json")
            .Produces<AgencyRecord>(StatusCodes.Status201Created)
            .WithStandardProblems();

        group.MapGet("/{agencyId}", async (string agencyId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetAgency(agencyId), ct)))
            .WithSummary("Read an agency visible to the caller")
            .WithStandardProblems();

        group.MapGet("/", async (string? regionCode, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListAgencies(regionCode), ct)))
            .WithSummary("List agencies visible to the caller, optionally within a region and its descendants")
            .WithStandardProblems();

        return app;
    }
}
