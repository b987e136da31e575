using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfEval.Domain.Reports;

/// <summary>The one JSON contract for report documents: camelCase, strict about unknown members and nulls.</summary>
public static class ReportJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            // An unknown member is most likely a typo by the sender; dropping it would silently lose data.
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.Strict,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = 32,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static ReportDocument? Deserialize(string json) => JsonSerializer.Deserialize<ReportDocument>(json, Options);

    public static string Serialize(ReportDocument document) => JsonSerializer.Serialize(document, Options);
}
