using Npgsql;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Webhooks;

/// <summary>API-only host for the changes; two separate worker processes deliver the webhooks.</summary>
public sealed class WebhookApiOnlyPostgresApp : PerfEvalApp<PostgresTestDatabase>
{
    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(WebhookTestSettings.Values.ToDictionary(p => p.Key, p => (string?)p.Value)) { ["PerfEval:Roles"] = "api" };
}

public sealed class WebhookWorkerProcessTests(WebhookApiOnlyPostgresApp app) : IClassFixture<WebhookApiOnlyPostgresApp>
{
    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task SaveAndSubmitAsync(HttpClient admin, string agency)
    {
        await admin.CreateAgencyAsync(agency, "430426");
        await (await admin.PutReportAsync(agency, 2023, WebhookTestSettings.ReportWithErrors(2023))).AssertSuccessAsync();
        await (await admin.PutReportAsync(agency, 2023, Documents.Minimal(2023), ifMatch: "\"1\"")).AssertSuccessAsync();
        await (await admin.PostAsync($"/api/v1/agencies/{agency}/reports/2023/submit", null)).AssertSuccessAsync();
    }

    [Fact]
    public async Task Two_worker_processes_deliver_exactly_one_verified_request_per_event()
    {
        const int agencies = 40;
        await using var receiver = await WebhookReceiver.StartAsync(WebhookTestSettings.Secret);
        var admin = app.Client();
        var webhook = await WebhookDeliveryTests.RegisterAsync(admin, receiver.Url, "report.findings.error", "report.submitted");

        // The secret is kept encrypted at rest.
        await using (var connection = new NpgsqlConnection(app.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"SELECT secret FROM webhook_subscriptions WHERE id = '{webhook["id"]}'", connection);
            var stored = (string)(await command.ExecuteScalarAsync())!;
            Assert.StartsWith("aesgcm:", stored);
            Assert.DoesNotContain(WebhookTestSettings.Secret, stored, StringComparison.Ordinal);
        }

        // Nothing is sent by the API-only host: the requests that caused the events never wait for them.
        await SaveAndSubmitAsync(admin, "whw-0000");
        Assert.Empty(receiver.Received);
        Assert.Equal(2, await ScalarAsync($"SELECT COUNT(*) FROM webhook_deliveries WHERE subscription_id = '{webhook["id"]}' AND state = 'pending'"));

        // One delivery per claim, so that both workers take part while the rest of the events are raised.
        var environment = new Dictionary<string, string>(WebhookTestSettings.AsEnvironment()) { ["PerfEval__Webhooks__BatchSize"] = "1" };
        await using var first = WorkerProcess.Start(app.ConnectionString, environment);
        await using var second = WorkerProcess.Start(app.ConnectionString, environment);
        await Eventually.HoldsAsync(async () => await ScalarAsync("SELECT COUNT(*) FROM hangfire.server") == 2, TimeSpan.FromSeconds(60),
            () => Task.FromResult($"First:\n{first.Output}\nSecond:\n{second.Output}"));
        for (var i = 1; i < agencies; i++) await SaveAndSubmitAsync(admin, $"whw-{i:D4}");

        await Eventually.HoldsAsync(
            async () => await ScalarAsync($"SELECT COUNT(*) FROM webhook_deliveries WHERE subscription_id = '{webhook["id"]}' AND state <> 'delivered'") == 0,
            TimeSpan.FromSeconds(120), () => Task.FromResult($"Received {receiver.Received.Count}.\nFirst:\n{first.Output}\nSecond:\n{second.Output}"));

        var received = receiver.Received.ToList();
        Assert.All(received, r => Assert.True(r.Verified, r.Body));
        Assert.Equal(2 * agencies, received.Count);
        Assert.Equal(2 * agencies, received.Select(r => r.EventId).Distinct().Count());
        Assert.Equal(2 * agencies, received.Select(r => r.DeliveryId).Distinct().Count());
        Assert.Equal(agencies, received.Count(r => r.EventType == "report.findings.error"));
        Assert.Equal(agencies, received.Count(r => r.EventType == "report.submitted"));
        Assert.False(first.HasExited, first.Output);
        Assert.False(second.HasExited, second.Output);
        // Both processes sent deliveries: Hangfire records the server that performed each job.
        Assert.Equal(2, await ScalarAsync(
            "SELECT COUNT(DISTINCT s.data::jsonb->>'ServerId') FROM hangfire.state s JOIN hangfire.job j ON j.id = s.jobid "
            + "WHERE s.name = 'Processing' AND j.invocationdata::text LIKE '%WebhookJobs%'"));
    }
}
