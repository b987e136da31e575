using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace PerfEval.Api.Tests.DocumentImport;

/// <summary>The five seed reports as files (tests/fixtures/documents) and the import route.</summary>
public static class DocumentDriver
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Pdf = "application/pdf";
    public const string Text = "text/plain; charset=utf-8";

    /// <summary>File stem, FACTS.md heading, fiscal year and 行政区划代码 of each seed report.</summary>
    public static readonly IReadOnlyList<(string Name, string Facts, int Year, string Region)> Reports =
    [
        ("lingling-2023", "000", 2023, "431102"),
        ("hengshan-2022", "001", 2022, "430423"),
        ("lusong-2024", "002", 2024, "430203"),
        ("luquan-2022", "003", 2022, "130110"),
        ("haizhu-2022", "004", 2022, "440105"),
    ];

    public static readonly IReadOnlyList<(string Extension, string MediaType)> Formats = [("docx", Docx), ("txt", Text), ("pdf", Pdf)];

    public static string ImportPath(string agencyId, int year) => $"/api/v1/agencies/{agencyId}/reports/{year}/imports/document";

    public static byte[] File(string name, string extension) =>
        System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "documents", $"{name}.{extension}"));

    public static JsonNode Fixture(string name) =>
        JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "reports", $"{name}.json")))!;

    public static string FactsMarkdown() => System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "reports", "FACTS.md"));

    public static ByteArrayContent Body(byte[] bytes, string? mediaType)
    {
        var content = new ByteArrayContent(bytes);
        if (mediaType is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }

    public static Task<HttpResponseMessage> ImportDocumentAsync(this HttpClient client, string agencyId, int year, byte[] bytes, string? mediaType) =>
        client.PostAsync(ImportPath(agencyId, year), Body(bytes, mediaType));
}
