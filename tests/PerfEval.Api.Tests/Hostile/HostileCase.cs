using System.Net.Http.Headers;
using System.Text;

namespace PerfEval.Api.Tests.Hostile;

/// <summary>
/// One hostile request and the answer it must get: <see cref="Status"/>, a problem+json body, the JSON pointer of the
/// field at fault when there is one (<see cref="Pointer"/>), and no row written.
/// </summary>
public sealed record HostileCase(string Name, Func<HostileWorld, HttpRequestMessage> Build, int Status, string? Pointer = null, Func<HostileWorld, string?>? Key = null)
{
    public override string ToString() => Name;
}

/// <summary>Builders of raw requests: bodies are bytes exactly as given, headers without client-side validation.</summary>
public static class Raw
{
    public const string Json = "application/json";

    public static HttpRequestMessage Request(HttpMethod method, string path, byte[]? body = null, string? contentType = Json, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            if (contentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    public static HttpRequestMessage Put(string path, string body, string? contentType = Json, params (string Name, string Value)[] headers) =>
        Request(HttpMethod.Put, path, Encoding.UTF8.GetBytes(body), contentType, headers);

    public static HttpRequestMessage Post(string path, string body, string? contentType = Json) =>
        Request(HttpMethod.Post, path, Encoding.UTF8.GetBytes(body), contentType);

    /// <summary>A body without Content-Length: sent chunked by a real client.</summary>
    public static HttpRequestMessage Chunked(HttpMethod method, string path, byte[] body)
    {
        var request = new HttpRequestMessage(method, path) { Content = new StreamContent(new MemoryStream(body)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(Json);
        request.Headers.TransferEncodingChunked = true;
        return request;
    }
}
