using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PerfEval.Application.Abstractions;

namespace PerfEval.Api.Http;

/// <summary>
/// Reads an uploaded workbook: the raw body as <c>application/vnd.openxmlformats-officedocument.spreadsheetml.sheet</c>,
/// or <c>multipart/form-data</c> with exactly one file. 415 for another media type, 413 over PerfEval:Api:MaxBodyBytes
/// (the whole body, multipart framing included), 400 for a form without exactly one file.
/// </summary>
public static class WorkbookBody
{
    public const string MultipartFormData = "multipart/form-data";

    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)) throw Unsupported();
        var isWorkbook = mediaType.MediaType.Equals(WorkbookLimits.MediaType, StringComparison.OrdinalIgnoreCase);
        var isForm = mediaType.MediaType.Equals(MultipartFormData, StringComparison.OrdinalIgnoreCase);
        if (!isWorkbook && !isForm) throw Unsupported();

        ReadOnlyMemory<byte> body = await LimitedBody.ReadAsync(request, cancellationToken);
        return isWorkbook ? body : await SingleFileAsync(mediaType, body, cancellationToken);
    }

    private static async Task<ReadOnlyMemory<byte>> SingleFileAsync(MediaTypeHeaderValue mediaType, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 200)
            throw new HttpProblemException(400, "Malformed form", "A multipart/form-data body needs a boundary parameter (at most 200 characters).");

        var reader = new MultipartReader(boundary, new MemoryStream(body.ToArray(), writable: false)) { HeadersCountLimit = 16, HeadersLengthLimit = 8 * 1024 };
        ReadOnlyMemory<byte>? file = null;
        try
        {
            for (var section = await reader.ReadNextSectionAsync(cancellationToken); section is not null; section = await reader.ReadNextSectionAsync(cancellationToken))
            {
                if (section.GetContentDispositionHeader() is not { } disposition || !disposition.IsFileDisposition()) continue;
                if (file is not null) throw new HttpProblemException(400, "Malformed form", "Send one workbook file per request.");
                using var content = new MemoryStream();
                await section.Body.CopyToAsync(content, cancellationToken);
                file = content.ToArray();
            }
        }
        catch (IOException)
        {
            throw new HttpProblemException(400, "Malformed form", "The multipart/form-data body cannot be read (boundary, framing or section headers).");
        }
        catch (InvalidDataException)
        {
            throw new HttpProblemException(400, "Malformed form", "The multipart/form-data body cannot be read (boundary, framing or section headers).");
        }
        return file ?? throw new HttpProblemException(400, "Malformed form", "The multipart/form-data body has no file: send the workbook as a file field (curl -F file=@自评表.xlsx).");
    }

    private static HttpProblemException Unsupported() =>
        new(415, "Unsupported media type", $"Send the workbook as {WorkbookLimits.MediaType}, or as {MultipartFormData} with one file.");
}
