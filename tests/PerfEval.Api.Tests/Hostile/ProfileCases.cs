using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Profiles;

namespace PerfEval.Api.Tests.Hostile;

/// <summary>Hostile profile uploads, headline choices and re-audit requests: the precise 4xx with the pointer of the field at fault, nothing written.</summary>
public static class ProfileCases
{
    private const string Id = "hostile-profile";
    private const string UploadPath = "/api/v1/admin/scoring-profiles/" + Id;
    private const string HeadlinePath = "/api/v1/regions/430000/headline-profile";

    public static IEnumerable<HostileCase> All()
    {
        foreach (var (name, change, pointer) in new (string, Action<JsonObject>, string)[]
                 {
                     ("another id", p => p["id"] = "other-profile", "/id"),
                     ("no version", p => p.Remove("version"), "/version"),
                     ("unknown kind", p => p["kind"] = "projectTable", "/kind"),
                     ("default headline", p => p["defaultHeadline"] = true, "/defaultHeadline"),
                     ("no grade bands", p => p["grades"] = new JsonArray(), "/grades"),
                     ("grade bands upwards", p => p["grades"]![1]!["min"] = 99, "/grades/1/min"),
                     ("weight 101", p => p["level1Weights"]![0]!["weight"] = 101, "/level1Weights/0/weight"),
                     ("weight as text", p => p["budgetExecutionWeight"] = "10", "/budgetExecutionWeight"),
                     ("region of 2 digits", p => p["applicability"]!["regions"]![0] = "43", "/applicability/regions/0"),
                     ("years reversed", p => p["applicability"] = JsonNode.Parse("""{"fromYear":2025,"toYear":2020}"""), "/applicability/toYear"),
                     ("unknown report kind", p => p["applicability"] = JsonNode.Parse("""{"reportKinds":["project"]}"""), "/applicability/reportKinds/0"),
                     ("unknown member", p => p["extra"] = 1, "/extra"),
                     ("title with NUL", p => p["title"] = "a\u0000", "/title"),
                 })
        {
            var node = JsonNode.Parse(ProfileApplicabilityTests.HunanProfile())!.AsObject();
            node["id"] = Id;
            change(node);
            var body = node.ToJsonString();
            yield return new($"profile upload {name}", _ => Raw.Put(UploadPath, body), 422, pointer);
        }
        var valid = JsonNode.Parse(ProfileApplicabilityTests.HunanProfile())!.AsObject();
        valid["id"] = Id;
        var validBody = valid.ToJsonString();
        yield return new("profile upload truncated", _ => Raw.Put(UploadPath, validBody[..^2]), 400);
        yield return new("profile upload as text/plain", _ => Raw.Put(UploadPath, validBody, "text/plain"), 415);
        yield return new("profile upload an array", _ => Raw.Put(UploadPath, "[]"), 422);
        yield return new("profile upload by a region key", _ => Raw.Put(UploadPath, validBody), 403, Key: w => w.RegionKey);
        yield return new("profile upload by an agency key", _ => Raw.Put(UploadPath, validBody), 403, Key: w => w.AgencyKey);

        yield return new("headline of an unknown profile", _ => Raw.Put(HeadlinePath, """{"profile":"no-such-profile"}"""), 422, "/profile");
        yield return new("headline without a profile", _ => Raw.Put(HeadlinePath, "{}"), 422, "/profile");
        yield return new("headline of an unknown region", _ => Raw.Put("/api/v1/regions/999999/headline-profile", """{"profile":"cn-mof-2020-selfeval"}"""), 404);
        yield return new("headline by an agency key", _ => Raw.Put(HeadlinePath, """{"profile":"cn-mof-2020-selfeval"}"""), 403, Key: w => w.AgencyKey);

        yield return new("reaudit of a malformed region", _ => Raw.Post("/api/v1/admin/reaudit", """{"regionCode":"43"}"""), 422, "/regionCode");
        yield return new("reaudit of an unknown region", _ => Raw.Post("/api/v1/admin/reaudit", """{"regionCode":"999999"}"""), 422, "/regionCode");
        yield return new("reaudit of year 1800", _ => Raw.Post("/api/v1/admin/reaudit", """{"fiscalYear":1800}"""), 422, "/fiscalYear");
        yield return new("reaudit by a region key", _ => Raw.Post("/api/v1/admin/reaudit", "{}"), 403, Key: w => w.RegionKey);
    }
}
