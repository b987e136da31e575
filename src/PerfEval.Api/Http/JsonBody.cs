using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PerfEval.Application.Common;
using PerfEval.Application.Reports;
using PerfEval.Domain.Validation;

namespace PerfEval.Api.Http;

/// <summary>
/// Reads a JSON request body once, with explicit limits: 415 for another media type, 413 over the size limit, 400 for
/// malformed JSON or UTF-8, 422 (every field at once, with JSON pointers) for a body of the wrong shape.
/// </summary>
public static class JsonBody
{
    /// <summary>The host's contract, except that a command's omitted optional members are simply null.</summary>
    private static readonly JsonSerializerOptions CommandOptions = CreateCommandOptions();

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>A report document: the exact text (stored as is) and its parse, from one pass over the bytes.</summary>
    public static async Task<ReportBody> ReadReportAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var text = await ReadTextAsync(request, cancellationToken);
        using var document = ParseWellFormed(text);
        return ReportBody.From(text, document.RootElement);
    }

    /// <summary>Another stored document (a declaration): the exact text and its parse, with the same limits.</summary>
    public static async Task<T> ReadDocumentAsync<T>(HttpRequest request, Func<string, JsonElement, T> parse, CancellationToken cancellationToken)
    {
        var text = await ReadTextAsync(request, cancellationToken);
        using var document = ParseWellFormed(text);
        return parse(text, document.RootElement);
    }

    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
    {
        var text = await ReadTextAsync(request, cancellationToken);
        using var document = ParseWellFormed(text);
        return Bind<T>(document.RootElement);
    }

    /// <summary>Like <see cref="ReadAsync{T}"/>, but an empty body means "all defaults".</summary>
    public static async Task<T> ReadOptionalAsync<T>(HttpRequest request, T empty, CancellationToken cancellationToken)
    {
        if (request.ContentLength == 0 || (request.ContentLength is null && !request.Headers.ContainsKey(HeaderNames.TransferEncoding))) return empty;
        return await ReadAsync<T>(request, cancellationToken);
    }

    private static T Bind<T>(JsonElement root)
    {
        var errors = JsonShapeChecker.Check(root, typeof(T));
        if (errors.Count > 0) throw new HttpProblemException(422, "Validation failed", "The request has invalid fields.", errors);
        try
        {
            return root.Deserialize<T>(CommandOptions)
                ?? throw new HttpProblemException(422, "Validation failed", "The body must be a JSON object.", [new("", "Must be an object.")]);
        }
        catch (JsonException ex)
        {
            throw new HttpProblemException(422, "Validation failed", "The request has invalid fields.", [new(JsonPointer.FromJsonPath(ex.Path), FirstSentence(ex.Message))]);
        }
    }

    private static async Task<string> ReadTextAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        RequireJsonMediaType(request);
        var body = await LimitedBody.ReadAsync(request, cancellationToken);

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            throw new HttpProblemException(400, "Malformed body", "The body is not valid UTF-8.");
        }
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    private static JsonDocument ParseWellFormed(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new HttpProblemException(400, "Malformed JSON",
                $"The body is not well-formed JSON (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}).");
        }
        if (JsonTextGuard.FindFirstProblem(Encoding.UTF8.GetBytes(text), DocumentOptions.MaxDepth) is { } problem)
        {
            document.Dispose();
            throw new HttpProblemException(422, "Validation failed", "The body has text that cannot be read.", [problem]);
        }
        return document;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    /// <summary>
    /// The one media-type policy for JSON bodies: exactly <c>application/json</c>, with no parameter but an optional
    /// <c>charset=utf-8</c>. The +json types (JSON Patch, merge patch, problem details, JSON:API) carry other
    /// semantics this API does not implement, so they are 415 rather than read as plain JSON.
    /// </summary>
    public static bool IsAcceptedMediaType(string? contentType) =>
        // The parser forgives "application/ json"; the type itself must be written exactly (in any case).
        contentType is not null && contentType.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase)
        && MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        && mediaType.Parameters.All(p => p.Name.Equals("charset", StringComparison.OrdinalIgnoreCase))
        && mediaType.Parameters.Count <= 1
        && (!mediaType.Charset.HasValue || mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    private static void RequireJsonMediaType(HttpRequest request)
    {
        if (!IsAcceptedMediaType(request.ContentType))
            throw new HttpProblemException(415, "Unsupported media type", "Send the body as application/json (optionally with charset=utf-8).");
    }

    private static JsonSerializerOptions CreateCommandOptions()
    {
        var options = new JsonSerializerOptions(ApiJson.Options) { RespectRequiredConstructorParameters = false };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
