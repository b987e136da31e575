using System.Text;
using PerfEval.Api.Tests.DocumentImport;

namespace PerfEval.Api.Tests.Hostile;

/// <summary>
/// The report document import: other media types (415), files that are not what they say (400), encrypted,
/// macro-enabled, zip-bomb, deeply nested, scanned or 10,000-page files (422), over the limit (413), another tenant
/// (404), a region key (403). The import never writes.
/// </summary>
public static class DocumentCases
{
    private static readonly Lazy<byte[]> Docx = new(() => DocumentDriver.File("lingling-2023", "docx"));
    private static readonly Lazy<byte[]> Pdf = new(() => DocumentDriver.File("lingling-2023", "pdf"));

    public static IEnumerable<HostileCase> All()
    {
        foreach (var mediaType in new[] { "application/msword", "application/vnd.ms-word.document.macroEnabled.12", "text/html", "text/plain; charset=gbk", "application/octet-stream", null })
            yield return new($"document as {mediaType ?? "no content type"}", w => Import(w, Docx.Value, mediaType), 415);
        yield return new("document empty body", w => Import(w, [], DocumentDriver.Docx), 400);
        yield return new("document pdf declared as docx", w => Import(w, Pdf.Value, DocumentDriver.Docx), 400);
        yield return new("document docx declared as pdf", w => Import(w, Docx.Value, DocumentDriver.Pdf), 400);
        yield return new("document truncated docx", w => Import(w, Docx.Value[..(Docx.Value.Length / 2)], DocumentDriver.Docx), 400);
        yield return new("document zip bomb docx", w => Import(w, HostileDocuments.ZipBombDocx(), DocumentDriver.Docx), 422);
        yield return new("document deeply nested docx", w => Import(w, HostileDocuments.DeeplyNestedDocx(), DocumentDriver.Docx), 422);
        yield return new("document macro-enabled docx", w => Import(w, HostileDocuments.MacroDocx(), DocumentDriver.Docx), 422);
        yield return new("document encrypted docx", w => Import(w, HostileDocuments.EncryptedDocx(), DocumentDriver.Docx), 422);
        yield return new("document scanned pdf", w => Import(w, HostileDocuments.Pdf(2), DocumentDriver.Pdf), 422);
        yield return new("document 10,000-page pdf", w => Import(w, HostileDocuments.Pdf(10_000), DocumentDriver.Pdf), 422);
        yield return new("document encrypted pdf", w => Import(w, HostileDocuments.Pdf(1, encrypted: true), DocumentDriver.Pdf), 422);
        yield return new("document malformed pdf", w => Import(w, Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF"), DocumentDriver.Pdf), 400);
        yield return new("document text not UTF-8", w => Import(w, HostileDocuments.GbkText(), DocumentDriver.Text), 400);
        yield return new("document over the body limit", w => Import(w, new byte[2 * 1024 * 1024 + 1], DocumentDriver.Pdf), 413);
        yield return new("document over the body limit, chunked", w =>
        {
            var request = Raw.Chunked(HttpMethod.Post, ImportPath(w), new byte[2 * 1024 * 1024 + 1]);
            request.Content!.Headers.ContentType = new(DocumentDriver.Pdf);
            return request;
        }, 413);
        yield return new("document for a year out of range", w => Raw.Request(HttpMethod.Post, $"/api/v1/agencies/{w.AgencyId}/reports/99999/imports/document", Docx.Value, DocumentDriver.Docx), 422, "/fiscalYear");
        yield return new("document of another tenant's agency", w => Raw.Request(HttpMethod.Post, $"/api/v1/agencies/{w.OtherAgencyId}/reports/{HostileWorld.NewYear}/imports/document", Docx.Value, DocumentDriver.Docx), 404, Key: w => w.AgencyKey);
        yield return new("document import by a region key", w => Import(w, Docx.Value, DocumentDriver.Docx), 403, Key: w => w.RegionKey);
    }

    private static string ImportPath(HostileWorld world) => world.NewReportPath + "/imports/document";

    private static HttpRequestMessage Import(HostileWorld world, byte[] body, string? contentType) => Raw.Request(HttpMethod.Post, ImportPath(world), body, contentType);
}
