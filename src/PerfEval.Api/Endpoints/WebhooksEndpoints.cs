using Mediator;
using PerfEval.Api.Http;
using PerfEval.Application.Webhooks;

namespace PerfEval.Api.Endpoints;

/// <summary>Webhook subscriptions of platform clients (admin and region keys) and their delivery logs.</summary>
public static class WebhooksEndpoints
{
    public static IEndpointRouteBuilder MapWebhooksApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/webhooks").WithTags("Webhooks").RequireAuthorization();

        group.MapPost("/", async (HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(await JsonBody.ReadAsync<RegisterWebhook>(request, ct), ct);
                return TypedResults.Created($"/api/v1/webhooks/{created.Id}", created);
            })
            .WithSummary("Register a webhook (admin, region): signed deliveries of the chosen events for the agencies in the key's scope. The secret is returned only in this response.")
            .Accepts<RegisterWebhook>("application/json")
            .Produces<CreatedWebhook>(StatusCodes.Status201Created)
            .WithStandardProblems();

        group.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListWebhooks(), ct)))
            .WithSummary("The caller's webhooks, without their secrets (admin, region)")
            .WithStandardProblems();

        group.MapDelete("/{id}", async (string id, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeleteWebhook(id), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Delete one of the caller's webhooks; deliveries not yet sent are dropped (admin, region)")
            .WithStandardProblems();

        group.MapGet("/{id}/deliveries", async (string id, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListWebhookDeliveries(id, limit), ct)))
            .WithSummary("Delivery log of one of the caller's webhooks, newest first: state, attempts, last status code or error, next attempt (admin, region)")
            .WithStandardProblems();

        return app;
    }
}
