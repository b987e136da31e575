using System.Text;

namespace PerfEval.Api.Tests.Hostile;

/// <summary>Bodies sent the wrong way: other media types and charsets (415), over the size limit with or without a length (413).</summary>
public static class HttpCases
{
    private static readonly string?[] WrongMediaTypes =
    [
        "text/plain", "application/xml", "text/json", "application/json; charset=utf-16", "application/json; charset=iso-8859-1",
        "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", null, "garbage", "application/jsonx", "*/*",
        "application/json-patch+json", "application/merge-patch+json", "application/problem+json", "application/vnd.api+json",
        "application/json; charset=utf-8; profile=x", "application/json; charset=\"utf-16\"", "application/json;charset=utf-8;charset=utf-8",
        "application/json, text/plain",
    ];

    public static IEnumerable<HostileCase> All()
    {
        foreach (var mediaType in WrongMediaTypes)
        {
            yield return new($"http report as {mediaType ?? "no content type"}", w => Raw.Put(w.NewReportPath, ReportBodies.Valid(), mediaType), 415);
            yield return new($"http agency as {mediaType ?? "no content type"}", _ => Raw.Post("/api/v1/agencies", CommandCases.ValidAgency, mediaType), 415);
        }

        var overLimit = Encoding.UTF8.GetBytes("{\"agency\":{\"name\":\"" + new string('a', 2 * 1024 * 1024) + "\"}}");
        yield return new("http report over the body limit", w => Raw.Request(HttpMethod.Put, w.NewReportPath, overLimit), 413);
        yield return new("http report over the body limit, chunked", w => Raw.Chunked(HttpMethod.Put, w.NewReportPath, overLimit), 413);
        yield return new("http agency over the body limit", _ => Raw.Request(HttpMethod.Post, "/api/v1/agencies", overLimit), 413);
        yield return new("http agency over the body limit, chunked", _ => Raw.Chunked(HttpMethod.Post, "/api/v1/agencies", overLimit), 413);
        yield return new("http rescore over the body limit", _ => Raw.Request(HttpMethod.Post, "/api/v1/admin/rescore", overLimit), 413);
        yield return new("http report chunked malformed", w => Raw.Chunked(HttpMethod.Put, w.NewReportPath, Encoding.UTF8.GetBytes("{\"a\":")), 400);
        yield return new("http report chunked wrong shape", w => Raw.Chunked(HttpMethod.Put, w.NewReportPath, Encoding.UTF8.GetBytes("[]")), 422, "");
        yield return new("http report without a body", w => Raw.Request(HttpMethod.Put, w.NewReportPath), 415);
    }
}
