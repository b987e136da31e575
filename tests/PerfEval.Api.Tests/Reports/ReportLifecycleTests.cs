using System.Net;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Reports;

// Also run through PgBouncer in transaction pooling mode (PUT, GET, versions, idempotent replays, deletes).
[Trait("Provider", "each")]
[Trait("Pooler", "too")]
public sealed class ReportLifecycleTests(TestApp app) : IClassFixture<TestApp>
{
    private HttpClient Admin => app.Client();

    private static string NewAgencyId() => "ag-" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task Put_creates_then_versions_and_get_returns_the_document_as_sent()
    {
        var admin = Admin;
        var agency = NewAgencyId();
        await admin.CreateAgencyAsync(agency, "430423");
        var first = Documents.Minimal(2022, total: 1092.90m);

        var created = await admin.PutReportAsync(agency, 2022, first);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);

        var second = Documents.Minimal(2022, total: 1100.00m);
        var updated = await admin.PutReportAsync(agency, 2022, second, ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("\"2\"", updated.Headers.ETag?.Tag);

        var current = await (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/2022")).ReadObjectAsync();
        Assert.Equal(2, current["version"]!.GetValue<int>());
        Assert.Equal("draft", current["status"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(second), current["document"]));
        Assert.Contains("1100.00", current["document"]!.ToJsonString());

        var v1 = await (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/2022/versions/1")).ReadObjectAsync();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(first), v1["document"]));
        Assert.Contains("1092.90", v1["document"]!.ToJsonString());
        Assert.Equal(2, await admin.VersionCountAsync(agency, 2022));
    }

    [Fact]
    public async Task Submit_moves_draft_to_submitted_and_a_later_put_starts_a_new_draft_keeping_every_version()
    {
        var admin = Admin;
        var agency = NewAgencyId();
        await admin.CreateAgencyAsync(agency, "431102");
        await admin.PutReportAsync(agency, 2023, Documents.Minimal(2023));

        var submitted = await admin.PostAsync($"/api/v1/agencies/{agency}/reports/2023/submit", null);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal("submitted", (await submitted.ReadObjectAsync())["status"]!.GetValue<string>());

        var again = await admin.PostAsync($"/api/v1/agencies/{agency}/reports/2023/submit", null);
        await again.AssertProblemAsync(HttpStatusCode.Conflict);

        var next = await admin.PutReportAsync(agency, 2023, Documents.Minimal(2023, total: 5m));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        var versions = JsonNode.Parse(await (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/2023/versions")).Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(["submitted", "draft"], versions.Select(v => v!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Stale_if_match_gets_412_and_writes_nothing()
    {
        var admin = Admin;
        var agency = NewAgencyId();
        await admin.CreateAgencyAsync(agency, "430203");
        await admin.PutReportAsync(agency, 2024, Documents.Minimal(2024));
        await admin.PutReportAsync(agency, 2024, Documents.Minimal(2024, total: 2m), ifMatch: "\"1\"");

        var stale = await admin.PutReportAsync(agency, 2024, Documents.Minimal(2024, total: 3m), ifMatch: "\"1\"");

        await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(2, await admin.VersionCountAsync(agency, 2024));
        await (await admin.PutReportAsync(agency, 2031, Documents.Minimal(2031), ifMatch: "*")).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutReportAsync(agency, 2024, Documents.Minimal(2024, total: 4m), ifMatch: "*")).StatusCode);
        var staleSubmit = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/agencies/{agency}/reports/2024/submit");
        staleSubmit.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        await (await admin.SendAsync(staleSubmit)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Idempotent_replay_returns_the_first_response_and_creates_no_version()
    {
        var admin = Admin;
        var agency = NewAgencyId();
        await admin.CreateAgencyAsync(agency, "130110");
        var document = Documents.Minimal(2022);

        var first = await admin.PutReportAsync(agency, 2022, document, idempotencyKey: "put-1");
        var replay = await admin.PutReportAsync(agency, 2022, document, idempotencyKey: "put-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await replay.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.ETag, replay.Headers.ETag);
        Assert.Equal(1, await admin.VersionCountAsync(agency, 2022));

        var misuse = await admin.PutReportAsync(agency, 2022, Documents.Minimal(2022, total: 9m), idempotencyKey: "put-1");
        await misuse.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await admin.VersionCountAsync(agency, 2022));
    }

    [Fact]
    public async Task A_body_whose_year_or_region_contradicts_the_url_gets_422_and_leaves_no_trace()
    {
        var admin = Admin;
        var agency = NewAgencyId();
        await admin.CreateAgencyAsync(agency, "440105");

        var wrongYear = await admin.PutReportAsync(agency, 2022, Documents.Minimal(2021));
        var problem = await wrongYear.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("/fiscalYear", problem.ErrorPointers());

        var wrongRegion = await admin.PutReportAsync(agency, 2022, Documents.Minimal(2022, regionCode: "431102"));
        Assert.Contains("/agency/regionCode", (await wrongRegion.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorPointers());

        Assert.Equal(0, await admin.VersionCountAsync(agency, 2022));
    }

    [Fact]
    public async Task Chinese_text_round_trips_exactly()
    {
        var admin = Admin;
        var agency = NewAgencyId();
        await admin.CreateAgencyAsync(agency, "431102");
        const string name = "永州市零陵区司法局（盖章）“三公”经费〔2019〕𠀀";
        await admin.PutReportAsync(agency, 2023, Documents.Minimal(2023, agencyName: name));

        var text = await (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/2023")).Content.ReadAsStringAsync();

        Assert.Equal(name, JsonNode.Parse(text)!["document"]!["agency"]!["name"]!.GetValue<string>());
    }
}
