using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PerfEval.Api.OpenApi;

/// <summary>
/// A property whose type is a component schema is written as a $ref (oneOf [null, $ref] when nullable) carrying the
/// property's XML-comment description. The generator (Microsoft.AspNetCore.OpenApi 10.0) keeps one reference per
/// component type, so the first property's description ended up on every property of that type (159 nullable
/// Money properties all said "总收入 / 收入合计."). This records each property's own description as its schema is
/// built and, once the document is complete, gives each property its own reference with it.
/// </summary>
public static class NullableReferenceDescriptions
{
    private const string SchemaId = "x-schema-id";
    private const string RefDescription = "x-ref-description";

    private sealed class Seen
    {
        public Dictionary<Type, string> SchemaIds { get; } = [];
        public Dictionary<(Type Declaring, string Json), string> Descriptions { get; } = [];
    }

    private static readonly ConditionalWeakTable<OpenApiDocument, Seen> PerDocument = new();

    public static Task RecordAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Document is not { } document || schema.Metadata is not { } metadata) return Task.CompletedTask;
        var seen = PerDocument.GetOrCreateValue(document);
        if (context.JsonPropertyInfo is JsonPropertyInfo property)
        {
            if (metadata.TryGetValue(RefDescription, out var description) && description is string text && property.DeclaringType is { } declaring)
                seen.Descriptions[(declaring, property.Name)] = text;
        }
        else if (metadata.TryGetValue(SchemaId, out var id) && id is string schemaId && schemaId.Length > 0)
        {
            seen.SchemaIds[context.JsonTypeInfo.Type] = schemaId;
        }
        return Task.CompletedTask;
    }

    public static Task ApplyAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        if (!PerDocument.TryGetValue(document, out var seen) || document.Components?.Schemas is not { } components) return Task.CompletedTask;
        foreach (var ((declaring, json), description) in seen.Descriptions)
        {
            // Types without a recorded id keep the default one, their name.
            var owner = seen.SchemaIds.GetValueOrDefault(declaring) ?? declaring.Name;
            if (!components.TryGetValue(owner, out var ownerSchema)
                || ownerSchema.Properties is not { } properties || !properties.TryGetValue(json, out var property)) continue;
            if (property is OpenApiSchemaReference direct && direct.Reference.Id is { } directId)
                properties[json] = new OpenApiSchemaReference(directId, document) { Description = description };
            else if (property is OpenApiSchema { OneOf: { } variants })
                for (var i = 0; i < variants.Count; i++)
                    if (variants[i] is OpenApiSchemaReference shared && shared.Reference.Id is { } id)
                        variants[i] = new OpenApiSchemaReference(id, document) { Description = description };
        }
        PerDocument.Remove(document);
        return Task.CompletedTask;
    }
}
