using Mediator;
using PerfEval.Api.Http;
using PerfEval.Application.ApiKeys;

namespace PerfEval.Api.Endpoints;

public static class ApiKeysEndpoints
{
    public static IEndpointRouteBuilder MapApiKeysApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/api-keys").WithTags("API keys").RequireAuthorization();

        group.MapPost("/", async (HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(await JsonBody.ReadAsync<CreateApiKey>(request, ct), ct);
                return TypedResults.Created($"/api/v1/api-keys/{created.Id}", created);
            })
            .WithSummary("Issue an API key (admin). The key is returned only in this response.")
            .Accepts<CreateApiKey>("application/json")
            .Produces<CreatedApiKey>(StatusCodes.Status201Created)
            .WithStandardProblems();

        group.MapDelete("/{id}", async (string id, ISender sender, Auth.ApiKeyScopeCache keyCache, CancellationToken ct) =>
            {
                await sender.Send(new RevokeApiKey(id), ct);
                keyCache.Clear();
                return TypedResults.NoContent();
            })
            .WithSummary("Revoke an API key (admin)")
            .WithStandardProblems();

        return app;
    }
}
