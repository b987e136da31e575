using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PerfEval.Domain.Validation;

namespace PerfEval.Api.Http;

/// <summary>
/// Reads a JSON request body with explicit limits: 415 for another media type, 413 over the size limit, 400 for
/// malformed JSON, 422 (every field at once, with JSON pointers) for a body of the wrong shape.
/// </summary>
public static class JsonBody
{
    /// <summary>Small command bodies: camelCase, unknown members refused; omitted optional members are null.</summary>
    private static readonly JsonSerializerOptions CommandOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
    };

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    public static async Task<string> ReadTextAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        RequireJsonMediaType(request);
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

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            throw new HttpProblemException(400, "Malformed body", "The body is not valid UTF-8.");
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        EnsureWellFormed(text);
        return text;
    }

    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
    {
        var text = await ReadTextAsync(request, cancellationToken);
        using var document = JsonDocument.Parse(text, DocumentOptions);
        var errors = JsonShapeChecker.Check(document.RootElement, typeof(T));
        if (errors.Count > 0) throw new HttpProblemException(422, "Validation failed", "The request has invalid fields.", errors);
        try
        {
            return document.RootElement.Deserialize<T>(CommandOptions)
                ?? throw new HttpProblemException(422, "Validation failed", "The body must be a JSON object.", [new("", "Must be an object.")]);
        }
        catch (JsonException ex)
        {
            throw new HttpProblemException(422, "Validation failed", "The request has invalid fields.", [new(JsonPointer.FromJsonPath(ex.Path), FirstSentence(ex.Message))]);
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static void EnsureWellFormed(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new HttpProblemException(400, "Malformed JSON",
                $"The body is not well-formed JSON (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}).");
        }
    }

    private static void RequireJsonMediaType(HttpRequest request)
    {
        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            && (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || mediaType.MediaType.Value?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) == true)
            && (!mediaType.Charset.HasValue || mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
            return;
        throw new HttpProblemException(415, "Unsupported media type", "Send the body as application/json (UTF-8).");
    }

    private static HttpProblemException TooLarge(long limit) =>
        new(413, "Payload too large", $"The body exceeds the limit of {limit} bytes (PerfEval:Api:MaxBodyBytes).");
}
