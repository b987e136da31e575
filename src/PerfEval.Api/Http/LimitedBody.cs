using Microsoft.Extensions.Options;

namespace PerfEval.Api.Http;

/// <summary>
/// Reads a request body into memory up to PerfEval:Api:MaxBodyBytes: 413 at once when the declared length is over it,
/// and 413 as soon as the bytes read pass it (a body sent without a length, or lying about it).
/// </summary>
public static class LimitedBody
{
    public static async Task<byte[]> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = request.HttpContext.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.MaxBodyBytes;
        if (request.ContentLength > limit) throw TooLarge(limit);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit) throw TooLarge(limit);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static HttpProblemException TooLarge(long limit) =>
        new(413, "Payload too large", $"The body exceeds the limit of {limit} bytes (PerfEval:Api:MaxBodyBytes).");
}
