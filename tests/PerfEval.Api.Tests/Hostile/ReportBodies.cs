using System.Text.Json.Nodes;

namespace PerfEval.Api.Tests.Hostile;

/// <summary>A valid report for the new year (accepted as is: see HostileBaselineTests) and ways to break it at one place.</summary>
public static class ReportBodies
{
    private const string RawMarker = "\"__raw_value__\"";

    public static string Valid(int fiscalYear = HostileWorld.NewYear) =>
        "{\"schemaVersion\":\"1.0\",\"agency\":{\"name\":\"测试单位\",\"regionCode\":\"" + HostileWorld.AgencyRegion + "\"},\"fiscalYear\":" + fiscalYear + ","
        + "\"finance\":{\"final\":{\"expenditure\":{\"total\":{\"value\":1092.90,\"unit\":\"万元\"},\"basic\":{\"value\":800.00,\"unit\":\"万元\"},"
        + "\"project\":{\"value\":292.90,\"unit\":\"万元\"}}}},"
        + "\"outputs\":[{\"key\":\"mediationCases\",\"label\":\"调解案件\",\"value\":620,\"unit\":\"件\"}]}";

    /// <summary>The valid report with the member at <paramref name="pointer"/> set to <paramref name="rawJson"/>, written verbatim.</summary>
    public static string WithRaw(string pointer, string rawJson, int fiscalYear = HostileWorld.NewYear) =>
        With(pointer, JsonValue.Create("__raw_value__"), fiscalYear).Replace(RawMarker, rawJson, StringComparison.Ordinal);

    public static string With(string pointer, JsonNode? value, int fiscalYear = HostileWorld.NewYear)
    {
        var root = JsonNode.Parse(Valid(fiscalYear))!;
        var tokens = pointer.Split('/')[1..];
        var parent = root;
        foreach (var token in tokens[..^1]) parent = parent is JsonArray array ? array[int.Parse(token)]! : parent[token]!;
        if (parent is JsonArray list) list[int.Parse(tokens[^1])] = value;
        else parent[tokens[^1]] = value;
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>The valid report with one more member, named <paramref name="rawName"/> as written (escapes included), inside the object at <paramref name="objectPointer"/>.</summary>
    public static string WithMemberNamed(string objectPointer, string rawName) =>
        WithRaw(objectPointer + "/__extra__", "1").Replace("\"__extra__\"", "\"" + rawName + "\"", StringComparison.Ordinal);
}
