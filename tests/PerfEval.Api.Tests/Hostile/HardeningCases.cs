using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Workbooks;

namespace PerfEval.Api.Tests.Hostile;

/// <summary>
/// The classes an outside probe found passing: free text against the one text policy (bidi overrides, noncharacters,
/// controls), region codes against GB/T 2260 levels, webhook targets inside this machine or a site, or malformed,
/// agency codes compared by their key (another case is a duplicate), workbook numbers a decimal cannot hold.
/// </summary>
public static class HardeningCases
{
    public static IEnumerable<HostileCase> All()
    {
        foreach (var (name, escaped) in new[] { ("bidi override", "\\u202Eabc"), ("bidi isolate", "a\\u2066b"), ("U+FFFF", "a\\uFFFF"), ("U+FFFE", "\\uFFFE"), ("U+FDD0", "\\uFDD0x"), ("plane-1 noncharacter", "a\\uD83F\\uDFFF"), ("C1 control", "a\\u009Bb") })
        {
            yield return new($"text policy agency name {name}", _ => Raw.Post("/api/v1/agencies", CommandCases.ValidAgency.Replace("\"新单位\"", $"\"{escaped}\"", StringComparison.Ordinal)), 422, "/name");
            yield return new($"text policy region name {name}", _ => Raw.Post("/api/v1/regions", $$"""{"code":"439904","name":"{{escaped}}","parentCode":"430000"}"""), 422, "/name");
            yield return new($"text policy api key name {name}", _ => Raw.Post("/api/v1/api-keys", $$"""{"name":"{{escaped}}","role":"admin"}"""), 422, "/name");
            yield return new($"text policy workflow reason {name}", w => Raw.Post(w.ReportPath + "/return", $$"""{"reason":"{{escaped}}"}"""), 422, "/reason");
        }
        foreach (var (name, escaped) in new[] { ("NUL", "a\\u0000b"), ("BEL", "bell\\u0007"), ("ESC", "\\u001b[31m") })
            yield return new($"text policy workflow reason {name}", w => Raw.Post(w.ReportPath + "/return", $$"""{"reason":"{{escaped}}"}"""), 422, "/reason");
        foreach (var code in new[] { "ＡＢＣ-1", "①号", "A\\u0301B" })
            yield return new($"text policy agency code {code}", _ => Raw.Post("/api/v1/agencies", CommandCases.ValidAgency.Replace("\"NEVER-CREATED\"", $"\"{code}\"", StringComparison.Ordinal)), 422, "/code");

        foreach (var (name, body, pointer) in new[]
                 {
                     ("000000 under a province", """{"code":"000000","name":"全国","parentCode":"430000"}""", "/code"),
                     ("000000 at the top", """{"code":"000000","name":"全国"}""", "/code"),
                     ("fourth level under a county", """{"code":"430499","name":"x","parentCode":"430423"}""", "/parentCode"),
                     ("another province's code", """{"code":"449901","name":"x","parentCode":"430000"}""", "/code"),
                     ("another prefecture's code", """{"code":"430599","name":"x","parentCode":"430400"}""", "/code"),
                     ("prefecture code under a prefecture", """{"code":"437700","name":"x","parentCode":"430400"}""", "/code"),
                     ("county-level code at the top", """{"code":"439905","name":"x"}""", "/code"),
                 })
            yield return new($"region {name}", _ => Raw.Post("/api/v1/regions", body), 422, pointer);

        foreach (var url in new[]
                 {
                     "http://[64:ff9b::7f00:1]/hook", "http://[64:ff9b:1::a00:1]/hook", "http://[2002:7f00:1::]/hook", "http://[::ffff:127.0.0.1]/hook",
                     "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/hook", "http://127.0.0.1./hook", "http://metadata.google.internal/hook",
                     "http://printer.local/hook", "http://nas.home.arpa/hook", "http://box.localdomain/hook", "http://intranet/hook",
                     " https://receiver.example/hook", "https://receiver.example/hook ", "https://receiver.example/a b", "https://receiver.example/\\u0007",
                     "https://receiver.example:0/hook",
                 })
            yield return new($"webhook target {url}", _ => Raw.Post("/api/v1/webhooks", $$"""{"url":"{{url}}","events":["report.submitted"]}"""), 422, "/url");
        yield return new("webhook events listed twice", _ => Raw.Post("/api/v1/webhooks", """{"url":"https://receiver.example/hook","events":["report.submitted","report.submitted"]}"""), 422, "/events/1");
        yield return new("webhook events 2000 times", _ => Raw.Post("/api/v1/webhooks",
            "{\"url\":\"https://receiver.example/hook\",\"events\":[" + string.Join(",", Enumerable.Repeat("\"report.submitted\"", 2000)) + "]}"), 422, "/events");

        // The world's agency code is upper case (HOSTILE-…): other cases are the same code, full width is no code at all.
        foreach (var (name, variant) in new (string, Func<string, string>)[]
                 {
                     ("lower case", c => c.ToLowerInvariant()), ("first letter lower", c => char.ToLowerInvariant(c[0]) + c[1..]),
                     ("lower case between spaces", c => " " + c.ToLowerInvariant() + " "),
                 })
            yield return new($"agency code of an existing agency in {name}",
                w => Raw.Post("/api/v1/agencies", CommandCases.ValidAgency.Replace("\"NEVER-CREATED\"", $"\"{variant(w.AgencyCode)}\"", StringComparison.Ordinal)), 409);
        yield return new("agency code of an existing agency in full width",
            w => Raw.Post("/api/v1/agencies", CommandCases.ValidAgency.Replace("\"NEVER-CREATED\"", $"\"{string.Concat(w.AgencyCode.Select(c => (char)(c + 0xFEE0)))}\"", StringComparison.Ordinal)), 422, "/code");

        foreach (var stored in new[] { "1E-300", "-4.9E-324", "1E-29", "1E+300" })
            yield return new($"workbook money cell {stored}", w => Raw.Request(HttpMethod.Post, w.NewReportPath + "/imports/xlsx",
                FixtureWorkbook.Load(FixtureWorkbook.Hengshan).WithCell("D5", JsonNode.Parse(stored)!).ToXlsx(), FixtureWorkbook.MediaType),
                422, "/indicatorTables/0/budgetExecution/fullYearBudget/value");
    }
}
