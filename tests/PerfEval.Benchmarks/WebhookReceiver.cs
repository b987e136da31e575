using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace PerfEval.Benchmarks;

/// <summary>
/// A webhook receiver on loopback, as a subscriber runs one: it checks each delivery's signature with the secret it
/// registered, answers 204 at once and counts the deliveries of every event id (the id is the same in every retry,
/// so a count above one is a delivery sent twice).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private const string EventIdHeader = "PerfEval-Event-Id";
    private const string TimestampHeader = "PerfEval-Timestamp";
    private const string SignatureHeader = "PerfEval-Signature";

    private readonly HttpListener _listener;
    private readonly byte[] _secret;
    private readonly Task _serving;
    private long _badSignatures;

    private WebhookReceiver(HttpListener listener, string secret, Uri address)
    {
        _listener = listener;
        _secret = Encoding.UTF8.GetBytes(secret);
        Address = address;
        _serving = Task.Run(ServeAsync);
    }

    public Uri Address { get; }

    /// <summary>Deliveries received per event id.</summary>
    public ConcurrentDictionary<string, int> DeliveriesByEvent { get; } = new(StringComparer.Ordinal);

    public long Deliveries => DeliveriesByEvent.Values.Sum(count => (long)count);
    public long BadSignatures => Interlocked.Read(ref _badSignatures);

    public static WebhookReceiver Start(string secret)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var address = new Uri($"http://127.0.0.1:{port}/hooks/");
        var listener = new HttpListener();
        listener.Prefixes.Add(address.ToString());
        listener.Start();
        return new WebhookReceiver(listener, secret, address);
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var eventId = context.Request.Headers[EventIdHeader];
            if (string.IsNullOrEmpty(eventId) || !SignatureHolds(context.Request.Headers[TimestampHeader], context.Request.Headers[SignatureHeader], body.ToArray()))
            {
                Interlocked.Increment(ref _badSignatures);
                context.Response.StatusCode = 400;
            }
            else
            {
                DeliveriesByEvent.AddOrUpdate(eventId, 1, (_, count) => count + 1);
                context.Response.StatusCode = 204;
            }
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The sender went away mid-request (a killed worker): nothing was counted, and it never saw an answer.
        }
    }

    /// <summary>hex HMAC-SHA256 over "{timestamp}.{body}", compared in constant time.</summary>
    private bool SignatureHolds(string? timestamp, string? signature, byte[] body)
    {
        if (timestamp is null || signature is null || !signature.StartsWith("sha256=", StringComparison.Ordinal)) return false;
        var signed = Encoding.UTF8.GetBytes(timestamp + ".").Concat(body).ToArray();
        var expected = Encoding.ASCII.GetBytes("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(_secret, signed)));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }
}
