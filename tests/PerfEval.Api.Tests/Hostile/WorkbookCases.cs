using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Workbooks;

namespace PerfEval.Api.Tests.Hostile;

/// <summary>
/// The 自评表 workbook routes: other media types (415), bodies that are not workbooks (400), over the limit (413),
/// unreadable cells (422 at their pointer), another tenant (404), nothing to export (404). Import never writes.
/// </summary>
public static class WorkbookCases
{
    private static readonly Lazy<byte[]> Hengshan = new(() => FixtureWorkbook.Load(FixtureWorkbook.Hengshan).ToXlsx());

    public static IEnumerable<HostileCase> All()
    {
        foreach (var mediaType in new[] { "application/json", "text/plain", "application/octet-stream", "application/vnd.ms-excel", "garbage", null })
            yield return new($"workbook as {mediaType ?? "no content type"}", w => Import(w, Hengshan.Value, mediaType), 415);
        yield return new("workbook without a body", w => Raw.Request(HttpMethod.Post, ImportPath(w)), 415);
        yield return new("workbook empty body", w => Import(w, []), 400);
        yield return new("workbook garbage bytes", w => Import(w, Encoding.UTF8.GetBytes("PK\u0003\u0004 这不是工作簿")), 400);
        yield return new("workbook zip that is not a workbook", w => Import(w, Zip()), 400);
        yield return new("workbook truncated", w => Import(w, Hengshan.Value[..(Hengshan.Value.Length / 2)]), 400);
        yield return new("workbook over the body limit", w => Import(w, new byte[2 * 1024 * 1024 + 1]), 413);
        yield return new("workbook over the body limit, chunked", w =>
        {
            var request = Raw.Chunked(HttpMethod.Post, ImportPath(w), new byte[2 * 1024 * 1024 + 1]);
            request.Content!.Headers.ContentType = new(FixtureWorkbook.MediaType);
            return request;
        }, 413);
        yield return new("workbook form without a file", w => Import(w, Encoding.UTF8.GetBytes("--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--b--\r\n"), "multipart/form-data; boundary=b"), 400);
        yield return new("workbook form without a boundary", w => Import(w, Hengshan.Value, "multipart/form-data"), 400);
        yield return new("workbook form with broken framing", w => Import(w, Encoding.UTF8.GetBytes("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\nPK"), "multipart/form-data; boundary=b"), 400);
        yield return new("workbook with a weight that is not a number",
            w => Import(w, FixtureWorkbook.Load(FixtureWorkbook.Hengshan).WithCell("G14", JsonValue.Create("五分")).ToXlsx()), 422, "/indicatorTables/0/indicators/2/weight");
        yield return new("workbook with a score of seven decimals",
            w => Import(w, FixtureWorkbook.Load(FixtureWorkbook.Hengshan).WithCell("H12", JsonValue.Create(1.1234567m)).ToXlsx()), 422, "/indicatorTables/0/indicators/0/score");
        yield return new("workbook for a year out of range", w => Raw.Request(HttpMethod.Post, $"/api/v1/agencies/{w.AgencyId}/reports/99999/imports/xlsx", Hengshan.Value, FixtureWorkbook.MediaType), 422, "/fiscalYear");
        yield return new("workbook of another tenant's agency", w => Raw.Request(HttpMethod.Post, $"/api/v1/agencies/{w.OtherAgencyId}/reports/{HostileWorld.NewYear}/imports/xlsx", Hengshan.Value, FixtureWorkbook.MediaType), 404, Key: w => w.AgencyKey);
        yield return new("workbook import by a region key", w => Import(w, Hengshan.Value), 403, Key: w => w.RegionKey);
        yield return new("workbook export of a report without a table", w => Raw.Request(HttpMethod.Get, w.ReportPath + "/exports/xlsx"), 404);
        yield return new("workbook export of a missing version", w => Raw.Request(HttpMethod.Get, w.ReportPath + "/exports/xlsx?version=99"), 404);
        yield return new("workbook export version not a number", w => Raw.Request(HttpMethod.Get, w.ReportPath + "/exports/xlsx?version=abc"), 400);
        yield return new("workbook export of another tenant's report", w => Raw.Request(HttpMethod.Get, $"/api/v1/agencies/{w.OtherAgencyId}/reports/{HostileWorld.ReportYear}/exports/xlsx"), 404, Key: w => w.AgencyKey);
    }

    private static string ImportPath(HostileWorld world) => world.NewReportPath + "/imports/xlsx";

    private static HttpRequestMessage Import(HostileWorld world, byte[] body, string? contentType = FixtureWorkbook.MediaType) =>
        Raw.Request(HttpMethod.Post, ImportPath(world), body, contentType);

    private static byte[] Zip()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        using (var entry = zip.CreateEntry("[Content_Types].xml").Open())
            entry.Write(Encoding.UTF8.GetBytes("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
        return stream.ToArray();
    }
}
