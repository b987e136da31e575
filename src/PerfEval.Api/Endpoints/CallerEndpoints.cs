using Mediator;
using PerfEval.Api.Http;
using PerfEval.Application.Callers;

namespace PerfEval.Api.Endpoints;

public static class CallerEndpoints
{
    public static IEndpointRouteBuilder MapCallerApiV1(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/me", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetCurrentCaller(), ct)))
            .WithTags("Callers")
            .RequireAuthorization()
            .WithSummary("The calling key: its role, agency and home region (全国, code 000000, for admin keys)")
            .WithStandardProblems();
        return app;
    }
}
