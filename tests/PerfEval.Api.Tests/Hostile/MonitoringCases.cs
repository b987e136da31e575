using System.Text.Json.Nodes;

namespace PerfEval.Api.Tests.Hostile;

/// <summary>Hostile monitoring thresholds and period reports: the precise 4xx with the pointer of the field at fault, nothing written.</summary>
public static class MonitoringCases
{
    private const string ValidThresholds = """{"source":"敌意通知","periods":[{"period":"06","endsOn":"2023-06-30","minExecutionRate":40}]}""";
    private const string ValidPeriod =
        """{"schemaVersion":"1.0","fiscalYear":2023,"period":"06","fullYearBudget":{"value":1000,"unit":"万元"},"executed":{"value":300,"unit":"万元"},"indicators":[{"level3":"调解","atRisk":true}]}""";

    private static string ThresholdPath => $"/api/v1/regions/439901/monitoring-thresholds/{HostileWorld.NewYear}";
    private static string PeriodPath(HostileWorld w) => $"/api/v1/agencies/{w.AgencyId}/monitoring/{HostileWorld.NewYear}/06";

    public static IEnumerable<HostileCase> All()
    {
        foreach (var (name, change, pointer) in new (string, Action<JsonObject>, string)[]
                 {
                     ("no source", t => t.Remove("source"), "/source"),
                     ("source with a bidi override", t => t["source"] = "a\u202Eb", "/source"),
                     ("no periods", t => t["periods"] = new JsonArray(), "/periods"),
                     ("period with a slash", t => t["periods"]![0]!["period"] = "06/07", "/periods/0/period"),
                     ("period listed twice", t => t["periods"]!.AsArray().Add(t["periods"]![0]!.DeepClone()), "/periods/1/period"),
                     ("rate 101", t => t["periods"]![0]!["minExecutionRate"] = 101, "/periods/0/minExecutionRate"),
                     ("rate as text", t => t["periods"]![0]!["minExecutionRate"] = "40", "/periods/0/minExecutionRate"),
                     ("end in another year", t => t["periods"]![0]!["endsOn"] = "2019-06-30", "/periods/0/endsOn"),
                     ("end not a date", t => t["periods"]![0]!["endsOn"] = "6月底", "/periods/0/endsOn"),
                     ("unknown member", t => t["extra"] = 1, "/extra"),
                 })
        {
            var node = JsonNode.Parse(ValidThresholds)!.AsObject();
            change(node);
            var body = node.ToJsonString();
            yield return new($"monitoring thresholds {name}", _ => Raw.Put(ThresholdPath, body), 422, pointer);
        }
        yield return new("monitoring thresholds of an unknown region", _ => Raw.Put($"/api/v1/regions/999999/monitoring-thresholds/{HostileWorld.NewYear}", ValidThresholds), 404);
        yield return new("monitoring thresholds by an agency key", _ => Raw.Put(ThresholdPath, ValidThresholds), 403, Key: w => w.AgencyKey);
        yield return new("monitoring thresholds as text/plain", _ => Raw.Put(ThresholdPath, ValidThresholds, "text/plain"), 415);

        foreach (var (name, change, pointer) in new (string, Action<JsonObject>, string)[]
                 {
                     ("another period", p => p["period"] = "08", "/period"),
                     ("another year", p => p["fiscalYear"] = 2022, "/fiscalYear"),
                     ("no executed amount", p => p.Remove("executed"), "/executed"),
                     ("negative execution", p => p["executed"]!["value"] = -1, "/executed/value"),
                     ("budget in 美元", p => p["fullYearBudget"]!["unit"] = "美元", "/fullYearBudget/unit"),
                     ("executed as text", p => p["executed"]!["value"] = "300", "/executed/value"),
                     ("blank indicator", p => p["indicators"]![0]!["level3"] = " ", "/indicators/0/level3"),
                     ("reason with NUL", p => p["indicators"]![0]!["deviationReason"] = "a\u0000", "/indicators/0/deviationReason"),
                     ("schema version 2", p => p["schemaVersion"] = "2.0", "/schemaVersion"),
                 })
        {
            var node = JsonNode.Parse(ValidPeriod)!.AsObject();
            change(node);
            var body = node.ToJsonString();
            yield return new($"monitoring period {name}", w => Raw.Put(PeriodPath(w), body), 422, pointer);
        }
        yield return new("monitoring period truncated", w => Raw.Put(PeriodPath(w), ValidPeriod[..^2]), 400);
        yield return new("monitoring period of another agency", w => Raw.Put($"/api/v1/agencies/{w.OtherAgencyId}/monitoring/{HostileWorld.NewYear}/06", ValidPeriod), 404, Key: w => w.AgencyKey);
        yield return new("monitoring period by a region key", w => Raw.Put(PeriodPath(w), ValidPeriod), 403, Key: w => w.RegionKey);
        yield return new("monitoring period name with a quote", w => Raw.Put($"/api/v1/agencies/{w.AgencyId}/monitoring/{HostileWorld.NewYear}/%27x", ValidPeriod), 404);
        yield return new("monitoring period never stored", w => Raw.Request(HttpMethod.Get, PeriodPath(w)), 404);
        yield return new("monitoring period If-Match garbage", w => Raw.Put(PeriodPath(w), ValidPeriod, Raw.Json, ("If-Match", "garbage")), 400);
        yield return new("monitoring period If-Match on a report that does not exist", w => Raw.Put(PeriodPath(w), ValidPeriod, Raw.Json, ("If-Match", "\"1\"")), 412);
        yield return new("monitoring period Idempotency-Key 201 characters", w => Raw.Put(PeriodPath(w), ValidPeriod, Raw.Json, ("Idempotency-Key", new string('k', 201))), 422);
        yield return new("monitoring return with a bidi reason", w => Raw.Post(PeriodPath(w) + "/return", """{"reason":"\u202Eabc"}"""), 422, "/reason");
        yield return new("monitoring return with an unknown member", w => Raw.Post(PeriodPath(w) + "/return", """{"reason":"x","why":1}"""), 422, "/why");
        yield return new("monitoring submit with a body that is not JSON", w => Raw.Post(PeriodPath(w) + "/submit", "{"), 400);
        yield return new("monitoring consistency of a year without monitoring", w => Raw.Request(HttpMethod.Get, w.ReportPath + "/monitoring-consistency"), 404);
        yield return new("monitoring consistency of another agency",
            w => Raw.Request(HttpMethod.Get, $"/api/v1/agencies/{w.OtherAgencyId}/reports/{HostileWorld.NewYear}/monitoring-consistency"), 404, Key: w => w.AgencyKey);
        yield return new("monitoring approve of a period never stored", w => Raw.Post(PeriodPath(w) + "/approve", ""), 404);
        yield return new("monitoring submit by the agency key for another agency",
            w => Raw.Post($"/api/v1/agencies/{w.OtherAgencyId}/monitoring/{HostileWorld.NewYear}/06/submit", ""), 404, Key: w => w.AgencyKey);
        yield return new("monitoring summary without a year", _ => Raw.Request(HttpMethod.Get, "/api/v1/dashboards/regions/430000/monitoring"), 422, "/fiscalYear");
        yield return new("monitoring summary with a bad period", _ => Raw.Request(HttpMethod.Get, "/api/v1/dashboards/regions/430000/monitoring?fiscalYear=2023&period=%27x"), 422, "/period");
        yield return new("monitoring assessment of a period never assessed", w => Raw.Request(HttpMethod.Get, PeriodPath(w) + "/assessment"), 404);
        yield return new("monitoring assessment period name with a quote",
            w => Raw.Request(HttpMethod.Get, $"/api/v1/agencies/{w.AgencyId}/monitoring/{HostileWorld.NewYear}/%27x/assessment"), 404);
        yield return new("monitoring assessment of another agency",
            w => Raw.Request(HttpMethod.Get, $"/api/v1/agencies/{w.OtherAgencyId}/monitoring/{HostileWorld.NewYear}/06/assessment"), 404, Key: w => w.AgencyKey);
    }
}
