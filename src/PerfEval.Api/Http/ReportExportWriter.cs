using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PerfEval.Application.Abstractions;

namespace PerfEval.Api.Http;

/// <summary>
/// Writes an export row by row straight to the response body (NDJSON with each document as sent, or CSV of the
/// headline figures) while hashing what it writes. Documents are written on one line (whitespace removed, values
/// and number text as sent). The SHA-256 of the body cannot be known before the last row, so
/// it is sent as the HTTP trailer <c>X-Content-SHA256</c> (HTTP/2 and later; declared in the <c>Trailer</c> header).
/// Over HTTP/1.1, where ASP.NET Core sends no trailers, a client that needs the checksum asks over HTTP/2.
/// </summary>
public sealed class ReportExportWriter(HttpResponse response) : IAsyncDisposable
{
    public const string ChecksumTrailer = "X-Content-SHA256";
    public const string NdjsonContentType = "application/x-ndjson; charset=utf-8";
    private const int FlushEveryRows = 200;

    private static readonly string[] CsvHeader =
        ["单位ID", "单位名称", "区划代码", "年度", "版本", "流程状态", "错误数", "警告数", "提示数", "公开状态", "计算得分", "等级", "自评分"];

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private int _rows;

    public static void Start(HttpResponse response, string contentType)
    {
        response.ContentType = contentType;
        response.Headers.CacheControl = "no-store";
        if (response.SupportsTrailers()) response.DeclareTrailer(ChecksumTrailer);
    }

    public async Task WriteNdjsonAsync(ExportedReport row, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("agencyId", row.AgencyId);
            json.WriteString("agencyName", row.AgencyName);
            json.WriteString("regionCode", row.RegionCode);
            json.WriteNumber("fiscalYear", row.FiscalYear);
            json.WriteNumber("version", row.Version);
            json.WriteString("status", row.Status);
            json.WriteNumber("errorCount", row.ErrorCount);
            json.WriteNumber("warningCount", row.WarningCount);
            json.WriteNumber("infoCount", row.InfoCount);
            WriteNullable(json, "publicationStatus", row.PublicationStatus);
            WriteNullable(json, "score", row.Score);
            WriteNullable(json, "grade", row.Grade);
            WriteNullable(json, "selfScore", row.SelfScore);
            json.WritePropertyName("document");
            // NDJSON needs the document on one line: it is rewritten without whitespace, every value and number text kept.
            if (row.DocumentJson is null) json.WriteNullValue();
            else
            {
                using var document = JsonDocument.Parse(row.DocumentJson);
                document.WriteTo(json);
            }
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        await WriteAsync(buffer.ToArray(), cancellationToken);
    }

    public Task WriteCsvHeaderAsync(CancellationToken cancellationToken) =>
        WriteAsync([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(CsvTable.Line(CsvHeader))], cancellationToken);

    public Task WriteCsvAsync(ExportedReport row, CancellationToken cancellationToken) =>
        WriteAsync(Encoding.UTF8.GetBytes(CsvTable.Line([row.AgencyId, row.AgencyName, row.RegionCode, row.FiscalYear, row.Version, row.Status,
            row.ErrorCount, row.WarningCount, row.InfoCount, row.PublicationStatus, row.Score, row.Grade, row.SelfScore])), cancellationToken);

    /// <summary>Flushes the rest and sends the checksum trailer when the connection carries trailers.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await response.Body.FlushAsync(cancellationToken);
        if (response.SupportsTrailers()) response.AppendTrailer(ChecksumTrailer, Convert.ToHexStringLower(_hash.GetHashAndReset()));
    }

    private async Task WriteAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        _hash.AppendData(bytes);
        await response.Body.WriteAsync(bytes, cancellationToken);
        if (++_rows % FlushEveryRows == 0) await response.Body.FlushAsync(cancellationToken);
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteNumber(name, value.Value);
    }

    public ValueTask DisposeAsync()
    {
        _hash.Dispose();
        return ValueTask.CompletedTask;
    }
}
