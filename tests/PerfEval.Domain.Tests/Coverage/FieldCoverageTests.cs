using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Tests.Audit;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Domain.Tests.Coverage;

/// <summary>
/// Every numeric field of the report model must be read by something: an audit rule, a scoring profile or a
/// year-over-year metric. The test lists the fields from the model itself, fills every one of them into the synthetic
/// report (a rule needs a field's companions: a total is only checked against its parts), then raises each field (and
/// lowers it when raising changed nothing) and checks that the findings, a score or a year-over-year comparison differ
/// from the unchanged report's. A field nothing reads is a figure nobody can check; exceptions are allow-listed with their reason.
/// </summary>
public sealed class FieldCoverageTests
{
    private const string ParsedCopy = "Targets and actuals are read from their text as written (\"≥90%\", \"6场\") by the scorer and PE-TGT-001; the number is a parsed copy, used only when the text does not parse (\"百分之百\"), so next to a parseable text it changes nothing.";

    /// <summary>Fields no rule, scorer or comparison reads, on purpose.</summary>
    private static readonly Dictionary<string, string> NotRead = new()
    {
        ["/indicatorTables/0/indicators/0/target/value"] = ParsedCopy,
        ["/indicatorTables/0/indicators/0/actual/value"] = ParsedCopy,
        ["/otherBudgets/governmentFund/items/0/value"] = "Untyped lines quoted from the report (彩票公益金 …): no definition to check them against.",
        ["/otherBudgets/stateCapital/items/0/value"] = "Untyped lines quoted from the report: no definition to check them against.",
        ["/otherBudgets/socialInsurance/items/0/value"] = "Untyped lines quoted from the report: no definition to check them against.",
        ["/otherFacts/0/value"] = "Stated facts with no typed home (awards, hotlines): no definition to check them against.",
        ["/performanceGoals/0/indicators/0/target/value"] = ParsedCopy,
        ["/performanceGoals/0/indicators/0/actual/value"] = ParsedCopy,
    };

    [Fact]
    public void Every_numeric_field_is_read_by_a_rule_a_scorer_or_a_yoy_metric()
    {
        var unread = ReadStatus.Value.Where(f => !f.Value && !NotRead.ContainsKey(f.Key)).Select(f => f.Key).ToList();

        Assert.True(unread.Count == 0, "Numeric fields nothing reads (add a rule, or allow-list with a reason):\n" + string.Join("\n", unread));
    }

    [Fact]
    public void Allow_listed_fields_exist_and_are_really_unread()
    {
        foreach (var (path, reason) in NotRead)
        {
            Assert.True(ReadStatus.Value.ContainsKey(path), $"{path} is not a field of the model.");
            Assert.False(string.IsNullOrWhiteSpace(reason));
            Assert.False(ReadStatus.Value[path], $"{path} is read now: remove it from the allow-list.");
        }
    }

