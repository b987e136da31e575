using System.Net;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Api.Tests.Monitoring;

namespace PerfEval.Api.Tests.Profiles;

/// <summary>Profile uploads: validated against the profile schema with a pointer per error (nothing written), and
/// versioned (a repeat is a no-op, a change needs a new version, every revision stays readable).</summary>
[Trait("Provider", "each")]
public sealed class ProfileUploadTests(TestApp app) : IClassFixture<TestApp>
{
    private static string NewId() => "pu-" + Guid.NewGuid().ToString("N")[..10];

    private static string Profile(string id, string version = "2024.1")
    {
        var profile = JsonNode.Parse(ProfileApplicabilityTests.HunanProfile(version))!.AsObject();
        profile["id"] = id;
        return profile.ToJsonString();
    }

    [Fact]
    public async Task An_invalid_profile_is_refused_with_a_pointer_per_error_and_nothing_is_stored()
    {
        var admin = app.Client();
        var id = NewId();
        var profile = JsonNode.Parse(Profile(id))!.AsObject();
        profile["applicability"] = JsonNode.Parse("""{"regions":["43"],"fromYear":2025,"toYear":2020,"reportKinds":["projectOnly"]}""");
        profile["grades"]![1]!["min"] = 95;
        profile["qualitativeBands"]![0]!["max"] = 3;

        var problem = await (await admin.PutJsonAsync($"/api/v1/admin/scoring-profiles/{id}", profile.ToJsonString())).AssertProblemAsync((HttpStatusCode)422);

        Assert.Equal(
            ["/applicability/regions/0", "/applicability/reportKinds/0", "/applicability/toYear", "/grades/1/min", "/qualitativeBands/0"],
            problem.ErrorPointers().Order(StringComparer.Ordinal));
        var shape = await (await admin.PutJsonAsync($"/api/v1/admin/scoring-profiles/{id}", Profile(id).Replace("\"kind\"", "\"kinds\"", StringComparison.Ordinal)))
            .AssertProblemAsync((HttpStatusCode)422);
        Assert.Contains("/kinds", shape.ErrorPointers());
        Assert.Contains("/kind", shape.ErrorPointers());
        var common = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "profiles", "hunan-selfeval.json")))!.AsObject();
        common["id"] = id;
        common["kind"] = "commonIndicators";
        common["indicators"] = JsonNode.Parse("""[{"id":"x","name":"未知指标","formula":"noSuchFormula","weight":5,"weightVerified":false,"scoring":"floorish","threshold":null,"deductionPerPoint":null,"scoringVerified":false,"source":"test"}]""");
        common["defaultHeadline"] = true;
        var semantic = await (await admin.PutJsonAsync($"/api/v1/admin/scoring-profiles/{id}", common.ToJsonString())).AssertProblemAsync((HttpStatusCode)422);
        Assert.Equal(["/defaultHeadline", "/indicators/0/formula", "/indicators/0/scoring"], semantic.ErrorPointers().Order(StringComparer.Ordinal));
        var wrongId = await (await admin.PutJsonAsync($"/api/v1/admin/scoring-profiles/{id}", Profile("other-id"))).AssertProblemAsync((HttpStatusCode)422);
        Assert.Equal(["/id"], wrongId.ErrorPointers());

        await (await admin.GetAsync($"/api/v1/scoring-profiles/{id}/revisions")).AssertProblemAsync(HttpStatusCode.NotFound);
        var listed = JsonNode.Parse(await admin.GetStringAsync("/api/v1/scoring-profiles"))!.AsArray();
        Assert.DoesNotContain(listed, p => p!["id"]!.GetValue<string>() == id);
        Assert.Equal(["cn-mof-2013-dept-overall", "cn-mof-2020-selfeval"],
            listed.Where(p => p!["origin"]!.GetValue<string>() == "builtIn").Select(p => p!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Uploads_are_versioned_a_repeat_stores_nothing_and_a_change_needs_a_new_version()
    {
        var admin = app.Client();
        var id = NewId();
        var first = await admin.PutJsonAsync($"/api/v1/admin/scoring-profiles/{id}", Profile(id));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var created = await first.ReadObjectAsync();
        Assert.Equal(1, created["profile"]!["revision"]!.GetValue<int>());

        var repeat = await (await admin.PutJsonAsync($"/api/v1/admin/scoring-profiles/{id}", Profile(id))).OkObjectAsync();
        Assert.False(repeat["created"]!.GetValue<bool>());
        Assert.Null(repeat["run"]);

        var changed = JsonNode.Parse(Profile(id))!.AsObject();
        changed["title"] = "湖南省 自评表 (修订)";
        var sameVersion = await (await admin.PutJsonAsync($"/api/v1/admin/scoring-profiles/{id}", changed.ToJsonString())).AssertProblemAsync((HttpStatusCode)422);
        Assert.Equal(["/version"], sameVersion.ErrorPointers());

        changed["version"] = "2024.2";
        var second = await admin.PutJsonAsync($"/api/v1/admin/scoring-profiles/{id}", changed.ToJsonString());
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(2, (await second.ReadObjectAsync())["profile"]!["revision"]!.GetValue<int>());

        var revisions = JsonNode.Parse(await admin.GetStringAsync($"/api/v1/scoring-profiles/{id}/revisions"))!.AsArray();
        Assert.Equal(["2024.1", "2024.2"], revisions.Select(r => r!["version"]!.GetValue<string>()));
        Assert.Equal([1, 2], revisions.Select(r => r!["revision"]!.GetValue<int>()));
        Assert.Equal("湖南省 自评表 (修订)", revisions[1]!["profile"]!["title"]!.GetValue<string>());
        var inForce = JsonNode.Parse(await admin.GetStringAsync("/api/v1/scoring-profiles"))!.AsArray().Single(p => p!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("2024.2", inForce["version"]!.GetValue<string>());
        Assert.Equal(["430000"], inForce["applicability"]!["regions"]!.AsArray().Select(r => r!.GetValue<string>()));

        var agency = app.Client((await admin.CreateKeyAsync("region", "430000")).Key);
        await (await agency.PutJsonAsync($"/api/v1/admin/scoring-profiles/{id}", Profile(id, "2024.3"))).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(2, JsonNode.Parse(await admin.GetStringAsync($"/api/v1/scoring-profiles/{id}/revisions"))!.AsArray().Count);
    }
}
