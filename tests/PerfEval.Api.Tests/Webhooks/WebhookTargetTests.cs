using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Infrastructure.Webhooks;

namespace PerfEval.Api.Tests.Webhooks;

/// <summary>
/// With the production default (PerfEval:Webhooks:AllowNonPublicTargets off) a webhook cannot point the server at
/// its own machine or network: refused at registration when the URL says so, and at connect time when a name
/// resolves there.
/// </summary>
[Trait("Provider", "each")]
public sealed class WebhookTargetTests(TestApp app) : IClassFixture<TestApp>
{
    [Theory]
    [InlineData("http://127.0.0.1:9/hook")]
    [InlineData("http://localhost:8080/hook")]
    [InlineData("http://[::1]/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.8/hook")]
    [InlineData("http://192.168.1.20/hook")]
    public async Task A_url_on_this_machine_or_a_private_network_is_refused_and_nothing_is_stored(string url)
    {
        var admin = app.Client();
        var before = await CountAsync(admin);
        var problem = await (await admin.PostAsJsonAsync("/api/v1/webhooks", new { url, events = new[] { "report.submitted" } }))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("/url", problem["errors"]![0]!["pointer"]!.GetValue<string>());
        Assert.Equal(before, await CountAsync(admin));
    }

    private static async Task<int> CountAsync(HttpClient admin)
    {
        var list = JsonNode.Parse(await admin.GetStringAsync("/api/v1/webhooks"))!;
        return (list as JsonArray ?? list["items"]!.AsArray()).Count;
    }

    [Fact]
    public async Task A_public_url_is_accepted()
    {
        var response = await app.Client().PostAsJsonAsync("/api/v1/webhooks", new { url = "https://receiver.example/perfeval", events = new[] { "report.submitted" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_name_that_resolves_to_a_private_address_is_refused_before_any_connection()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var connector = new WebhookConnector((_, _) => Task.FromResult(new[] { IPAddress.Loopback }));
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false, ConnectCallback = connector.ConnectAsync });

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync($"http://rebound.example:{port}/hook", new StringContent("{}")));
        Assert.Contains("non-public", refused.Message + refused.InnerException?.Message, StringComparison.Ordinal);
        Assert.False(listener.Pending());

        var mixed = new WebhookConnector((_, _) => Task.FromResult(new[] { IPAddress.Parse("8.8.8.8"), IPAddress.Parse("10.1.2.3") }));
        using var mixedClient = new HttpClient(new SocketsHttpHandler { UseProxy = false, ConnectCallback = mixed.ConnectAsync });
        await Assert.ThrowsAsync<HttpRequestException>(() => mixedClient.PostAsync("http://split.example/hook", new StringContent("{}")));
    }
}