    /// <summary>Paths like /finance/final/expenditure/total/value, with list elements as /0.</summary>
    public static IEnumerable<(string Path, Type Type)> NumericFields(Type type, string path, int depth)
    {
        if (depth > 10) yield break;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.Name != "EqualityContract"))
        {
            var name = path + "/" + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (t == typeof(decimal) || t == typeof(int)) { yield return (name, t); continue; }
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                var element = t.GetGenericArguments()[0];
                if (element.Namespace == typeof(ReportDocument).Namespace)
                    foreach (var field in NumericFields(element, name + "/0", depth + 1)) yield return field;
                continue;
            }
            if (t.Namespace == typeof(ReportDocument).Namespace && t.IsClass)
                foreach (var field in NumericFields(t, name, depth + 1)) yield return field;
        }
    }

    /// <summary>Every field scaffolded with a value (a rule needs a field's companions: a total is only checked against
    /// its parts).</summary>
    private static readonly Lazy<JsonNode> Dense = new(() =>
    {
        var root = JsonNode.Parse(SyntheticReport.Json)!;
        foreach (var (path, type) in NumericFields(typeof(ReportDocument), "", 0))
        {
            var (parent, last) = Ensure(root, path);
            parent[last] ??= type == typeof(int) ? JsonValue.Create(3) : JsonValue.Create(10.00m);
        }
        return root;
    });

    /// <summary>Whether each field is read, computed once for both tests: the dense document is evaluated once, each
    /// field is changed once, and only as much is evaluated as it takes to see a difference.</summary>
    private static readonly Lazy<Dictionary<string, bool>> ReadStatus = new(() =>
    {
        using var json = JsonDocument.Parse(Dense.Value.ToJsonString());
        var parsed = ReportParser.Parse(json.RootElement);
        Assert.True(parsed.Succeeded, "The dense synthetic report does not parse: " + string.Join("; ", parsed.Errors.Select(e => e.Pointer + " " + e.Message)));
        var outputs = Outputs(MetricsSnapshot.Of(SyntheticReport.Clean()));
        var baseline = outputs.Select(output => output(parsed.Document!)).ToList();
        // Fields come in document order and neighbours are mostly read by the same rule, so the part that told the last
        // field apart is tried first: about two parts per field instead of every rule every time.
        var order = Enumerable.Range(0, outputs.Count).ToList();
        var status = new Dictionary<string, bool>();
        foreach (var (path, type) in NumericFields(typeof(ReportDocument), "", 0))
        {
            // Some checks see one direction only (a project list shorter than its stated count is excused under an
            // itemisation threshold), so a field no part tells apart when raised is also tried lowered.
            var at = -1;
            foreach (var up in (bool[])[true, false])
            {
                var changed = Changed(path, type, up);
                at = order.FindIndex(i => outputs[i](changed) != baseline[i]);
                if (at >= 0) break;
            }
            status[path] = at >= 0;
            if (at <= 0) continue;
            var part = order[at];
            order.RemoveAt(at);
            order.Insert(0, part);
        }
        return status;
    });

    /// <summary>Everything a document produces, in parts: each rule's findings (with the rounding evidence it gathers,
    /// which decides other findings' severity), the scores, the year-over-year comparison.</summary>
    private static List<Func<ReportDocument, string>> Outputs(MetricsSnapshot previous) =>
    [
        .. RuleCatalog.All.Select(rule => (Func<ReportDocument, string>)(document => Findings(rule, document))),
        document => string.Join("\n", ScoringProfiles.All.Select(p => JsonSerializer.Serialize(ScoringEngine.Score(document, p)))),
        document => JsonSerializer.Serialize(YoyEngine.Compare(MetricsSnapshot.Of(document), previous, new YoyOptions())),
    ];

    private static string Findings(IAuditRule rule, ReportDocument document)
    {
        var context = new AuditContext(RuleCatalog.Version);
        try
        {
            var findings = rule.Evaluate(document, context).Select(f => $"{f.Severity} {string.Join(",", f.Pointers)} {f.Expected} {f.Actual}");
            return string.Join("\n", findings) + $"\nrounded {context.Rounding.RoundedOnly}, truncated {context.Rounding.TruncatedOnly}";
        }
        catch (OverflowException)
        {
            return "overflow";
        }
    }

    /// <summary>The dense document with the field raised or lowered (changed in place, read, restored); lowered stays
    /// positive, so the check for negative figures cannot tell every field apart. Read without the validator: it checks
    /// no number's range, so a changed number keeps the dense document valid.</summary>
    private static ReportDocument Changed(string path, Type type, bool up)
    {
        var (node, last) = Ensure(Dense.Value, path);
        var original = node[last]!;
        var reference = original.GetValue<decimal>();
        node[last] = type == typeof(int)
            ? JsonValue.Create(up ? (int)reference + 1 : (int)reference / 2)
            : JsonValue.Create(up ? reference * 2m + 3.17m : reference / 2m);
        try
        {
            return ReportJson.Deserialize(Dense.Value.ToJsonString())!;
        }
        finally
        {
            node[last] = original;
        }
    }

    /// <summary>The parent object of a field, created (with required members) where missing, and the field's name.</summary>
    private static (JsonNode Parent, string Last) Ensure(JsonNode root, string path)
    {
        var tokens = path.Trim('/').Split('/');
        JsonNode node = root;
        var modelType = typeof(ReportDocument);
        for (var i = 0; i < tokens.Length - 1; i++)
        {
            var token = tokens[i];
            if (node is JsonArray array)
            {
                if (array.Count == 0) array.Add(NewObject(modelType));
                node = array[0]!;
                continue;
            }
            var property = modelType.GetProperties().First(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == token);
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var isList = propertyType.IsGenericType && propertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);
            modelType = isList ? propertyType.GetGenericArguments()[0] : propertyType;
            node[token] ??= isList ? new JsonArray() : NewObject(modelType);
            node = node[token]!;
        }
        return (node, tokens[^1]);
    }

    /// <summary>An object of a model type with its required members filled in (a share also names a base).</summary>
    private static JsonObject NewObject(Type type)
    {
        var obj = new JsonObject();
        foreach (var p in type.GetProperties().Where(p => p.GetCustomAttributes().Any(a => a.GetType().Name == "RequiredMemberAttribute")))
            obj[JsonNamingPolicy.CamelCase.ConvertName(p.Name)] = p.PropertyType == typeof(string) ? "x" : JsonValue.Create(0);
        if (type == typeof(Share)) obj["of"] = "/finance/final/expenditure/total";
        if (type == typeof(Money)) obj["value"] = 10.00m;
        return obj;
    }
}
