using System.Text;

namespace PerfEval.Api.Tests.Hostile;

/// <summary>
/// Bulk import batches refused as a whole (a bad line is answered in the 200 stream instead: see BulkImportTests):
/// other media types (415), over the line limit with or without a length (413), a role that may not write (403),
/// a batch without a line (422).
/// </summary>
public static class ImportCases
{
    private const string Route = "/api/v1/imports/reports";
    private const string Ndjson = "application/x-ndjson";

    private static readonly string?[] WrongMediaTypes =
    [
        "application/json", "text/plain", null, "application/x-ndjson; charset=utf-16", "application/x-ndjson; profile=x", "application/jsonl",
        "application/x-ndjson, application/json", "multipart/form-data; boundary=x",
    ];

    public static string ValidLine(HostileWorld world) =>
        $$"""{"agencyId":"{{world.AgencyId}}","fiscalYear":{{HostileWorld.NewYear}},"report":{{ReportBodies.Valid()}}}""";

    public static IEnumerable<HostileCase> All()
    {
        foreach (var mediaType in WrongMediaTypes)
            yield return new($"import as {mediaType ?? "no content type"}", w => Raw.Post(Route, ValidLine(w) + "\n", mediaType), 415);

        // One line more than the limit (10,000): refused before any line is stored, also when the valid lines come first.
        yield return new("import 10,001 lines", w => Raw.Post(Route, string.Concat(Enumerable.Repeat(ValidLine(w) + "\n", 10_001)), Ndjson), 413);
        yield return new("import 10,001 lines without a final newline", w => Raw.Post(Route, string.Join("\n", Enumerable.Repeat(ValidLine(w), 10_001)), Ndjson), 413);
        yield return new("import 10,001 lines, chunked", w =>
        {
            var request = Raw.Chunked(HttpMethod.Post, Route, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(ValidLine(w) + "\n", 10_001))));
            request.Content!.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(Ndjson);
            return request;
        }, 413);
        yield return new("import 10,001 blank lines", _ => Raw.Post(Route, new string('\n', 10_001), Ndjson), 413);

        yield return new("import by a region key", w => Raw.Post(Route, ValidLine(w) + "\n", Ndjson), 403, Key: w => w.RegionKey);
        yield return new("import without a body", _ => Raw.Request(HttpMethod.Post, Route, [], Ndjson), 422);
        yield return new("import of blank lines only", _ => Raw.Post(Route, "\n \n\r\n", Ndjson), 422);
    }
}
