using System.Net;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Declarations;

/// <summary>Declarations are stored exactly as sent, versioned, guarded by If-Match and Idempotency-Key, and reviewed by the region.</summary>
[Trait("Provider", "each")]
public sealed class DeclarationLifecycleTests(TestApp app) : IClassFixture<TestApp>
{
    private static string NewAgencyId() => "dc-" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task Put_creates_then_versions_and_every_version_reads_back_as_sent()
    {
        var admin = app.Client();
        var agency = NewAgencyId();
        await admin.CreateAgencyAsync(agency, "430423");
        var first = DeclarationDriver.Hengshan();
        var second = DeclarationDriver.Hengshan(d => DeclarationDriver.Indicator(d, "人民调解案件")["weight"] = 5.50m);

        var created = await admin.PutDeclarationAsync(agency, 2022, first);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        Assert.Equal($"/api/v1/agencies/{agency}/declarations/2022", created.Headers.Location?.OriginalString);
        var updated = await admin.PutDeclarationAsync(agency, 2022, second, ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("\"2\"", updated.Headers.ETag?.Tag);

        var current = await (await admin.GetAsync($"/api/v1/agencies/{agency}/declarations/2022")).ReadObjectAsync();
        Assert.Equal(2, current["version"]!.GetValue<int>());
        Assert.Equal("draft", current["status"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(second), current["document"]));
        Assert.Contains("5.50", current["document"]!.ToJsonString());
        var v1 = await (await admin.GetAsync($"/api/v1/agencies/{agency}/declarations/2022/versions/1")).ReadObjectAsync();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(first), v1["document"]));
        Assert.Equal("司法行政项目经费", v1["document"]!["targetSets"]![0]!["projectName"]!.GetValue<string>());
        Assert.Equal(2, JsonNode.Parse(await admin.GetStringAsync($"/api/v1/agencies/{agency}/declarations/2022/versions"))!.AsArray().Count);
    }

    [Fact]
    public async Task A_stale_If_Match_is_412_and_an_Idempotency_Key_replays_the_first_answer()
    {
        var admin = app.Client();
        var agency = NewAgencyId();
        await admin.CreateAgencyAsync(agency, "430423");
        var body = DeclarationDriver.Hengshan();

        var first = await admin.PutDeclarationAsync(agency, 2022, body, idempotencyKey: "dcl-1");
        var replay = await admin.PutDeclarationAsync(agency, 2022, body, idempotencyKey: "dcl-1");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.True(replay.Headers.Contains("Idempotent-Replayed"));
        await (await admin.PutDeclarationAsync(agency, 2022, body + " ", idempotencyKey: "dcl-1")).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PutDeclarationAsync(agency, 2022, body, ifMatch: "\"7\"")).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Single(JsonNode.Parse(await admin.GetStringAsync($"/api/v1/agencies/{agency}/declarations/2022/versions"))!.AsArray());
    }

    [Fact]
    public async Task A_document_for_another_year_or_of_the_wrong_shape_is_422_with_pointers_and_stores_nothing()
    {
        var admin = app.Client();
        var agency = NewAgencyId();
        await admin.CreateAgencyAsync(agency, "430423");

        var wrongYear = await (await admin.PutDeclarationAsync(agency, 2023, DeclarationDriver.Hengshan())).AssertProblemAsync((HttpStatusCode)422);
        Assert.Contains("/fiscalYear", wrongYear.ErrorPointers());
        var badOperator = await (await admin.PutDeclarationAsync(agency, 2022,
            DeclarationDriver.Hengshan(d => DeclarationDriver.Indicator(d, "法治宣传场次")["target"]!["operator"] = "≥"))).AssertProblemAsync((HttpStatusCode)422);
        Assert.Contains("/targetSets/0/indicators/0/target/operator", badOperator.ErrorPointers());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/agencies/{agency}/declarations/2022")).StatusCode);
    }

    [Fact]
    public async Task The_agency_submits_the_region_returns_with_a_reason_then_approves_an_adjusted_version()
    {
        var admin = app.Client();
        var agency = NewAgencyId();
        await admin.CreateAgencyAsync(agency, "430423");
        var agencyClient = app.Client((await admin.CreateKeyAsync("agency", agency)).Key);
        var regionClient = app.Client((await admin.CreateKeyAsync("region", "430000")).Key);
        var otherRegion = app.Client((await admin.CreateKeyAsync("region", "130000")).Key);

        Assert.Equal(HttpStatusCode.Created, (await agencyClient.PutDeclarationAsync(agency, 2022, DeclarationDriver.Hengshan())).StatusCode);
        await (await regionClient.PutDeclarationAsync(agency, 2022, DeclarationDriver.Hengshan())).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await regionClient.StepAsync(agency, 2022, "submit")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await agencyClient.StepAsync(agency, 2022, "submit")).AssertSuccessAsync();
        await (await agencyClient.StepAsync(agency, 2022, "approve")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await otherRegion.StepAsync(agency, 2022, "approve")).AssertProblemAsync(HttpStatusCode.NotFound);
        var noReason = await (await regionClient.StepAsync(agency, 2022, "return")).AssertProblemAsync((HttpStatusCode)422);
        Assert.Contains("/reason", noReason.ErrorPointers());

        var returned = await (await regionClient.StepAsync(agency, 2022, "return", "人民调解案件指标值低于上年实际")).ReadObjectAsync();
        Assert.Equal("returned", returned["status"]!.GetValue<string>());
        Assert.Equal("人民调解案件指标值低于上年实际", returned["statusReason"]!.GetValue<string>());
        await (await regionClient.StepAsync(agency, 2022, "approve")).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NotFound, (await agencyClient.GetAsync($"/api/v1/agencies/{agency}/declarations/2022/approved")).StatusCode);

        var adjusted = DeclarationDriver.Hengshan(d => DeclarationDriver.Indicator(d, "人民调解案件")["target"] = JsonNode.Parse("""{"text":"1000件","operator":"=","value":1000,"unit":"件"}"""));
        Assert.Equal(HttpStatusCode.OK, (await agencyClient.PutDeclarationAsync(agency, 2022, adjusted)).StatusCode);
        await (await agencyClient.StepAsync(agency, 2022, "submit")).AssertSuccessAsync();
        var approved = await (await regionClient.StepAsync(agency, 2022, "approve")).ReadObjectAsync();
        Assert.Equal("approved", approved["status"]!.GetValue<string>());
        Assert.Equal(2, approved["approvedVersion"]!.GetValue<int>());

        var read = await (await agencyClient.GetAsync($"/api/v1/agencies/{agency}/declarations/2022/approved")).ReadObjectAsync();
        Assert.Equal(2, read["version"]!.GetValue<int>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(adjusted), read["document"]));
        Assert.Equal(HttpStatusCode.NotFound, (await otherRegion.GetAsync($"/api/v1/agencies/{agency}/declarations/2022")).StatusCode);
    }
}
