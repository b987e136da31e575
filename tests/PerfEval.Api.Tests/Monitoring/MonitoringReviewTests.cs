using System.Net;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Monitoring;

/// <summary>Monitoring reports are versioned, guarded by If-Match and Idempotency-Key, and reviewed by the region, as declarations are.</summary>
[Trait("Provider", "each")]
public sealed class MonitoringReviewTests(TestApp app) : IClassFixture<TestApp>
{
    private const int Year = 2033;

    private static string NewAgencyId() => "mr-" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task Put_creates_then_versions_with_If_Match_and_an_Idempotency_Key_replays_the_first_answer()
    {
        var admin = app.Client();
        var agency = NewAgencyId();
        await admin.CreateAgencyAsync(agency, "430423");
        var first = MonitoringDriver.Period(Year, "06", executed: 300.50m);
        var second = MonitoringDriver.Period(Year, "06", executed: 420m);

        var created = await admin.PutPeriodAsync(agency, Year, "06", first, idempotencyKey: "mon-1");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        Assert.Equal($"/api/v1/agencies/{agency}/monitoring/{Year}/06", created.Headers.Location?.OriginalString);
        var summary = await created.ReadObjectAsync();
        Assert.Equal("06", summary["period"]!.GetValue<string>());
        Assert.Equal("draft", summary["status"]!.GetValue<string>());
        Assert.Equal(["submit"], summary["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()));

        var replay = await admin.PutPeriodAsync(agency, Year, "06", first, idempotencyKey: "mon-1");
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.True(replay.Headers.Contains("Idempotent-Replayed"));
        await (await admin.PutPeriodAsync(agency, Year, "06", second, idempotencyKey: "mon-1")).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PutPeriodAsync(agency, Year, "06", second, ifMatch: "\"7\"")).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await admin.PutPeriodAsync(agency, Year, "04", MonitoringDriver.Period(Year, "04", 1m), ifMatch: "*")).AssertProblemAsync(HttpStatusCode.PreconditionFailed);

        var updated = await admin.PutPeriodAsync(agency, Year, "06", second, ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("\"2\"", updated.Headers.ETag?.Tag);
        await (await admin.PutPeriodAsync(agency, Year, "06", first, ifMatch: "\"1\"")).AssertProblemAsync(HttpStatusCode.PreconditionFailed);

        var current = await admin.GetAsync($"/api/v1/agencies/{agency}/monitoring/{Year}/06");
        Assert.Equal("\"2\"", current.Headers.ETag?.Tag);
        var read = await current.ReadObjectAsync();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(second), read["document"]));
        var versions = JsonNode.Parse(await admin.GetStringAsync($"/api/v1/agencies/{agency}/monitoring/{Year}/06/versions"))!.AsArray();
        Assert.Equal([1, 2], versions.Select(v => v!["version"]!.GetValue<int>()));
        Assert.Contains("300.50", versions[0]!["document"]!.ToJsonString());
        Assert.Equal("superseded", versions[0]!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/agencies/{agency}/monitoring/{Year}/04")).StatusCode);
    }

    [Fact]
    public async Task The_agency_submits_the_region_returns_with_a_reason_then_approves_a_corrected_version()
    {
        var admin = app.Client();
        var agency = NewAgencyId();
        await admin.CreateAgencyAsync(agency, "430423");
        var agencyClient = app.Client((await admin.CreateKeyAsync("agency", agency)).Key);
        var regionClient = app.Client((await admin.CreateKeyAsync("region", "430400")).Key);
        var otherRegion = app.Client((await admin.CreateKeyAsync("region", "130000")).Key);

        Assert.Equal(HttpStatusCode.Created, (await agencyClient.PutPeriodAsync(agency, Year, "06", MonitoringDriver.Period(Year, "06", 300m, atRisk: true))).StatusCode);
        await (await regionClient.PutPeriodAsync(agency, Year, "06", MonitoringDriver.Period(Year, "06", 300m))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await regionClient.PeriodStepAsync(agency, Year, "06", "submit")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await agencyClient.PeriodStepAsync(agency, Year, "06", "submit", ifMatch: "\"2\"")).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var submitted = await (await agencyClient.PeriodStepAsync(agency, Year, "06", "submit", ifMatch: "\"1\"")).ReadObjectAsync();
        Assert.Equal("submitted", submitted["status"]!.GetValue<string>());
        await (await agencyClient.PeriodStepAsync(agency, Year, "06", "approve")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await otherRegion.PeriodStepAsync(agency, Year, "06", "approve")).AssertProblemAsync(HttpStatusCode.NotFound);
        var noReason = await (await regionClient.PeriodStepAsync(agency, Year, "06", "return")).AssertProblemAsync((HttpStatusCode)422);
        Assert.Contains("/reason", noReason.ErrorPointers());

        var returned = await (await regionClient.PeriodStepAsync(agency, Year, "06", "return", "偏差原因未说明纠偏时限")).ReadObjectAsync();
        Assert.Equal("returned", returned["status"]!.GetValue<string>());
        Assert.Equal("偏差原因未说明纠偏时限", returned["statusReason"]!.GetValue<string>());
        var early = await (await regionClient.PeriodStepAsync(agency, Year, "06", "approve")).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("returned", early["state"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, (await agencyClient.PutPeriodAsync(agency, Year, "06", MonitoringDriver.Period(Year, "06", 310m), ifMatch: "\"1\"")).StatusCode);
        await (await agencyClient.PeriodStepAsync(agency, Year, "06", "submit")).AssertSuccessAsync();
        var approved = await (await regionClient.PeriodStepAsync(agency, Year, "06", "approve")).ReadObjectAsync();
        Assert.Equal("approved", approved["status"]!.GetValue<string>());
        Assert.Equal(2, approved["approvedVersion"]!.GetValue<int>());

        var read = await (await agencyClient.GetAsync($"/api/v1/agencies/{agency}/monitoring/{Year}/06")).ReadObjectAsync();
        Assert.Equal("approved", read["status"]!.GetValue<string>());
        Assert.Equal(2, read["approvedVersion"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, (await otherRegion.GetAsync($"/api/v1/agencies/{agency}/monitoring/{Year}/06")).StatusCode);

        // A new version after approval is a draft again; the approved one stays approved until its successor is.
        Assert.Equal(HttpStatusCode.OK, (await agencyClient.PutPeriodAsync(agency, Year, "06", MonitoringDriver.Period(Year, "06", 320m))).StatusCode);
        var versions = JsonNode.Parse(await agencyClient.GetStringAsync($"/api/v1/agencies/{agency}/monitoring/{Year}/06/versions"))!.AsArray();
        Assert.Equal(["superseded", "approved", "draft"], versions.Select(v => v!["status"]!.GetValue<string>()));
    }
}
