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

    /// <summary>Documents another media type of a response already declared (text bodies such as CSV and NDJSON).</summary>
    public static RouteHandlerBuilder AlsoAs(this RouteHandlerBuilder builder, int statusCode, params string[] contentTypes) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Responses?.TryGetValue(statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response) == true
                && response is Microsoft.OpenApi.OpenApiResponse concrete)
            {
                concrete.Content ??= new Dictionary<string, Microsoft.OpenApi.OpenApiMediaType>();
                foreach (var contentType in contentTypes)
                    concrete.Content[contentType] = new Microsoft.OpenApi.OpenApiMediaType { Schema = new Microsoft.OpenApi.OpenApiSchema { Type = Microsoft.OpenApi.JsonSchemaType.String } };
            }
            return Task.CompletedTask;
        });

    /// <summary>Shape of a 422 problem: RFC 9457 fields plus one entry per field error.</summary>
    public sealed record ValidationProblem(string? Type, string Title, int Status, string? Detail, IReadOnlyList<FieldErrorEntry> Errors);

    public sealed record FieldErrorEntry(string Pointer, string Detail);
}
