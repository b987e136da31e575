using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PerfEval.Api.Tests.Webhooks;

/// <summary>One request the receiver got: what it was sent, whether the signature verified, and what it answered.</summary>
public sealed record ReceivedWebhook(string DeliveryId, string EventId, string EventType, string Body, bool Verified, int Answered);

/// <summary>
/// A webhook receiver on 127.0.0.1 (a free port), as a client would write one: it verifies each delivery's signature
/// with the shared secret (the README's snippet) and can answer 500 to the first attempts of each event.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _attemptsPerEvent = new();

    private WebhookReceiver(WebApplication app, string secret, int failFirstAttempts)
    {
        _app = app;
        Secret = secret;
        FailFirstAttempts = failFirstAttempts;
    }

    public string Secret { get; }
    public int FailFirstAttempts { get; }
    public string Url => _app.Urls.First() + "/hooks/perfeval";
    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public static async Task<WebhookReceiver> StartAsync(string secret, int failFirstAttempts = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, secret, failFirstAttempts);
        app.MapPost("/hooks/perfeval", receiver.HandleAsync);
        await app.StartAsync();
        return receiver;
    }

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var verified = SignatureVerifier.Verify(Secret, request.Headers["PerfEval-Timestamp"], request.Headers["PerfEval-Signature"], body, DateTimeOffset.UtcNow);
        var eventId = request.Headers["PerfEval-Event-Id"].ToString();
        var attempt = _attemptsPerEvent.AddOrUpdate(eventId, 1, (_, n) => n + 1);
        var answer = !verified ? 401 : attempt <= FailFirstAttempts ? 500 : 200;
        Received.Enqueue(new ReceivedWebhook(request.Headers["PerfEval-Delivery-Id"].ToString(), eventId, request.Headers["PerfEval-Event"].ToString(), body, verified, answer));
        return Results.StatusCode(answer);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>The receiver side of the signature, exactly as documented in the README.</summary>
public static class SignatureVerifier
{
    public static bool Verify(string secret, string? timestamp, string? signature, string body, DateTimeOffset now)
    {
        if (!long.TryParse(timestamp, out var seconds) || signature is null || !signature.StartsWith("sha256=", StringComparison.Ordinal)) return false;
        if (Math.Abs(now.ToUnixTimeSeconds() - seconds) > 300) return false; // refuse replays of old deliveries
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        byte[] given;
        try { given = Convert.FromHexString(signature["sha256=".Length..]); }
        catch (FormatException) { return false; }
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
