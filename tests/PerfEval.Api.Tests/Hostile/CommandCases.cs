using System.Text.Json.Nodes;

namespace PerfEval.Api.Tests.Hostile;

/// <summary>Hostile agency, API-key, region and rescore commands: 400, 409 or 422 with the pointer of the field at fault.</summary>
public static class CommandCases
{
    public const string ValidAgency = """{"id":"never-created","code":"NEVER-CREATED","name":"新单位","regionCode":"430423","sector":"司法行政"}""";
    private const string ValidKey = """{"name":"k","role":"region","scope":"430000"}""";
    private const string ValidRegion = """{"code":"439903","name":"测试区","parentCode":"430000"}""";

    private static readonly (string Path, string Body, string[] Fields)[] Commands =
    [
        ("/api/v1/agencies", ValidAgency, ["id", "code", "name", "regionCode", "sector", "creditCode"]),
        ("/api/v1/api-keys", ValidKey, ["name", "role", "scope"]),
        ("/api/v1/regions", ValidRegion, ["code", "name", "parentCode"]),
        ("/api/v1/admin/rescore", """{"regionCode":"430000"}""", ["regionCode", "fiscalYear", "profile"]),
    ];

    public static IEnumerable<HostileCase> All()
    {
        foreach (var (path, body, fields) in Commands)
        {
            var command = path.Split('/')[^1];
            foreach (var field in fields)
                foreach (var raw in new[] { "{}", "[]", "true", field == "fiscalYear" ? "\"2022\"" : "42" })
                    yield return Field(path, body, $"{command} {field} given {raw}", field, raw, 422);
            // An empty rescore body means "everything" (its documented default), so only the other commands get an empty body.
            foreach (var (name, text, status) in new[] { (path.EndsWith("rescore", StringComparison.Ordinal) ? "whitespace" : "empty", path.EndsWith("rescore", StringComparison.Ordinal) ? " " : "", 400), ("truncated", body[..^2], 400), ("array", "[]", 422), ("string", "\"x\"", 422), ("number", "7", 422) })
                yield return new($"command {command} body {name}", _ => Raw.Post(path, text), status, status == 422 ? "" : null);
            yield return new($"command {command} unknown member", _ => Raw.Post(path, With(body, "unknownThing", "1")), 422, "/unknownThing");
            yield return new($"command {command} lone surrogate member name", _ => Raw.Post(path, body.Replace("{", "{\"\\ud800\":1,", StringComparison.Ordinal)), 422, "");
            yield return new($"command {command} 300-character member name", _ => Raw.Post(path, body.Replace("{", "{\"" + new string('m', 300) + "\":1,", StringComparison.Ordinal)), 422, "");
            yield return new($"command {command} as text/plain", _ => Raw.Post(path, body, "text/plain"), 415);
        }

        foreach (var id in new[] { "nl-x\n", "NL-X", "a", "-x", "a b", new string('a', 65), "a\u0000", "ü-x", "a_b" })
            yield return Agency($"agency id {Shown(id)}", "id", Json(id), 422);
        foreach (var code in new[] { "", "   ", new string('C', 65), "A\u0000B", "A\nB", "\tX", "\\ud800" })
            yield return Agency($"agency code {Shown(code)}", "code", code == "\\ud800" ? "\"\\ud800\"" : Json(code), 422);
        foreach (var name in new[] { "a\u0000b", "\u0001", "a\nb", "\u0085", new string('名', 201), "   ", "" })
            yield return Agency($"agency name {Shown(name)}", "name", Json(name), 422);
        foreach (var region in new[] { "430423\n", "999903\n", "43042", "abcdef", "999999", "", " 430423" })
            yield return Agency($"agency region {Shown(region)}", "regionCode", Json(region), 422);
        foreach (var sector in new[] { new string('s', 101), "a\u0000" })
            yield return Agency($"agency sector {Shown(sector)}", "sector", Json(sector), 422);
        foreach (var credit in new[] { "123", "91350100M000100Y4Z", "91350100M000100Y4\n" })
            yield return Agency($"agency credit code {Shown(credit)}", "creditCode", Json(credit), 422);

        foreach (var variant in new Func<string, string>[] { c => " " + c, c => c + " ", c => c, c => "\u3000" + c, c => c + "\u00a0" })
        {
            var sample = variant("CODE");
            yield return new($"agency code of an existing agency as '{Shown(sample)}'",
                w => Raw.Post("/api/v1/agencies", With(ValidAgency, "code", Json(variant(w.AgencyCode)))), 409);
        }
        yield return new("agency id of an existing agency", w => Raw.Post("/api/v1/agencies", With(ValidAgency, "id", Json(w.AgencyId))), 409);

        foreach (var (name, body, pointer) in new[]
                 {
                     ("role ADMIN", """{"name":"k","role":"ADMIN"}""", "/role"), ("role root", """{"name":"k","role":"root"}""", "/role"),
                     ("role with newline", """{"name":"k","role":"admin\n"}""", "/role"), ("role empty", """{"name":"k","role":""}""", "/role"),
                     ("admin with scope", """{"name":"k","role":"admin","scope":"430000"}""", "/scope"),
                     ("region scope with newline", """{"name":"k","role":"region","scope":"430000\n"}""", "/scope"),
                     ("agency scope with newline", """{"name":"k","role":"agency","scope":"nl-x\n"}""", "/scope"),
                     ("unknown region scope", """{"name":"k","role":"region","scope":"999999"}""", "/scope"),
                     ("unknown agency scope", """{"name":"k","role":"agency","scope":"no-such-agency"}""", "/scope"),
                     ("scope NUL", """{"name":"k","role":"agency","scope":"a\u0000"}""", "/scope"),
                     ("scope 65 characters", "{\"name\":\"k\",\"role\":\"agency\",\"scope\":\"" + new string('s', 65) + "\"}", "/scope"),
                     ("name NUL", """{"name":"k\u0000","role":"admin"}""", "/name"), ("name newline", """{"name":"k\n","role":"admin"}""", "/name"),
                     ("name 101 characters", "{\"name\":\"" + new string('n', 101) + "\",\"role\":\"admin\"}", "/name"),
                     ("name missing", """{"role":"admin"}""", "/name"),
                 })
            yield return new($"api key {name}", _ => Raw.Post("/api/v1/api-keys", body), 422, pointer);

        foreach (var (name, body, status, pointer) in new[]
                 {
                     ("code with newline", """{"code":"999903\n","name":"x"}""", 422, "/code"), ("code 5 digits", """{"code":"99990","name":"x"}""", 422, "/code"),
                     ("code 7 digits", """{"code":"9999033","name":"x"}""", 422, "/code"), ("code letters", """{"code":"abcdef","name":"x"}""", 422, "/code"),
                     ("code fullwidth", """{"code":"９９９９０３","name":"x"}""", 422, "/code"),
                     ("name NUL", """{"code":"999903","name":"x\u0000"}""", 422, "/name"), ("name blank", """{"code":"999903","name":" "}""", 422, "/name"),
                     ("name newline", """{"code":"999903","name":"a\nb"}""", 422, "/name"),
                     ("parent with newline", """{"code":"999903","name":"x","parentCode":"430000\n"}""", 422, "/parentCode"),
                     ("unknown parent", """{"code":"999903","name":"x","parentCode":"999999"}""", 422, "/parentCode"),
                     ("existing code", """{"code":"430000","name":"x"}""", 409, null!),
                 })
            yield return new($"region {name}", _ => Raw.Post("/api/v1/regions", body), status, pointer);
    }

    private static HostileCase Field(string path, string body, string name, string field, string raw, int status) =>
        new($"command {name}", _ => Raw.Post(path, With(body, field, raw)), status, "/" + field);

    private static HostileCase Agency(string name, string field, string raw, int status) =>
        new($"command {name}", _ => Raw.Post("/api/v1/agencies", With(ValidAgency, field, raw)), status, "/" + field);

    /// <summary>The body with <paramref name="field"/> set to <paramref name="rawJson"/> as written.</summary>
    private static string With(string body, string field, string rawJson)
    {
        var node = JsonNode.Parse(body)!.AsObject();
        node[field] = "__raw__";
        return node.ToJsonString().Replace("\"__raw__\"", rawJson, StringComparison.Ordinal);
    }

    private static string Json(string text) => JsonValue.Create(text)!.ToJsonString();

    private static string Shown(string value) => value.Length > 30 ? $"{value[..8]}… ({value.Length} characters)"
        : string.Concat(value.Select(c => char.IsControl(c) || c > '~' && c < '\u00ff' || c == '\u3000' ? $"\\u{(int)c:x4}" : c.ToString()));
}
