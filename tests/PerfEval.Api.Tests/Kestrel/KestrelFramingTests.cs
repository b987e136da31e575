using System.Net;
using System.Text;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Kestrel;

/// <summary>
/// Raw HTTP on real Kestrel. What reaches the application (chunked bodies, sizes, long header values, HEAD) is answered
/// with problem+json; framing that Kestrel rejects before any application code runs (a malformed header line, a NUL
/// in the path, an oversized header section) still gets a precise 4xx, with Kestrel's empty body.
/// </summary>
public sealed class KestrelFramingTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    private async Task<string> AgencyWithReportAsync()
    {
        using var admin = new HttpClient { BaseAddress = app.BaseAddress };
        admin.DefaultRequestHeaders.Add("X-Api-Key", TestKeys.Admin);
        var agency = "raw-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, "430423");
        Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(agency, 2022, Documents.Minimal(2022))).StatusCode);
        return agency;
    }

    private static string Head(string requestLine, params string[] headers) =>
        requestLine + "\nHost: localhost\nX-Api-Key: " + TestKeys.Admin + "\nConnection: close\n" + string.Concat(headers.Select(h => h + "\n")) + "\n";

    [Fact]
    public async Task A_malformed_chunked_body_gets_400_problem_json()
    {
        var agency = await AgencyWithReportAsync();

        var response = await RawHttp.SendAsync(app.BaseAddress,
            Head($"PUT /api/v1/agencies/{agency}/reports/2023 HTTP/1.1", "Content-Type: application/json", "Transfer-Encoding: chunked"),
            Encoding.ASCII.GetBytes("zz\r\n{}\r\n0\r\n\r\n"));

        Assert.Equal(400, response.Status);
        Assert.StartsWith("application/problem+json", response.ContentType);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_gets_413_problem_json()
    {
        var agency = await AgencyWithReportAsync();
        var chunk = new string('a', 64 * 1024);
        var body = new StringBuilder();
        for (var i = 0; i < 40; i++) body.Append(CultureInfo(chunk.Length)).Append("\r\n").Append(chunk).Append("\r\n");
        body.Append("0\r\n\r\n");

        var response = await RawHttp.SendAsync(app.BaseAddress,
            Head($"PUT /api/v1/agencies/{agency}/reports/2023 HTTP/1.1", "Content-Type: application/json", "Transfer-Encoding: chunked"),
            Encoding.ASCII.GetBytes(body.ToString()));

        Assert.Equal(413, response.Status);
        Assert.StartsWith("application/problem+json", response.ContentType);
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_gets_413_problem_json_without_sending_the_body()
    {
        var agency = await AgencyWithReportAsync();

        var response = await RawHttp.SendAsync(app.BaseAddress,
            Head($"PUT /api/v1/agencies/{agency}/reports/2023 HTTP/1.1", "Content-Type: application/json", "Content-Length: 50000000"));

        Assert.Equal(413, response.Status);
        Assert.StartsWith("application/problem+json", response.ContentType);
    }

    [Fact]
    public async Task A_10k_character_Idempotency_Key_reaches_the_application_and_gets_422()
    {
        var agency = await AgencyWithReportAsync();
        var body = Encoding.UTF8.GetBytes(Documents.Minimal(2023));

        var response = await RawHttp.SendAsync(app.BaseAddress,
            Head($"PUT /api/v1/agencies/{agency}/reports/2023 HTTP/1.1", "Content-Type: application/json", $"Content-Length: {body.Length}", "Idempotency-Key: " + new string('k', 10_000)),
            body);

        Assert.Equal(422, response.Status);
        Assert.StartsWith("application/problem+json", response.ContentType);
    }

    [Fact]
    public async Task HEAD_on_a_GET_route_answers_its_headers_without_a_body()
    {
        var agency = await AgencyWithReportAsync();

        var response = await RawHttp.SendAsync(app.BaseAddress, Head($"HEAD /api/v1/agencies/{agency}/reports/2022 HTTP/1.1"));

        Assert.Equal(200, response.Status);
        Assert.Equal("\"1\"", response.Headers["etag"]);
        Assert.Equal("", response.Body);
    }

    [Theory]
    [InlineData("a header name with a space", "Bad Header: x", 400)]
    [InlineData("an empty header name", ": x", 400)]
    [InlineData("a header line without a colon", "NoColon", 400)]
    [InlineData("a folded header line", "X-Folded: a\n b", 400)]
    [InlineData("a NUL in a header value", "X-Nul: a\0b", 400)]
    public async Task Header_lines_Kestrel_cannot_parse_get_400(string _, string header, int status)
    {
        var response = await RawHttp.SendAsync(app.BaseAddress, Head("GET /api/v1/reports HTTP/1.1", header));

        Assert.Equal(status, response.Status);
    }

    [Fact]
    public async Task A_NUL_in_the_path_gets_400()
    {
        var response = await RawHttp.SendAsync(app.BaseAddress, Head("GET /api/v1/agencies/a%00b HTTP/1.1"));

        Assert.Equal(400, response.Status);
    }

    [Fact]
    public async Task A_header_section_over_Kestrels_limit_gets_431()
    {
        var response = await RawHttp.SendAsync(app.BaseAddress, Head("GET /api/v1/reports HTTP/1.1", "X-Long: " + new string('x', 40_000)));

        Assert.Equal(431, response.Status);
    }

    private static string CultureInfo(int size) => size.ToString("x", System.Globalization.CultureInfo.InvariantCulture);
}
