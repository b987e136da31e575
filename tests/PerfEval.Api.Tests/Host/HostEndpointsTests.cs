using System.Net;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Host;

[Trait("Provider", "each")]
public sealed class HostEndpointsTests(TestApp app) : IClassFixture<TestApp>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/swagger/index.html")]
    [InlineData("/openapi/v1.json")]
    public async Task Anonymous_infrastructure_endpoints_answer_200(string url)
    {
        var response = await app.Client(null).GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>
    /// The checked-in openapi/v1.json is the published contract. Regenerate it with
    /// PERFEVAL_UPDATE_OPENAPI=1 bash tests/run.sh --filter Checked_in_openapi, then review the diff.
    /// </summary>
    [Fact]
    public async Task Checked_in_openapi_document_matches_the_served_one()
    {
        var served = JsonNode.Parse(await app.Client(null).GetStringAsync("/openapi/v1.json"))!;
        var path = Path.Combine(RepositoryPaths.Root, "openapi", "v1.json");
        if (Environment.GetEnvironmentVariable("PERFEVAL_UPDATE_OPENAPI") == "1")
            await File.WriteAllTextAsync(path, served.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");

        var checkedIn = JsonNode.Parse(await File.ReadAllTextAsync(path));

        Assert.True(JsonNode.DeepEquals(served, checkedIn), "openapi/v1.json is stale: regenerate it (see the test's summary).");
        Assert.NotNull(served["components"]?["schemas"]?["ReportDocument"]);
    }
}
