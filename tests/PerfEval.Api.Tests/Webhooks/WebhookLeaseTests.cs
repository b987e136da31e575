using Microsoft.Extensions.DependencyInjection;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Application.Abstractions;

namespace PerfEval.Api.Tests.Webhooks;

/// <summary>API-only hosts: no dispatcher runs, so the test drives the outbox's claims itself.</summary>
public sealed class WebhookApiOnlyApp : PerfEvalApp<ProviderTestDatabase>
{
    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(WebhookTestSettings.Values.ToDictionary(p => p.Key, p => (string?)p.Value)) { ["PerfEval:Roles"] = "api" };
}

/// <summary>A claim holds a delivery only while its lease lasts; after that another claim takes it and the old one can neither send nor record it.</summary>
[Trait("Provider", "each")]
public sealed class WebhookLeaseTests(WebhookApiOnlyApp app) : IClassFixture<WebhookApiOnlyApp>
{
    private async Task<T> WithOutboxAsync<T>(Func<IWebhookOutbox, Task<T>> action)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IWebhookOutbox>());
    }

    [Fact]
    public async Task A_claim_whose_lease_ran_out_can_neither_send_nor_record_what_another_claim_took_over()
    {
        var admin = app.Client();
        await WebhookDeliveryTests.RegisterAsync(admin, "http://127.0.0.1:9/unused", "report.findings.error");
        var agency = $"whl-{Guid.NewGuid():N}"[..20];
        await admin.CreateAgencyAsync(agency, "430426");
        await (await admin.PutReportAsync(agency, 2023, WebhookTestSettings.ReportWithErrors(2023))).AssertSuccessAsync();

        var now = DateTimeOffset.UtcNow.AddMinutes(1);
        Assert.True(await WithOutboxAsync(o => o.ClaimAsync("first", 100, now, now.AddMinutes(5), CancellationToken.None)) >= 1);
        var held = await WithOutboxAsync(o => o.ListClaimedAsync("first", CancellationToken.None));
        var delivery = Assert.Single(held, d => d.Payload.Contains(agency, StringComparison.Ordinal));
        Assert.Equal(0, await WithOutboxAsync(o => o.ClaimAsync("busy", 100, now, now.AddMinutes(5), CancellationToken.None)));

        var later = now.AddMinutes(10);
        Assert.True(await WithOutboxAsync(o => o.ClaimAsync("second", 100, later, later.AddMinutes(5), CancellationToken.None)) >= 1);
        Assert.False(await WithOutboxAsync(o => o.RenewAsync("first", delivery.Id, later, later.AddMinutes(5), CancellationToken.None)));
        Assert.False(await WithOutboxAsync(o => o.RecordAsync("first",
            new WebhookDeliveryOutcome(delivery.Id, WebhookDeliveryStates.Delivered, 200, null, later, later), later, CancellationToken.None)));
        Assert.True(await WithOutboxAsync(o => o.RenewAsync("second", delivery.Id, later, later.AddMinutes(5), CancellationToken.None)));
        Assert.True(await WithOutboxAsync(o => o.RecordAsync("second",
            new WebhookDeliveryOutcome(delivery.Id, WebhookDeliveryStates.Delivered, 200, null, later, later), later, CancellationToken.None)));
        Assert.DoesNotContain(await WithOutboxAsync(o => o.ListClaimedAsync("second", CancellationToken.None)), d => d.Id == delivery.Id);
    }
}
