using System.Text.Json.Nodes;

namespace PerfEval.Api.Tests.Hostile;

/// <summary>
/// Hostile declarations (绩效目标申报) and review steps: the precise 4xx with the pointer of the field at fault, and no
/// declaration row written. PUTs aim at the world's new year, so an accepted one would show in the row counts.
/// </summary>
public static class DeclarationCases
{
    public const string Valid =
        """{"schemaVersion":"1.0","fiscalYear":2023,"agencyName":"敌意单位","targetSets":[{"subject":"project","projectName":"司法行政项目经费","indicators":[{"level1":"产出指标","level2":"数量指标","level3":"法治宣传场次","target":{"text":"≥6场","operator":">=","value":6,"unit":"场"},"weight":5}]}]}""";

    private static string Path(HostileWorld w) => $"/api/v1/agencies/{w.AgencyId}/declarations/{HostileWorld.NewYear}";

    public static IEnumerable<HostileCase> All()
    {
        foreach (var (name, change, pointer) in new (string, Action<JsonObject>, string)[]
                 {
                     ("fiscal year of another year", d => d["fiscalYear"] = 2022, "/fiscalYear"),
                     ("fiscal year as text", d => d["fiscalYear"] = "2023", "/fiscalYear"),
                     ("schema version 9", d => d["schemaVersion"] = "9.0", "/schemaVersion"),
                     ("unknown member", d => d["extra"] = 1, "/extra"),
                     ("no target sets", d => d["targetSets"] = new JsonArray(), "/targetSets"),
                     ("subject person", d => Set(d)["subject"] = "person", "/targetSets/0/subject"),
                     ("project without a name", d => Set(d).Remove("projectName"), "/targetSets/0/projectName"),
                     ("operator ≥ as written", d => Target(d)["operator"] = "≥", "/targetSets/0/indicators/0/target/operator"),
                     ("value as text", d => Target(d)["value"] = "6", "/targetSets/0/indicators/0/target/value"),
                     ("value 1e300", d => Target(d)["value"] = JsonNode.Parse("1e300"), "/targetSets/0/indicators/0/target/value"),
                     ("target without text", d => Target(d).Remove("text"), "/targetSets/0/indicators/0/target/text"),
                     ("weight 101", d => Indicator(d)["weight"] = 101, "/targetSets/0/indicators/0/weight"),
                     ("weight negative", d => Indicator(d)["weight"] = -1, "/targetSets/0/indicators/0/weight"),
                     ("level3 blank", d => Indicator(d)["level3"] = "  ", "/targetSets/0/indicators/0/level3"),
                     ("level3 with a bidi override", d => Indicator(d)["level3"] = "a\u202Eb", "/targetSets/0/indicators/0/level3"),
                     ("level1 with a newline", d => Indicator(d)["level1"] = "产出\n指标", "/targetSets/0/indicators/0/level1"),
                     ("overall goal with U+FFFF", d => Set(d)["overallGoal"] = "目标\uFFFF", "/targetSets/0/overallGoal"),
                     ("indicator listed twice", d => Set(d)["indicators"]!.AsArray().Add(Indicator(d).DeepClone()), "/targetSets/0/indicators/1"),
                     ("target set listed twice", d => d["targetSets"]!.AsArray().Add(Set(d).DeepClone()), "/targetSets/1"),
                     ("agency name 2001 characters", d => d["agencyName"] = new string('名', 2001), "/agencyName"),
                 })
        {
            var node = JsonNode.Parse(Valid)!.AsObject();
            change(node);
            var body = node.ToJsonString();
            yield return new($"declaration {name}", w => Raw.Put(Path(w), body), 422, pointer);
        }

        yield return new("declaration body truncated", w => Raw.Put(Path(w), Valid[..^3]), 400);
        yield return new("declaration body empty", w => Raw.Put(Path(w), ""), 400);
        yield return new("declaration body an array", w => Raw.Put(Path(w), "[]"), 422, "");
        yield return new("declaration as text/plain", w => Raw.Put(Path(w), Valid, "text/plain"), 415);
        yield return new("declaration as application/merge-patch+json", w => Raw.Put(Path(w), Valid, "application/merge-patch+json"), 415);
        yield return new("declaration If-Match garbage", w => Raw.Put(Path(w), Valid, Raw.Json, ("If-Match", "garbage")), 400);
        yield return new("declaration If-Match on a declaration that does not exist", w => Raw.Put(Path(w), Valid, Raw.Json, ("If-Match", "\"1\"")), 412);
        yield return new("declaration Idempotency-Key 201 characters", w => Raw.Put(Path(w), Valid, Raw.Json, ("Idempotency-Key", new string('k', 201))), 422);
        yield return new("declaration of an unknown agency", _ => Raw.Put($"/api/v1/agencies/no-such-agency/declarations/{HostileWorld.NewYear}", Valid), 404);
        yield return new("declaration PUT by a region key", w => Raw.Put(Path(w), Valid), 403, Key: w => w.RegionKey);
        yield return new("declaration PUT by the agency key for another agency",
            w => Raw.Put($"/api/v1/agencies/{w.OtherAgencyId}/declarations/{HostileWorld.NewYear}", Valid), 404, Key: w => w.AgencyKey);
        foreach (var year in new[] { "0", "-1", "99999" })
            yield return new($"declaration PUT year {year}", w => Raw.Put($"/api/v1/agencies/{w.AgencyId}/declarations/{year}", Valid), 422, "/fiscalYear");

        yield return new("declaration return with a bidi reason", w => Raw.Post(Path(w) + "/return", """{"reason":"\u202Eabc"}"""), 422, "/reason");
        yield return new("declaration return with an unknown member", w => Raw.Post(Path(w) + "/return", """{"reason":"x","why":1}"""), 422, "/why");
        yield return new("declaration approve of a year without a declaration", w => Raw.Post(Path(w) + "/approve", ""), 404);
        yield return new("declaration version 0", w => Raw.Request(HttpMethod.Get, Path(w) + "/versions/0"), 404);
        yield return new("declaration approved of a year without a declaration", w => Raw.Request(HttpMethod.Get, Path(w) + "/approved"), 404);
        yield return new("declared-target check of a year without one", w => Raw.Request(HttpMethod.Get, w.ReportPath + "/declared-targets"), 404);
    }

    private static JsonObject Set(JsonObject d) => d["targetSets"]![0]!.AsObject();

    private static JsonObject Indicator(JsonObject d) => Set(d)["indicators"]![0]!.AsObject();

    private static JsonObject Target(JsonObject d) => Indicator(d)["target"]!.AsObject();
}
