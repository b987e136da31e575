namespace PerfEval.Api.Endpoints;

public static class EndpointConventions
{
    /// <summary>Documents the problem+json responses every endpoint can return.</summary>
    public static RouteHandlerBuilder WithStandardProblems(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .Produces<ValidationProblem>(StatusCodes.Status422UnprocessableEntity, "application/problem+json");

    /// <summary>Shape of a 422 problem: RFC 9457 fields plus one entry per field error.</summary>
    public sealed record ValidationProblem(string? Type, string Title, int Status, string? Detail, IReadOnlyList<FieldErrorEntry> Errors);

    public sealed record FieldErrorEntry(string Pointer, string Detail);
}
