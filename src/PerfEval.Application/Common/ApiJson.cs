using System.Text.Json;
using System.Text.Json.Serialization;
using PerfEval.Domain.Reports;

namespace PerfEval.Application.Common;

/// <summary>
/// The one JSON contract of the host, of what it stores, and of its OpenAPI document: the report documents' strict
/// settings (numbers are numbers, unknown members refused, Chinese text unescaped), except that responses show nulls.
/// </summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(ReportJson.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.Never, MaxDepth = 64 };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Copies the contract onto options the framework owns (ASP.NET Core's JsonOptions).</summary>
    public static void ApplyTo(JsonSerializerOptions target)
    {
        target.PropertyNamingPolicy = Options.PropertyNamingPolicy;
        target.PropertyNameCaseInsensitive = Options.PropertyNameCaseInsensitive;
        target.Encoder = Options.Encoder;
        target.NumberHandling = Options.NumberHandling;
        target.UnmappedMemberHandling = Options.UnmappedMemberHandling;
        target.RespectNullableAnnotations = Options.RespectNullableAnnotations;
        target.RespectRequiredConstructorParameters = Options.RespectRequiredConstructorParameters;
        target.DefaultIgnoreCondition = Options.DefaultIgnoreCondition;
        target.AllowTrailingCommas = Options.AllowTrailingCommas;
        target.ReadCommentHandling = Options.ReadCommentHandling;
        target.MaxDepth = Options.MaxDepth;
    }
}
