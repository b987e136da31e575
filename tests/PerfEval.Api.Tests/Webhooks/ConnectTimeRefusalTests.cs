using System.Data.Common;
using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Webhooks;

/// <summary>The production default (non-public targets refused), with fast retries so that a refused delivery ends soon.</summary>
public static class PublicTargetsOnlySettings
{
    public static IDictionary<string, string?> Values => new Dictionary<string, string?>(WebhookTestSettings.Values.ToDictionary(p => p.Key, p => (string?)p.Value))
    {
        ["PerfEval:Webhooks:AllowNonPublicTargets"] = "false",
        ["PerfEval:Webhooks:MaxAttempts"] = "2",
        ["PerfEval:Webhooks:RetryBaseDelayMs"] = "200",
    };
}

public sealed class PublicTargetsOnlyApp : PerfEvalApp<ProviderTestDatabase>
{
    protected override IDictionary<string, string?> Settings => PublicTargetsOnlySettings.Values;
}

/// <summary>
/// End to end, with the production setting: a webhook registered with a public target whose target later points at
/// this machine (as a DNS rebinding would make its name do) gets no request. The worker's connector refuses each
/// attempt before connecting, and the delivery log says why and ends the delivery <c>failed</c>.
/// </summary>
/// <remarks>
/// A test cannot change what a public name resolves to, so the registered row's URL is changed in the database to
/// what the rebinding would point at: the loopback receiver by address, by the name <c>localhost</c>, and by IPv6
/// forms that embed its IPv4 address. The connector's check of every address a name resolves to is proven with a
/// resolver of the test's own in <see cref="WebhookTargetTests"/>.
/// </remarks>
[Trait("Provider", "each")]
public sealed class ConnectTimeRefusalTests(PublicTargetsOnlyApp app) : IClassFixture<PublicTargetsOnlyApp>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_target_that_points_inside_after_registration_gets_no_request_and_the_delivery_log_records_the_refusal()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookTestSettings.Secret);
        var port = new Uri(receiver.Url).Port;
        string[] inside =
        [
            receiver.Url, $"http://localhost:{port}/hooks/perfeval", $"http://[::ffff:127.0.0.1]:{port}/hooks/perfeval",
            $"http://[64:ff9b::7f00:1]:{port}/hooks/perfeval", $"http://[::1]:{port}/hooks/perfeval",
        ];
        var admin = app.Client();
        var webhooks = new List<string>();
        foreach (var url in inside)
        {
            // Refused as written, accepted as a public name: the public one is what gets stored, then "rebound".
            var refused = await admin.PostAsync("/api/v1/webhooks", Body(url));
            Assert.Equal(["/url"], (await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorPointers());
            var created = await (await admin.PostAsync("/api/v1/webhooks", Body("https://receiver.example/hooks/perfeval"))).ReadObjectAsync();
            var id = created["id"]!.GetValue<string>();
            await ExecuteAsync("UPDATE webhook_subscriptions SET url = @Url WHERE id = @Id", new { Url = url, Id = id });
            webhooks.Add(id);
        }

        var agency = $"wcr-{Guid.NewGuid():N}"[..20];
        await admin.CreateAgencyAsync(agency, "430426");
        await (await admin.PutReportAsync(agency, 2023, WebhookTestSettings.ReportWithErrors(2023))).AssertSuccessAsync();

        var logs = new Dictionary<string, JsonNode>();
        await Eventually.HoldsAsync(async () =>
            {
                foreach (var id in webhooks)
                {
                    var log = await (await admin.GetAsync($"/api/v1/webhooks/{id}/deliveries")).ReadObjectAsync();
                    var mine = log["items"]!.AsArray().SingleOrDefault(d => d!["agencyId"]!.GetValue<string>() == agency);
                    if (mine is not null) logs[id] = mine;
                }
                return logs.Count == webhooks.Count && logs.Values.All(d => d["state"]!.GetValue<string>() == "failed");
            },
            Patience, () => Task.FromResult(string.Join("\n", logs.Select(l => $"{l.Key}: {l.Value.ToJsonString()}"))));

        foreach (var (id, url) in webhooks.Zip(inside))
        {
            var delivery = logs[id];
            Assert.Equal("report.findings.error", delivery["eventType"]!.GetValue<string>());
            Assert.Equal(2, delivery["attempts"]!.GetValue<int>());
            Assert.Null(delivery["lastStatusCode"]);
            Assert.Null(delivery["deliveredAt"]);
            var error = delivery["lastError"]!.GetValue<string>();
            Assert.True(error.Contains("non-public", StringComparison.Ordinal) && error.Contains("Gave up after 2 attempts", StringComparison.Ordinal), $"{url}: {error}");
        }
        Assert.Empty(receiver.Received);
    }

    private static StringContent Body(string url) =>
        new(new JsonObject { ["url"] = url, ["secret"] = WebhookTestSettings.Secret, ["events"] = new JsonArray("report.findings.error") }.ToJsonString(),
            System.Text.Encoding.UTF8, "application/json");

    private async Task ExecuteAsync(string sql, object parameters)
    {
        await using DbConnection connection = app.Provider == "postgres" ? new NpgsqlConnection(app.ConnectionString) : new SqliteConnection(app.ConnectionString);
        Assert.Equal(1, await connection.ExecuteAsync(sql, parameters));
    }
}
