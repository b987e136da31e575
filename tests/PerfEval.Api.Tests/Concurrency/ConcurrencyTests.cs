using System.Net;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Concurrency;

/// <summary>Racing writers: one If-Match wins once, one Idempotency-Key makes one version, one agency code makes one agency,
/// submit and PUT never lose a version.</summary>
// Also run through PgBouncer in transaction pooling mode (If-Match and concurrent writers on one report).
[Trait("Provider", "each")]
[Trait("Pooler", "too")]
public sealed class ConcurrencyTests(TestApp app) : IClassFixture<TestApp>
{
    private const int Writers = 20;

    private async Task<(HttpClient Client, string Agency)> AgencyAsync(bool withReport)
    {
        var admin = app.Client();
        var agency = "race-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, "430423");
        if (withReport) Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(agency, 2022, Documents.Minimal(2022))).StatusCode);
        var (_, key) = await admin.CreateKeyAsync("agency", agency);
        return (app.Client(key), agency);
    }

    [Fact]
    public async Task Twenty_PUTs_with_one_If_Match_make_exactly_one_version()
    {
        var (client, agency) = await AgencyAsync(withReport: true);

        var responses = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i =>
            client.PutReportAsync(agency, 2022, Documents.Minimal(2022, total: 1000m + i), ifMatch: "\"1\"")));

        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        Assert.Equal(1, statuses.Count(s => s == 200));
        Assert.All(statuses, s => Assert.Contains(s, new[] { 200, 412 }));
        Assert.Equal(2, await app.Client().VersionCountAsync(agency, 2022));
    }

    [Fact]
    public async Task Twenty_PUTs_with_one_Idempotency_Key_make_exactly_one_version()
    {
        var (client, agency) = await AgencyAsync(withReport: false);
        var body = Documents.Minimal(2023);

        var responses = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => client.PutReportAsync(agency, 2023, body, idempotencyKey: "one-key")));

        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        Assert.All(statuses, s => Assert.Contains(s, new[] { 201, 409 }));
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created && !r.Headers.Contains("Idempotent-Replayed")));
        Assert.Equal(1, await app.Client().VersionCountAsync(agency, 2023));

        var retry = await client.PutReportAsync(agency, 2023, body, idempotencyKey: "one-key");
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await app.Client().VersionCountAsync(agency, 2023));
    }

    [Fact]
    public async Task Twenty_registrations_of_one_agency_code_make_one_agency_and_409s()
    {
        var admin = app.Client();
        var code = "RACE-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

        var responses = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => admin.PostAsync("/api/v1/agencies",
            new StringContent($$"""{"id":"race-{{i}}-{{code.ToLowerInvariant()}}","code":"{{(i % 2 == 0 ? " " : "")}}{{code}}","name":"竞争单位","regionCode":"430423"}""",
                System.Text.Encoding.UTF8, "application/json"))));

        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        Assert.Equal(1, statuses.Count(s => s == 201));
        Assert.All(statuses, s => Assert.Contains(s, new[] { 201, 409 }));
        var agencies = JsonNode.Parse(await admin.GetStringAsync("/api/v1/agencies?regionCode=430423"))!.AsArray();
        Assert.Single(agencies, a => a!["code"]!.GetValue<string>() == code);
    }

    [Fact]
    public async Task Submit_racing_a_PUT_loses_and_duplicates_no_version()
    {
        for (var round = 0; round < 5; round++)
        {
            var (client, agency) = await AgencyAsync(withReport: true);

            var submitRequest = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/agencies/{agency}/reports/2022/submit");
            submitRequest.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            var submitting = client.SendAsync(submitRequest);
            var putting = client.PutReportAsync(agency, 2022, Documents.Minimal(2022, total: 999m), ifMatch: "\"1\"");
            var (submit, put) = (await submitting, await putting);

            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
            Assert.Contains((int)submit.StatusCode, new[] { 200, 412 });
            var versions = JsonNode.Parse(await app.Client().GetStringAsync($"/api/v1/agencies/{agency}/reports/2022/versions"))!.AsArray();
            Assert.Equal([1, 2], versions.Select(v => v!["version"]!.GetValue<int>()).Order());
            var submitted = submit.StatusCode == HttpStatusCode.OK;
            Assert.Equal(submitted ? "submitted" : "draft", versions.Single(v => v!["version"]!.GetValue<int>() == 1)!["status"]!.GetValue<string>());
            Assert.Equal("draft", versions.Single(v => v!["version"]!.GetValue<int>() == 2)!["status"]!.GetValue<string>());
        }
    }
}
