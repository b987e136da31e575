using System.Text.Json.Nodes;

namespace PerfEval.Api.Tests.Hostile;

/// <summary>Well-formed reports of the wrong shape: 422 with the pointer of each field at fault.</summary>
public static class ReportFieldCases
{
    private static readonly string[] StringFields =
        ["/schemaVersion", "/agency/name", "/agency/regionCode", "/outputs/0/key", "/outputs/0/label", "/outputs/0/unit", "/finance/final/expenditure/total/unit"];

    private static readonly string[] NumberFields =
        ["/fiscalYear", "/finance/final/expenditure/total/value", "/finance/final/expenditure/basic/value", "/outputs/0/value"];

    private static readonly string[] ObjectFields =
        ["/agency", "/finance", "/finance/final", "/finance/final/expenditure", "/finance/final/expenditure/total", "/outputs/0"];

    private static readonly string[] RequiredFields = ["/schemaVersion", "/agency", "/agency/name", "/fiscalYear"];

    public static IEnumerable<HostileCase> All()
    {
        foreach (var field in StringFields)
            foreach (var raw in new[] { "42", "true", "{}", "[]" })
                yield return Field($"string field {field} given {raw}", field, raw);
        foreach (var field in NumberFields)
            foreach (var raw in new[] { "\"1092.90\"", "true", "{}", "[]", "\"NaN\"" })
                yield return Field($"number field {field} given {raw}", field, raw);
        foreach (var field in ObjectFields)
            foreach (var raw in new[] { "\"x\"", "1", "[]", "true" })
                yield return Field($"object field {field} given {raw}", field, raw);
        foreach (var raw in new[] { "{}", "\"x\"", "1", "true" })
            yield return Field($"array field /outputs given {raw}", "/outputs", raw);
        foreach (var field in RequiredFields)
            yield return Field($"required field {field} null", field, "null");
        yield return Field("null list item", "/outputs/0", "null");

        foreach (var (name, body, pointer) in new[]
                 {
                     ("top-level array", "[]", ""), ("top-level string", "\"report\"", ""), ("top-level number", "1", ""),
                     ("top-level true", "true", ""), ("top-level null", "null", ""), ("empty object", "{}", "/schemaVersion"),
                 })
            yield return new($"report {name}", w => Raw.Put(w.NewReportPath, body), 422, pointer);

        foreach (var parent in new[] { "", "/agency", "/finance/final/expenditure/total", "/outputs/0" })
            yield return new($"report unknown member in '{parent}'", w => Raw.Put(w.NewReportPath, ReportBodies.WithMemberNamed(parent, "unknownThing")), 422, parent + "/unknownThing");
        foreach (var (parent, member) in new[] { ("", "fiscalYear"), ("/agency", "name"), ("/outputs/0", "key"), ("/finance/final/expenditure/total", "value") })
            yield return new($"report duplicate member {parent}/{member}", w => Raw.Put(w.NewReportPath, ReportBodies.WithMemberNamed(parent, member)), 422, parent + "/" + member);

        foreach (var key in new[] { "cases\n", "Cases", "1abc", "a b", "a-b", "", new string('a', 81), "案件", "cases\r", "\ncases" })
            yield return Field($"metric key {Json(key)}", "/outputs/0/key", Json(key));
        yield return Field("metric partOf with trailing newline", "/outputs/0/partOf", Json("total\n"));
        foreach (var code in new[] { "430423\n", "43042", "4304230", "abcdef", "430423 ", " 430423", "４３０４２３" })
            yield return Field($"document region code {Json(code)}", "/agency/regionCode", Json(code));
        foreach (var unit in new[] { "美元", "万元\n", "", "yuan" })
            yield return Field($"money unit {Json(unit)}", "/finance/final/expenditure/total/unit", Json(unit));
        foreach (var version in new[] { "9.9", "1.0\n", "", "1" })
            yield return Field($"schema version {Json(version)}", "/schemaVersion", Json(version));

        yield return new("report fiscal year differs from the URL", w => Raw.Put(w.NewReportPath, ReportBodies.Valid(2021)), 422, "/fiscalYear");
        yield return new("report outputs 100k numbers", w => Raw.Put(w.NewReportPath, ReportBodies.WithRaw("/outputs", "[" + string.Join(",", Enumerable.Repeat("0", 100_000)) + "]")), 422, "/outputs/0");
        yield return new("report outputs 100k empty objects", w => Raw.Put(w.NewReportPath, ReportBodies.WithRaw("/outputs", "[" + string.Join(",", Enumerable.Repeat("{}", 100_000)) + "]")), 422, "/outputs/0/key");
        yield return new("report outputs over the item limit", w => Raw.Put(w.NewReportPath, ReportBodies.WithRaw("/outputs",
            "[" + string.Join(",", Enumerable.Range(0, PerfEval.Domain.Validation.ReportDocumentValidator.MaxItems + 1).Select(i => $"{{\"key\":\"m{i}\",\"value\":1}}")) + "]")), 422, "/outputs");
        yield return new("report 100k unknown members", w => Raw.Put(w.NewReportPath, ReportBodies.WithRaw("/agency",
            "{\"name\":\"x\"," + string.Join(",", Enumerable.Range(0, 100_000).Select(i => $"\"u{i}\":0")) + "}")), 422, "/agency/u0");
    }

    private static HostileCase Field(string name, string pointer, string raw) =>
        new($"report {name}", w => Raw.Put(w.NewReportPath, ReportBodies.WithRaw(pointer, raw)), 422, pointer);

    private static string Json(string text) => JsonValue.Create(text)!.ToJsonString();
}
