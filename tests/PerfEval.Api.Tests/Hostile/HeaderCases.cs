namespace PerfEval.Api.Tests.Hostile;

/// <summary>Header abuse: If-Match that is weak, padded, malformed or a list; oversized or unprintable Idempotency-Key; junk API keys.</summary>
public static class HeaderCases
{
    public static IEnumerable<HostileCase> All()
    {
        foreach (var (ifMatch, status) in new[]
                 {
                     ("W/\"1\"", 412), ("\"01\"", 412), ("\"2\"", 412), ("\"\"", 412), ("\"0\"", 412), ("\"-1\"", 412), ("\"1 \"", 400),
                     ("\"1", 400), ("1", 400), ("\"1\", \"2\"", 400), ("*, \"1\"", 400), ("\"a b\"", 400),
                     ("\"" + new string('1', 10_000) + "\"", 412), ("\"99999999999\"", 412), ("W/\"1\", W/\"2\"", 412), (",", 400),
                 })
        {
            yield return new($"header PUT If-Match {Shown(ifMatch)}", w => Raw.Put(w.ReportPath, ReportBodies.Valid(HostileWorld.ReportYear), headers: ("If-Match", ifMatch)), status);
            yield return new($"header submit If-Match {Shown(ifMatch)}", w => Raw.Request(HttpMethod.Post, w.ReportPath + "/submit", headers: ("If-Match", ifMatch)), status);
        }

        foreach (var key in new[] { new string('k', 10_000), new string('k', 201), "a\u0001b", "键", "a\u007fb" })
            yield return new($"header Idempotency-Key {Shown(key)}", w => Raw.Put(w.NewReportPath, ReportBodies.Valid(), headers: ("Idempotency-Key", key)), 422, "");

        foreach (var apiKey in new[] { " ", new string('k', 10_000), "pe_unknown", "a\u0000b", "test-admin-key-0123456789abcdef-and-more", "TEST-ADMIN-KEY-0123456789ABCDEF" })
            yield return new($"header X-Api-Key {Shown(apiKey)}",
                w => Raw.Put(w.NewReportPath, ReportBodies.Valid(), headers: ("X-Api-Key", apiKey)), 401, Key: _ => null);
        yield return new("header no X-Api-Key", w => Raw.Put(w.NewReportPath, ReportBodies.Valid()), 401, Key: _ => null);
    }

    private static string Shown(string value) => value.Length > 30 ? $"{value[..10]}… ({value.Length} characters)" : value.Replace("\u0001", "\\u0001").Replace("\u007f", "\\u007f").Replace("\u0000", "\\u0000");
}
