using System.Net.Sockets;
using System.Text;

namespace PerfEval.Api.Tests.Kestrel;

/// <summary>A response read off the wire: status, headers (lower-case names) and body.</summary>
public sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? ContentType => Headers.TryGetValue("content-type", out var value) ? value : null;
}

/// <summary>Sends bytes exactly as given over one connection (closed after the response) and parses the answer.</summary>
public static class RawHttp
{
    public static async Task<RawResponse> SendAsync(Uri server, string head, byte[]? body = null)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(head.Replace("\n", "\r\n", StringComparison.Ordinal).Replace("\r\r\n", "\r\n", StringComparison.Ordinal)));
        if (body is not null) await stream.WriteAsync(body);

        using var read = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await stream.CopyToAsync(read, timeout.Token);
        return Parse(Encoding.UTF8.GetString(read.ToArray()));
    }

    private static RawResponse Parse(string text)
    {
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(split > 0, $"No complete response: {text}");
        var lines = text[..split].Split("\r\n");
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim());
        var body = text[(split + 4)..];
        if (headers.TryGetValue("transfer-encoding", out var encoding) && encoding == "chunked") body = Unchunk(body);
        return new RawResponse(int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), headers, body);
    }

    private static string Unchunk(string body)
    {
        var result = new StringBuilder();
        var at = 0;
        while (true)
        {
            var end = body.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = Convert.ToInt32(body[at..end], 16);
            if (size == 0) return result.ToString();
            var bytes = Encoding.UTF8.GetBytes(body[(end + 2)..]);
            var chunk = Encoding.UTF8.GetString(bytes, 0, size);
            result.Append(chunk);
            at = end + 2 + chunk.Length + 2;
        }
    }
}
