using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Validation;

namespace PerfEval.Api.OpenApi;

/// <summary>Publishes the report schema's limits (list lengths, text length) that ReportDocumentValidator enforces.</summary>
public static class ReportSchemaLimits
{
    public static Task ApplyAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo?.DeclaringType.Namespace != typeof(ReportDocument).Namespace) return Task.CompletedTask;
        if (schema.Type?.HasFlag(JsonSchemaType.Array) == true) schema.MaxItems = ReportDocumentValidator.MaxItems;
        if (schema.Type?.HasFlag(JsonSchemaType.String) == true && schema.Format is null) schema.MaxLength = ReportDocumentValidator.MaxTextLength;
        return Task.CompletedTask;
    }
}
