using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PerfEval.Application.Abstractions;

namespace PerfEval.Api.Http;

/// <summary>
/// Reads an uploaded 自评报告: the raw body as .docx, application/pdf or text/plain (UTF-8; another charset is 415).
/// 415 for any other media type (a macro-enabled .docm included), 413 over PerfEval:Api:MaxBodyBytes.
/// </summary>
public static class DocumentBody
{
    public static readonly IReadOnlyList<string> MediaTypes = [ReportFileLimits.DocxMediaType, ReportFileLimits.PdfMediaType, ReportFileLimits.TextMediaType];

    public static async Task<(ReportFileKind Kind, ReadOnlyMemory<byte> Body)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)) throw Unsupported();
        var kind = mediaType.MediaType.Value?.ToLowerInvariant() switch
        {
            ReportFileLimits.DocxMediaType => ReportFileKind.Docx,
            ReportFileLimits.PdfMediaType => ReportFileKind.Pdf,
            ReportFileLimits.TextMediaType => ReportFileKind.Text,
            _ => throw Unsupported(),
        };
        if (kind == ReportFileKind.Text && mediaType.Charset.HasValue && !mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            throw new HttpProblemException(415, "Unsupported media type", $"Text reports are read as UTF-8; charset={mediaType.Charset} is not accepted: convert the file to UTF-8.");

        return (kind, await LimitedBody.ReadAsync(request, cancellationToken));
    }

    private static HttpProblemException Unsupported() =>
        new(415, "Unsupported media type", $"Send the report as one of {string.Join(", ", MediaTypes)} (text as UTF-8); macro-enabled documents are not accepted.");
}
