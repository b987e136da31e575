using Microsoft.AspNetCore.Routing;

namespace PerfEval.Api.Endpoints;

/// <summary>
/// HEAD is GET without the body (RFC 9110 §9.3.2): every GET endpoint of a group also answers HEAD, and the server
/// drops the body. HEAD operations stay out of the OpenAPI document, where they would only repeat the GETs.
/// </summary>
public static class HeadForGets
{
    public static TBuilder AnswerHeadForGets<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<HttpMethodMetadata>().LastOrDefault();
            if (methods is { HttpMethods: [var only] } && only == HttpMethods.Get)
                endpoint.Metadata.Add(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        });
        return builder;
    }

    public static bool IsHead(Microsoft.AspNetCore.Mvc.ApiExplorer.ApiDescription description) =>
        HttpMethods.IsHead(description.HttpMethod ?? "");
}
