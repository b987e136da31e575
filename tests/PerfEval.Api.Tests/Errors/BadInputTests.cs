using System.Net;
using System.Text;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Errors;

/// <summary>Whatever a client sends gets a problem+json 4xx, never a 500, and a rejected request writes nothing.</summary>
[Trait("Provider", "each")]
public sealed class BadInputTests(TestApp app) : IClassFixture<TestApp>
{
    private async Task<(HttpClient Admin, string Agency)> AgencyAsync()
    {
        var admin = app.Client();
        var agency = "bad-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, "430423");
        return (admin, agency);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"schemaVersion\": \"1.0\",}")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("{\"a\":1}{\"b\":2}")]
    public async Task Malformed_json_gets_400(string body)
    {
        var (admin, agency) = await AgencyAsync();

        var response = await admin.PutReportAsync(agency, 2022, body);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, await admin.VersionCountAsync(agency, 2022));
    }

    [Fact]
    public async Task Wrong_content_type_gets_415()
    {
        var (admin, agency) = await AgencyAsync();

        var response = await admin.PutReportAsync(agency, 2022, Documents.Minimal(2022), contentType: "text/plain");

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(0, await admin.VersionCountAsync(agency, 2022));
    }

    [Fact]
    public async Task Oversized_body_gets_413()
    {
        var (admin, agency) = await AgencyAsync();
        var huge = Documents.Minimal(2022, agencyName: new string('长', 1_100_000));

        var response = await admin.PutReportAsync(agency, 2022, huge);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await admin.VersionCountAsync(agency, 2022));
    }

    [Fact]
    public async Task Wrongly_typed_fields_get_422_with_one_pointer_each()
    {
        var (admin, agency) = await AgencyAsync();
        const string body = """
            {
              "schemaVersion": "1.0",
              "agency": { "name": 42 },
              "fiscalYear": "2022",
              "finance": { "final": { "expenditure": { "total": { "value": "1092.90", "unit": "万元" }, "basic": { "value": 1, "unit": "美元" } } } },
              "outputs": [ { "key": "mediationCases", "value": true }, { "label": "缺少key" } ],
              "unknownThing": 1
            }
            """;

        var response = await admin.PutReportAsync(agency, 2022, body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        var pointers = problem.ErrorPointers();
        Assert.Contains("/agency/name", pointers);
        Assert.Contains("/fiscalYear", pointers);
        Assert.Contains("/finance/final/expenditure/total/value", pointers);
        Assert.Contains("/outputs/0/value", pointers);
        Assert.Contains("/outputs/1/key", pointers);
        Assert.Contains("/unknownThing", pointers);
        Assert.Equal(0, await admin.VersionCountAsync(agency, 2022));
    }

    [Fact]
    public async Task Semantically_invalid_fields_get_422_with_pointers()
    {
        var (admin, agency) = await AgencyAsync();
        const string body = """
            {
              "schemaVersion": "9.9",
              "agency": { "name": "衡山县司法局", "creditCode": "91350100M000100Y4Z" },
              "fiscalYear": 2022,
              "finance": { "final": { "expenditure": { "basic": { "value": 1, "unit": "美元" } } } },
              "publication": { "status": "maybe" }
            }
            """;

        var problem = await (await admin.PutReportAsync(agency, 2022, body)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(
            ["/agency/creditCode", "/finance/final/expenditure/basic/unit", "/publication/status", "/schemaVersion"],
            problem.ErrorPointers().Order(StringComparer.Ordinal));
        Assert.Equal(0, await admin.VersionCountAsync(agency, 2022));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("123")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"agency\":{\"name\":\"x\"},\"fiscalYear\":99999999999}")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"agency\":{\"name\":\"x\"},\"fiscalYear\":2022,\"finance\":{\"final\":{\"expenditure\":{\"total\":{\"value\":1e400}}}}}")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"agency\":{\"name\":\"x\"},\"fiscalYear\":2022,\"reportDate\":\"2023-02-30\"}")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"agency\":{\"name\":\"x\"},\"fiscalYear\":2022,\"agency\":{\"name\":\"y\"}}")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"agency\":{\"name\":\"\\ud800\"},\"fiscalYear\":2022}")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"agency\":{\"name\":\"a\\u0000b\"},\"fiscalYear\":2022}")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"agency\":{\"name\":\"x\"},\"fiscalYear\":2022,\"outputs\":[{\"key\":\"a\",\"value\":79228162514264337593543950336}]}")]
    public async Task Hostile_bodies_get_a_4xx_problem_never_500(string body)
    {
        var (admin, agency) = await AgencyAsync();

        var response = await admin.PutReportAsync(agency, 2022, body);

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await admin.VersionCountAsync(agency, 2022));
    }

    [Fact]
    public async Task Deeply_nested_json_gets_a_4xx()
    {
        var (admin, agency) = await AgencyAsync();
        var body = new StringBuilder().Insert(0, "[", 5000).ToString();

        var response = await admin.PutReportAsync(agency, 2022, body);

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Theory]
    [InlineData("/api/v1/reports?limit=0")]
    [InlineData("/api/v1/reports?limit=abc")]
    [InlineData("/api/v1/reports?status=lost")]
    [InlineData("/api/v1/reports?cursor=%%%")]
    [InlineData("/api/v1/agencies/x/reports/notayear")]
    public async Task Bad_query_strings_and_routes_get_a_4xx_problem(string url)
    {
        var response = await app.Client().GetAsync(url);

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Invalid_agency_and_key_requests_get_422_with_pointers()
    {
        var admin = app.Client();
        var agency = new StringContent("""{"id":"BAD ID","code":"","name":"x","regionCode":"99","creditCode":"123"}""", Encoding.UTF8, "application/json");
        var agencyProblem = await (await admin.PostAsync("/api/v1/agencies", agency)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["/code", "/creditCode", "/id", "/regionCode"], agencyProblem.ErrorPointers().Order(StringComparer.Ordinal));

        var key = new StringContent("""{"name":"k","role":"root"}""", Encoding.UTF8, "application/json");
        var keyProblem = await (await admin.PostAsync("/api/v1/api-keys", key)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["/role"], keyProblem.ErrorPointers());

        var unknownRegion = new StringContent("""{"name":"k","role":"region","scope":"999999"}""", Encoding.UTF8, "application/json");
        Assert.Equal(["/scope"], (await (await admin.PostAsync("/api/v1/api-keys", unknownRegion)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorPointers());
    }
}
