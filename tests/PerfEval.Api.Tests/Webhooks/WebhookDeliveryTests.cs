using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Api.Tests.Telemetry;
using PerfEval.Domain.Scoring;

namespace PerfEval.Api.Tests.Webhooks;

public sealed class WebhookApp : PerfEvalApp<ProviderTestDatabase>
{
    protected override IDictionary<string, string?> Settings => WebhookTestSettings.Values.ToDictionary(p => p.Key, p => (string?)p.Value);
}

/// <summary>Signed deliveries to a loopback receiver, retries, tenancy of subscriptions and the delivery log, on each database.</summary>
[Trait("Provider", "each")]
public sealed class WebhookDeliveryTests(WebhookApp app) : IClassFixture<WebhookApp>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task<JsonObject> RegisterAsync(HttpClient client, string url, params string[] events)
    {
        var response = await client.PostAsJsonAsync("/api/v1/webhooks", new { url, secret = WebhookTestSettings.Secret, events });
        await response.AssertSuccessAsync();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadObjectAsync();
    }

    private static IEnumerable<ReceivedWebhook> Of(WebhookReceiver receiver, string agency) =>
        receiver.Received.Where(r => JsonNode.Parse(r.Body)!["data"]!["agencyId"]!.GetValue<string>() == agency);

    private static string Describe(WebhookReceiver receiver) =>
        string.Join("\n", receiver.Received.Select(r => $"{r.DeliveryId} {r.EventType} {r.EventId} verified={r.Verified} answered={r.Answered}"));

    [Fact]
    public async Task A_receiver_gets_signed_deliveries_it_verifies_retried_after_a_500_and_error_findings_notify_once()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookTestSettings.Secret, failFirstAttempts: 1);
        var admin = app.Client();
        var metricsBefore = await admin.GetStringAsync("/metrics");
        var webhook = await RegisterAsync(admin, receiver.Url, "report.findings.error", "report.submitted", "report.scored");
        Assert.Equal(WebhookTestSettings.Secret, webhook["secret"]!.GetValue<string>());

        var agency = $"whk-{Guid.NewGuid():N}"[..20];
        await admin.CreateAgencyAsync(agency, "430426");
        await (await admin.PutReportAsync(agency, 2023, WebhookTestSettings.ReportWithErrors(2023))).AssertSuccessAsync();
        await (await admin.PutReportAsync(agency, 2023, WebhookTestSettings.ReportWithErrors(2023), ifMatch: "\"1\"")).AssertSuccessAsync();
        await (await admin.PutReportAsync(agency, 2023, Documents.Minimal(2023), ifMatch: "\"2\"")).AssertSuccessAsync();
        await (await admin.PostAsync($"/api/v1/agencies/{agency}/reports/2023/submit", null)).AssertSuccessAsync();

        // Every event is answered 500 once, then delivered: two verified requests each.
        await Eventually.HoldsAsync(() => Task.FromResult(
                Of(receiver, agency).Count(r => r.Answered == 200 && r.EventType == "report.submitted") == 1
                && Of(receiver, agency).Count(r => r.Answered == 200 && r.EventType == "report.findings.error") == 1
                && Of(receiver, agency).Count(r => r.Answered == 200 && r.EventType == "report.scored") == 3 * ScoringProfiles.All.Count),
            Patience, () => Task.FromResult(Describe(receiver)));

        var received = Of(receiver, agency).ToList();
        Assert.All(received, r => Assert.True(r.Verified, r.Body));
        foreach (var perEvent in received.GroupBy(r => r.EventId))
        {
            Assert.Equal([500, 200], perEvent.Select(r => r.Answered));
            Assert.Single(perEvent.Select(r => r.DeliveryId).Distinct());
        }
        var errorEvent = JsonNode.Parse(received.First(r => r.EventType == "report.findings.error").Body)!;
        Assert.Equal(1, errorEvent["data"]!["version"]!.GetValue<int>());
        Assert.Equal("report.findings.error", errorEvent["type"]!.GetValue<string>());
        Assert.Equal(errorEvent["id"]!.GetValue<string>(), received.First(r => r.EventType == "report.findings.error").EventId);

        // The receiver has answered; the worker records the outcome just after the response arrives.
        List<JsonNode?> mine = [];
        await Eventually.HoldsAsync(async () =>
            {
                var log = await (await admin.GetAsync($"/api/v1/webhooks/{webhook["id"]}/deliveries")).ReadObjectAsync();
                mine = log["items"]!.AsArray().Where(d => d!["agencyId"]!.GetValue<string>() == agency).ToList();
                return mine.All(d => d!["state"]!.GetValue<string>() is not ("sending" or "pending"));
            },
            Patience, () => Task.FromResult(string.Join(", ", mine.Select(d => d!["state"]!.GetValue<string>()))));
        Assert.Equal(received.Select(r => r.EventId).Distinct().Count(), mine.Count);
        Assert.All(mine, d =>
        {
            Assert.Equal("delivered", d!["state"]!.GetValue<string>());
            Assert.Equal(2, d["attempts"]!.GetValue<int>());
            Assert.Equal(200, d["lastStatusCode"]!.GetValue<int>());
            Assert.NotNull(d["deliveredAt"]);
        });
        Assert.Single(mine, d => d!["eventType"]!.GetValue<string>() == "report.findings.error");
        // Each delivery's outcomes are counted: one retry (the 500), then delivered.
        var metricsAfter = await admin.GetStringAsync("/metrics");
        foreach (var outcome in new[] { "retry", "delivered" })
        {
            var label = $"outcome=\"{outcome}\"";
            var delta = PrometheusText.Sum(metricsAfter, "perfeval_webhooks_deliveries_total", label) - PrometheusText.Sum(metricsBefore, "perfeval_webhooks_deliveries_total", label);
            Assert.True(delta >= mine.Count, $"{outcome}: {delta} < {mine.Count}");
        }

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/webhooks/{webhook["id"]}")).StatusCode);
    }

    [Fact]
    public async Task A_region_subscription_hears_only_about_agencies_of_its_region()
    {
        await using var hengyang = await WebhookReceiver.StartAsync(WebhookTestSettings.Secret);
        await using var hebei = await WebhookReceiver.StartAsync(WebhookTestSettings.Secret);
        var admin = app.Client();
        var (_, hengyangKey) = await admin.CreateKeyAsync("region", "430400");
        var (_, hebeiKey) = await admin.CreateKeyAsync("region", "130000");
        var hengyangHook = await RegisterAsync(app.Client(hengyangKey), hengyang.Url, "report.findings.error");
        var hebeiHook = await RegisterAsync(app.Client(hebeiKey), hebei.Url, "report.findings.error");

        var qidong = $"whq-{Guid.NewGuid():N}"[..20];
        var shijiazhuang = $"whs-{Guid.NewGuid():N}"[..20];
        await admin.CreateAgencyAsync(qidong, "430426");
        await admin.CreateAgencyAsync(shijiazhuang, "130102");
        await (await admin.PutReportAsync(qidong, 2023, WebhookTestSettings.ReportWithErrors(2023))).AssertSuccessAsync();
        await (await admin.PutReportAsync(shijiazhuang, 2023, WebhookTestSettings.ReportWithErrors(2023))).AssertSuccessAsync();

        await Eventually.HoldsAsync(() => Task.FromResult(hengyang.Received.Any(r => r.Answered == 200) && hebei.Received.Any(r => r.Answered == 200)),
            Patience, () => Task.FromResult(Describe(hengyang) + "\n--\n" + Describe(hebei)));
        Assert.Equal([qidong], hengyang.Received.Select(r => JsonNode.Parse(r.Body)!["data"]!["agencyId"]!.GetValue<string>()));
        Assert.Equal([shijiazhuang], hebei.Received.Select(r => JsonNode.Parse(r.Body)!["data"]!["agencyId"]!.GetValue<string>()));

        // Each client reads its own log only.
        var log = await (await app.Client(hengyangKey).GetAsync($"/api/v1/webhooks/{hengyangHook["id"]}/deliveries")).ReadObjectAsync();
        Assert.Equal([qidong], log["items"]!.AsArray().Select(d => d!["agencyId"]!.GetValue<string>()));
        await (await app.Client(hengyangKey).GetAsync($"/api/v1/webhooks/{hebeiHook["id"]}/deliveries")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await app.Client(hengyangKey).DeleteAsync($"/api/v1/webhooks/{hebeiHook["id"]}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await app.Client(hengyangKey).DeleteAsync($"/api/v1/webhooks/{hengyangHook["id"]}")).AssertSuccessAsync();
        await (await app.Client(hebeiKey).DeleteAsync($"/api/v1/webhooks/{hebeiHook["id"]}")).AssertSuccessAsync();
    }

    [Fact]
    public async Task A_report_year_that_becomes_overdue_notifies_once_however_often_its_status_is_recomputed()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookTestSettings.Secret);
        var admin = app.Client();
        var webhook = await RegisterAsync(admin, receiver.Url, "report.overdue");
        var agency = $"who-{Guid.NewGuid():N}"[..20];
        await admin.CreateAgencyAsync(agency, "430426");
        await (await admin.PutReportAsync(agency, 2023, Documents.Minimal(2023))).AssertSuccessAsync();

        // 批复 in January 2024: the national rule (20 days) put the due date long before today, and the report is a draft.
        var roster = new StringContent("{\"approvalDate\":\"2024-01-10\"}", System.Text.Encoding.UTF8, "application/json");
        await (await admin.PutAsync($"/api/v1/roster/2023/agencies/{agency}", roster)).AssertSuccessAsync();
        await Eventually.HoldsAsync(() => Task.FromResult(Of(receiver, agency).Any(r => r.Answered == 200)), Patience, () => Task.FromResult(Describe(receiver)));

        // Each further change recomputes the status (still overdue) without a second event.
        await (await admin.PutReportAsync(agency, 2023, Documents.Minimal(2023, total: 1200m), ifMatch: "\"1\"")).AssertSuccessAsync();
        await (await admin.PostAsync($"/api/v1/agencies/{agency}/reports/2023/submit", null)).AssertSuccessAsync();
        await Eventually.HoldsAsync(async () =>
            {
                var status = await (await admin.GetAsync($"/api/v1/roster/2023?regionCode=430426")).Content.ReadAsStringAsync();
                return status.Contains(agency, StringComparison.Ordinal);
            }, Patience, () => Task.FromResult("not on the roster"));
        await Task.Delay(TimeSpan.FromSeconds(2));

        var overdue = Assert.Single(Of(receiver, agency));
        Assert.Equal("report.overdue", overdue.EventType);
        Assert.Equal("2024-01-30", JsonNode.Parse(overdue.Body)!["data"]!["dueDate"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/webhooks/{webhook["id"]}")).StatusCode);
    }

    [Fact]
    public async Task Revoking_the_key_that_registered_a_webhook_stops_new_deliveries()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookTestSettings.Secret);
        var admin = app.Client();
        var (keyId, key) = await admin.CreateKeyAsync("region", "430400");
        await RegisterAsync(app.Client(key), receiver.Url, "report.findings.error");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/api-keys/{keyId}")).StatusCode);

        var agency = $"whr-{Guid.NewGuid():N}"[..20];
        await admin.CreateAgencyAsync(agency, "430426");
        await (await admin.PutReportAsync(agency, 2023, WebhookTestSettings.ReportWithErrors(2023))).AssertSuccessAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Empty(receiver.Received);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/hook")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/relative/hook")]
    [InlineData("http://user:password@127.0.0.1/hook")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    public async Task A_url_that_is_not_absolute_http_or_https_without_credentials_is_422_at_url(string url)
    {
        var response = await app.Client().PostAsJsonAsync("/api/v1/webhooks", new { url, events = new[] { "report.published" } });
        Assert.Equal(["/url"], (await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorPointers());
    }

    [Fact]
    public async Task Unknown_or_missing_events_are_422_and_agency_keys_cannot_register()
    {
        var admin = app.Client();
        var unknown = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://127.0.0.1/hook", events = new[] { "report.published", "report.eaten" } });
        Assert.Equal(["/events/1"], (await unknown.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorPointers());
        var none = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://127.0.0.1/hook", events = Array.Empty<string>() });
        Assert.Equal(["/events"], (await none.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorPointers());
        var shortSecret = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://127.0.0.1/hook", secret = "short", events = new[] { "report.published" } });
        Assert.Equal(["/secret"], (await shortSecret.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorPointers());

        var agency = $"wha-{Guid.NewGuid():N}"[..20];
        await admin.CreateAgencyAsync(agency, "430426");
        var (_, agencyKey) = await admin.CreateKeyAsync("agency", agency);
        await (await app.Client(agencyKey).PostAsJsonAsync("/api/v1/webhooks", new { url = "https://127.0.0.1/hook", events = new[] { "report.published" } }))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await app.Client(agencyKey).GetAsync("/api/v1/webhooks")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_generated_secret_is_returned_once_and_never_listed()
    {
        var (_, key) = await app.Client().CreateKeyAsync("region", "430000");
        var client = app.Client(key);
        var created = await (await client.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://127.0.0.1:9/hook", events = new[] { "report.published", "report.overdue" } }))
            .ReadObjectAsync();
        Assert.StartsWith("whsec_", created["secret"]!.GetValue<string>());
        Assert.Equal("430000", created["regionCode"]!.GetValue<string>());

        var listText = await (await client.GetAsync("/api/v1/webhooks")).Content.ReadAsStringAsync();
        var listed = Assert.Single(JsonNode.Parse(listText)!["items"]!.AsArray());
        Assert.Equal(created["id"]!.GetValue<string>(), listed!["id"]!.GetValue<string>());
        Assert.Equal(["report.overdue", "report.published"], listed["events"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.DoesNotContain("secret", listText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(created["secret"]!.GetValue<string>(), listText, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/webhooks/{created["id"]}")).StatusCode);
        Assert.Empty((await (await client.GetAsync("/api/v1/webhooks")).ReadObjectAsync())["items"]!.AsArray());
        await (await client.DeleteAsync($"/api/v1/webhooks/{created["id"]}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
