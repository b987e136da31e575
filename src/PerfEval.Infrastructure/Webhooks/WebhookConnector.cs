using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using PerfEval.Application.Abstractions;
using PerfEval.Domain.Webhooks;

namespace PerfEval.Infrastructure.Webhooks;

/// <summary>
/// Opens the connection for a webhook delivery after resolving the host itself, and refuses when any address it
/// resolves to is non-public. Checking the addresses actually connected to (not only the registered URL) also stops
/// a public name that later resolves to an internal address (DNS rebinding).
/// </summary>
public sealed class WebhookConnector(Func<string, CancellationToken, Task<IPAddress[]>> resolve)
{
    public static WebhookConnector System { get; } = new((host, ct) => Dns.GetHostAddressesAsync(host, ct));

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await resolve(host, cancellationToken);
        if (addresses.Length == 0) throw new HttpRequestException($"{host} does not resolve to an address.");
        // The registration's classifier again, on the host as connected and on every address it resolves to.
        if ((WebhookTargets.ClassifyHost(host) ?? addresses.Select(NonPublicAddresses.Reason).FirstOrDefault(r => r is not null)) is { } reason)
            throw new HttpRequestException($"{host} is non-public ({reason}); webhook targets must be public ({WebhookOptions.Section}:AllowNonPublicTargets).");

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

public sealed class WebhookTargetPolicy(IOptions<WebhookOptions> options) : IWebhookTargetPolicy
{
    public bool AllowNonPublicTargets => options.Value.AllowNonPublicTargets;
}
