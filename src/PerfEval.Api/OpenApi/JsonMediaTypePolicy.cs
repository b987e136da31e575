using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PerfEval.Api.OpenApi;

/// <summary>
/// States the media-type policy in the document: every operation that takes a JSON body answers 415 for any other
/// media type (JsonBody reads every such body), so each one lists that response, in one place rather than per route.
/// </summary>
public static class JsonMediaTypePolicy
{
    public const string Description = "Unsupported Media Type: a JSON body is accepted only as exactly application/json, optionally with "
        + "charset=utf-8 and no other parameter; any other media type, the +json types included (json-patch+json, merge-patch+json, "
        + "problem+json, vnd.api+json), is 415.";

    public static Task ApplyAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var path in document.Paths.Values)
            foreach (var operation in path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            {
                if (operation.RequestBody?.Content?.ContainsKey("application/json") != true) continue;
                operation.Responses ??= new OpenApiResponses();
                operation.Responses["415"] = new OpenApiResponse
                {
                    Description = Description,
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", document) },
                    },
                };
            }
        return Task.CompletedTask;
    }
}
