using System.Text;
using System.Text.Json;

namespace PerfEval.Domain.Reports;

/// <summary>
/// Upgrades a stored or sent document of an older schema version to the current one, in memory. Stored documents are
/// kept exactly as sent; every reader goes through <see cref="ReportParser"/>, which applies this first.
/// </summary>
public static class SchemaUpgrade
{
    public const string V1_0 = "1.0";

    /// <summary>Versions the parser accepts: the current one and those it can upgrade.</summary>
    public static readonly IReadOnlyList<string> Accepted = [V1_0, ReportDocument.CurrentSchemaVersion];

    private const string ProjectShareBase = "/finance/generalPublicBudget/expenditure/project";

    /// <summary>
    /// 1.0 → 1.1: <c>projectFunds.shareOfProjectExpenditure</c> was a bare quantity (value, unit "%", text); it becomes a
    /// share of the base its definition names (一般公共预算项目支出, else the final accounts' 项目支出). A 1.0 share of a
    /// revenue or expenditure line that names no base is read as a share of that statement's total, the only base those
    /// lines were used with. Strings are copied as written (escapes included), so text the validator must reject
    /// reaches it unchanged.
    /// </summary>
    public static string From1_0(JsonElement root)
    {
        var hasGpbProject = root.TryGetPath(out _, "finance", "generalPublicBudget", "expenditure", "project");
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = true }))
            Copy(root, writer, [], hasGpbProject ? ProjectShareBase : "/finance/final/expenditure/project");
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Copy(JsonElement element, Utf8JsonWriter writer, List<string> path, string projectShareBase)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                var isProjectShare = path is ["projectFunds", "shareOfProjectExpenditure"];
                foreach (var property in element.EnumerateObject())
                {
                    if (isProjectShare && property.Name is "unit" or "qualifier") continue;
                    writer.WritePropertyName(property.Name);
                    if (path.Count == 0 && property.Name == "schemaVersion") { writer.WriteStringValue(ReportDocument.CurrentSchemaVersion); continue; }
                    path.Add(property.Name);
                    Copy(property.Value, writer, path, projectShareBase);
                    path.RemoveAt(path.Count - 1);
                }
                if (element.TryGetProperty("of", out _) is false && DefaultBase(path, projectShareBase) is { } of) writer.WriteString("of", of);
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    path.Add((index++).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    Copy(item, writer, path, projectShareBase);
                    path.RemoveAt(path.Count - 1);
                }
                writer.WriteEndArray();
                break;
            default:
                writer.WriteRawValue(element.GetRawText(), skipInputValidation: true);
                break;
        }
    }

    /// <summary>The base a 1.0 share object at <paramref name="path"/> implied, or null when it is not such a share.</summary>
    private static string? DefaultBase(List<string> path, string projectShareBase) => path switch
    {
        ["projectFunds", "shareOfProjectExpenditure"] => projectShareBase,
        ["finance", var stage, "revenue" or "expenditure", _, "share"] => $"/finance/{stage}/{path[2]}/total",
        ["finance", var stage, "revenue" or "expenditure", _, "restatements", _, "share"] => $"/finance/{stage}/{path[2]}/total",
        _ => null,
    };

    private static bool TryGetPath(this JsonElement element, out JsonElement found, params string[] names)
    {
        found = element;
        foreach (var name in names)
            if (found.ValueKind != JsonValueKind.Object || !found.TryGetProperty(name, out found)) return false;
        return true;
    }
}
