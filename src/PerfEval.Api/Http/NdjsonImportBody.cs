using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PerfEval.Application.Common;
using PerfEval.Application.Reports;
using PerfEval.Domain.Validation;

namespace PerfEval.Api.Http;

/// <summary>
/// Reads an NDJSON import body (<c>application/x-ndjson</c>, one JSON object per line). The whole body is first spooled
/// to a temporary file, counting bytes and lines, so that a batch over either limit is refused (413) before any line
/// is stored, while memory stays bounded by one chunk of lines. Each line is then read into an <see cref="ImportLine"/>
/// with the same checks a PUT's body gets (UTF-8, well-formed JSON, readable text); a line that fails them carries
/// its problem instead, and the lines after it are read as usual.
/// </summary>
public sealed class NdjsonImportBody : IAsyncDisposable
{
    public const string MediaType = "application/x-ndjson";

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);
    private static readonly string[] Members = ["agencyId", "fiscalYear", "ifMatch", "idempotencyKey", "report"];

    private readonly FileStream _spool;
    private readonly long _maxLineBytes;

    private NdjsonImportBody(FileStream spool, long maxLineBytes)
    {
        _spool = spool;
        _maxLineBytes = maxLineBytes;
    }

    /// <summary>415 for another media type; 413 over <see cref="ApiOptions.MaxImportBytes"/> or <see cref="ApiOptions.MaxImportLines"/>.</summary>
    public static async Task<NdjsonImportBody> SpoolAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!IsAcceptedMediaType(request.ContentType))
            throw new HttpProblemException(415, "Unsupported media type", "Send the batch as application/x-ndjson (optionally with charset=utf-8): one JSON object per line.");
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value;
        if (request.ContentLength > options.MaxImportBytes) throw TooLarge(options);
        // The server's own body limit is meant for single documents; this route enforces its own, larger one.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
            sizeLimit.MaxRequestBodySize = options.MaxImportBytes + 1;

        var spool = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var buffer = new byte[64 * 1024];
            long bytes = 0, lines = 0;
            var last = (byte)'\n';
            int read;
            while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                bytes += read;
                if (bytes > options.MaxImportBytes) throw TooLarge(options);
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
                last = buffer[read - 1];
                if (lines > options.MaxImportLines) throw TooLarge(options);
                await spool.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            if (last != (byte)'\n') lines++;
            if (lines > options.MaxImportLines) throw TooLarge(options);
            if (bytes == 0) throw new HttpProblemException(422, "Validation failed", "The batch has no lines.", [new("", "Send at least one line.")]);
            spool.Position = 0;
            return new NdjsonImportBody(spool, options.MaxBodyBytes);
        }
        catch
        {
            await spool.DisposeAsync();
            throw;
        }
    }

    /// <summary>The batch's lines in chunks of up to <paramref name="chunkLines"/>; blank lines are skipped (their numbers still count).</summary>
    public async IAsyncEnumerable<IReadOnlyList<ImportLine>> ReadChunksAsync(int chunkLines, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var chunk = new List<ImportLine>(chunkLines);
        var number = 0;
        var line = new MemoryStream();
        var tooLong = false;
        var buffer = new byte[64 * 1024];
        int read;
        while (true)
        {
            read = await _spool.ReadAsync(buffer, cancellationToken);
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n') continue;
                Append(buffer.AsSpan(start, i - start));
                start = i + 1;
                if (Complete() is { } complete) chunk.Add(complete);
                if (chunk.Count == chunkLines)
                {
                    yield return chunk;
                    chunk = new List<ImportLine>(chunkLines);
                }
            }
            if (read == 0) break;
            Append(buffer.AsSpan(start, read - start));
        }
        if (Complete() is { } final) chunk.Add(final);
        if (chunk.Count > 0) yield return chunk;

        void Append(ReadOnlySpan<byte> bytes)
        {
            if (tooLong) return;
            if (line.Length + bytes.Length > _maxLineBytes) tooLong = true;
            else line.Write(bytes);
        }

        ImportLine? Complete()
        {
            number++;
            var result = tooLong
                ? Problem(number, 413, "Payload too large", $"The line exceeds the limit of {_maxLineBytes} bytes (PerfEval:Api:MaxBodyBytes).")
                : Parse(number, line.GetBuffer().AsSpan(0, (int)line.Length));
            line.SetLength(0);
            tooLong = false;
            return result;
        }
    }

    /// <summary>One line: null when blank; otherwise its members, or the problem that a PUT's body would get.</summary>
    public static ImportLine? Parse(int number, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r') bytes = bytes[..^1];
        if (number == 1 && bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        if (bytes.Trim(" \t"u8).IsEmpty) return null;
        try
        {
            StrictUtf8.GetCharCount(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Problem(number, 400, "Malformed body", "The line is not valid UTF-8.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes.ToArray(), DocumentOptions);
        }
        catch (JsonException ex)
        {
            return Problem(number, 400, "Malformed JSON", $"The line is not well-formed JSON (byte {(ex.BytePositionInLine ?? 0) + 1}).");
        }
        using (document)
        {
            if (JsonTextGuard.FindFirstProblem(bytes, DocumentOptions.MaxDepth) is { } unreadable)
                return Problem(number, 422, "Validation failed", "The line has text that cannot be read.", [unreadable]);
            return Envelope(number, document.RootElement);
        }
    }

    private static ImportLine Envelope(int number, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return Problem(number, 422, "Validation failed", "The line has invalid fields.", [new("", "Each line must be a JSON object.")]);
        var errors = new List<FieldError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in root.EnumerateObject())
        {
            if (!Members.Contains(member.Name, StringComparer.Ordinal)) errors.Add(new(JsonPointer(member.Name), "Unknown member; a line has agencyId, fiscalYear, ifMatch, idempotencyKey and report."));
            else if (!seen.Add(member.Name)) errors.Add(new(JsonPointer(member.Name), "The member appears twice."));
        }

        string? agencyId = null;
        if (!root.TryGetProperty("agencyId", out var agency)) errors.Add(new("/agencyId", "Required."));
        else if (agency.ValueKind != JsonValueKind.String || agency.GetString() is not { Length: > 0 } id) errors.Add(new("/agencyId", "Must be a non-empty string."));
        else agencyId = id;

        int? fiscalYear = null;
        if (!root.TryGetProperty("fiscalYear", out var year)) errors.Add(new("/fiscalYear", "Required."));
        else if (year.ValueKind != JsonValueKind.Number || !year.TryGetInt32(out var y)) errors.Add(new("/fiscalYear", "Must be an integer year."));
        else fiscalYear = y;

        int? ifMatch = null;
        if (root.TryGetProperty("ifMatch", out var match) && match.ValueKind != JsonValueKind.Null)
        {
            if (match.ValueKind == JsonValueKind.Number && match.TryGetInt32(out var version) && version > 0) ifMatch = version;
            else if (match.ValueKind == JsonValueKind.String)
            {
                try
                {
                    ifMatch = ETags.Parse(match.GetString());
                }
                catch (BadRequestException ex)
                {
                    errors.Add(new("/ifMatch", ex.Message));
                }
            }
            else errors.Add(new("/ifMatch", "Must be a version number or an If-Match value such as \"\\\"3\\\"\" or \"*\"."));
        }

        string? idempotencyKey = null;
        if (root.TryGetProperty("idempotencyKey", out var key) && key.ValueKind != JsonValueKind.Null)
        {
            if (key.ValueKind == JsonValueKind.String) idempotencyKey = key.GetString();
            else errors.Add(new("/idempotencyKey", "Must be a string."));
        }

        ReportBody? body = null;
        if (!root.TryGetProperty("report", out var report)) errors.Add(new("/report", "Required: the document a PUT of the report takes."));
        else body = ReportBody.From(report.GetRawText(), report);

        return errors.Count > 0
            ? new ImportLine(number, agencyId, fiscalYear, ifMatch, idempotencyKey, null, new ImportProblem(422, "Validation failed", "The line has invalid fields.", errors))
            : new ImportLine(number, agencyId, fiscalYear, ifMatch, idempotencyKey, body, null);
    }

    private static string JsonPointer(string name) => "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static ImportLine Problem(int number, int status, string title, string detail, IReadOnlyList<FieldError>? errors = null) =>
        new(number, null, null, null, null, null, new ImportProblem(status, title, detail, errors ?? []));

    /// <summary>Exactly <c>application/x-ndjson</c>, with no parameter but an optional <c>charset=utf-8</c>.</summary>
    public static bool IsAcceptedMediaType(string? contentType) =>
        contentType is not null && contentType.Split(';')[0].Trim().Equals(MediaType, StringComparison.OrdinalIgnoreCase)
        && MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.Parameters.All(p => p.Name.Equals("charset", StringComparison.OrdinalIgnoreCase))
        && mediaType.Parameters.Count <= 1
        && (!mediaType.Charset.HasValue || mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    private static HttpProblemException TooLarge(ApiOptions options) =>
        new(413, "Payload too large",
            $"A batch takes at most {options.MaxImportLines} lines and {options.MaxImportBytes} bytes (PerfEval:Api:MaxImportLines, MaxImportBytes); split it and send the parts.");

    public ValueTask DisposeAsync() => _spool.DisposeAsync();
}
