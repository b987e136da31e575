using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Publication;

/// <summary>The keyless public API serves published versions and nothing else; a retraction leaves a tombstone.</summary>
[Trait("Provider", "each")]
public sealed class PublicApiTests(TestApp app) : IClassFixture<TestApp>
{
    private HttpClient Anonymous => app.Client(apiKey: null);

    private async Task<JsonArray> ListAsync(int year) =>
        (await (await Anonymous.GetAsync($"/public/v1/reports?fiscalYear={year}&regionCode=430000")).ReadObjectAsync())["items"]!.AsArray();

    [Fact]
    public async Task Only_published_versions_are_served_and_a_retracted_report_leaves_a_tombstone()
    {
        var states = new Dictionary<string, string>();
        foreach (var state in WorkflowTransitionTests.States)
            states[state] = await WorkflowTransitionTests.ReportInStateAsync(app, state, year: 2023);
        var listed = (await ListAsync(2023)).Select(r => r!["agencyId"]!.GetValue<string>()).ToHashSet();

        Assert.Contains(states["published"], listed);
        foreach (var state in new[] { "draft", "submitted", "returned", "accepted", "retracted" })
        {
            Assert.DoesNotContain(states[state], listed);
            var response = await Anonymous.GetAsync($"/public/v1/agencies/{states[state]}/reports/2023");
            await response.AssertProblemAsync(state == "retracted" ? HttpStatusCode.Gone : HttpStatusCode.NotFound);
        }

        var published = await (await Anonymous.GetAsync($"/public/v1/agencies/{states["published"]}/reports/2023")).ReadObjectAsync();
        Assert.Equal(1, published["version"]!.GetValue<int>());
        Assert.Equal(2023, published["document"]!["fiscalYear"]!.GetValue<int>());
        Assert.NotNull(published["findingCounts"]);
        Assert.NotNull(published["scores"]);

        var tombstone = await (await Anonymous.GetAsync($"/public/v1/agencies/{states["retracted"]}/reports/2023")).AssertProblemAsync(HttpStatusCode.Gone);
        Assert.Equal("数字与附表不符", tombstone["reason"]!.GetValue<string>());
        Assert.NotNull(tombstone["retractedAt"]);
    }

    [Fact]
    public async Task A_new_draft_after_publication_does_not_change_what_the_public_sees_until_it_is_published_again()
    {
        var agency = await WorkflowTransitionTests.ReportInStateAsync(app, "retracted", year: 2023);
        var admin = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutReportAsync(agency, 2023, Documents.Minimal(2023, total: 2000m))).StatusCode);
        await (await Anonymous.GetAsync($"/public/v1/agencies/{agency}/reports/2023")).AssertProblemAsync(HttpStatusCode.Gone);

        foreach (var action in new[] { "submit", "accept", "publish" })
            await (await admin.PostAsync($"/api/v1/agencies/{agency}/reports/2023/{action}",
                new StringContent("{\"acknowledgeWarnings\":true}", Encoding.UTF8, "application/json"))).AssertSuccessAsync();

        var republished = await (await Anonymous.GetAsync($"/public/v1/agencies/{agency}/reports/2023")).ReadObjectAsync();
        Assert.Equal(2, republished["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Nothing_but_reads_exist_without_a_key()
    {
        var agency = await WorkflowTransitionTests.ReportInStateAsync(app, "published", year: 2023);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous.GetAsync($"/api/v1/agencies/{agency}/reports/2023")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous.PostAsync($"/api/v1/agencies/{agency}/reports/2023/retract", null)).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await Anonymous.DeleteAsync($"/public/v1/agencies/{agency}/reports/2023")).StatusCode);
    }
}

/// <summary>The public API is rate-limited per client address: 429 problem+json with Retry-After.</summary>
public sealed class PublicRateLimitTests(PublicRateLimitTests.TinyLimitApp app) : IClassFixture<PublicRateLimitTests.TinyLimitApp>
{
    public sealed class TinyLimitApp : PerfEvalApp<SqliteTestDatabase>
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["PerfEval:Public:PermitsPerMinute"] = "3" };
    }

    [Fact]
    public async Task The_fourth_request_in_a_minute_gets_429_with_retry_after()
    {
        var anonymous = app.Client(apiKey: null);
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/public/v1/reports")).StatusCode);

        var limited = await anonymous.GetAsync("/public/v1/reports");

        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }
}
