using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Tests.Docs;

/// <summary>openapi/report-v1.md: every field of the report document with its JSON type and Chinese term.</summary>
public sealed class ReportSchemaDocTests
{
    [Fact]
    public void Report_schema_page_is_generated_from_the_model()
    {
        DocFile.AssertUpToDate(Path.Combine("openapi", "report-v1.md"), Render());
    }

    [Fact]
    public void Every_field_of_the_model_is_documented()
    {
        var docs = LoadDocs();
        var missing = ModelTypes().SelectMany(t => Properties(t).Where(p => Summary(docs, p) is null).Select(p => $"{t.Name}.{p.Name}")).ToList();

        Assert.True(missing.Count == 0, "Undocumented fields: " + string.Join(", ", missing));
    }

    public static string Render()
    {
        var docs = LoadDocs();
        var sb = new StringBuilder();
        sb.AppendLine("# Report document v1 (部门整体支出绩效自评报告)");
        sb.AppendLine();
        sb.AppendLine("Generated from `src/PerfEval.Domain/Reports` by `ReportSchemaDocTests`; do not edit by hand.");
        sb.AppendLine("JSON names are camelCase; unknown members are rejected (422). Money is a decimal in 万元 unless `unit` says");
        sb.AppendLine("otherwise, written with the digits the report uses. The machine-readable schema is `ReportDocument` in");
        sb.AppendLine("`openapi/v1.json`.");
        foreach (var type in ModelTypes())
        {
            sb.AppendLine();
            sb.AppendLine($"## {type.Name}");
            if (TypeSummary(docs, type) is { } summary) sb.AppendLine().AppendLine(summary);
            sb.AppendLine();
            sb.AppendLine("| field | type | meaning |");
            sb.AppendLine("|---|---|---|");
            foreach (var property in Properties(type))
            {
                var required = property.GetCustomAttributes().Any(a => a.GetType().Name == "RequiredMemberAttribute") ? " (required)" : "";
                sb.AppendLine($"| `{JsonNamingPolicy.CamelCase.ConvertName(property.Name)}` | {TypeName(property.PropertyType)}{required} | {(Summary(docs, property) ?? "").Replace("|", "\\|", StringComparison.Ordinal)} |");
            }
        }
        return sb.ToString();
    }

    private static IEnumerable<Type> ModelTypes()
    {
        var seen = new List<Type>();
        var queue = new Queue<Type>([typeof(ReportDocument)]);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (seen.Contains(type)) continue;
            seen.Add(type);
            foreach (var property in Properties(type))
                if (ModelType(property.PropertyType) is { } child && !seen.Contains(child)) queue.Enqueue(child);
        }
        return seen;
    }

    private static Type? ModelType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsGenericType) type = type.GetGenericArguments()[0];
        return type.Namespace == typeof(ReportDocument).Namespace && type.IsClass ? type : null;
    }

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.Name != "EqualityContract");

    private static string TypeName(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null) return TypeName(underlying);
        if (type == typeof(decimal)) return "number";
        if (type == typeof(int)) return "integer";
        if (type == typeof(bool)) return "boolean";
        if (type == typeof(string)) return "string";
        if (type == typeof(DateOnly)) return "date (yyyy-MM-dd)";
        if (type.IsGenericType) return $"array of {TypeName(type.GetGenericArguments()[0])}";
        return $"[{type.Name}](#{type.Name.ToLowerInvariant()})";
    }

    private static Dictionary<string, string> LoadDocs()
    {
        var path = Path.ChangeExtension(typeof(ReportDocument).Assembly.Location, ".xml");
        return XDocument.Load(path).Descendants("member")
            .Where(m => m.Element("summary") is not null)
            .ToDictionary(m => (string)m.Attribute("name")!, m => Normalize(m.Element("summary")!));
    }

    private static string Normalize(XElement summary)
    {
        var text = string.Concat(summary.Nodes().Select(n => n is XElement e && e.Name == "see" ? ((string?)e.Attribute("cref"))?.Split('.').Last() ?? "" : n.ToString()));
        return string.Join(" ", text.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries)).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&lt;", "<", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
    }

    private static string? Summary(Dictionary<string, string> docs, PropertyInfo property) =>
        docs.GetValueOrDefault($"P:{property.DeclaringType!.FullName}.{property.Name}");

    private static string? TypeSummary(Dictionary<string, string> docs, Type type) => docs.GetValueOrDefault($"T:{type.FullName}");
}
