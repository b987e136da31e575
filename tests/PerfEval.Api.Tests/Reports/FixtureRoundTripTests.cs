using System.Net;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Reports;

/// <summary>Each transcribed source report goes in through PUT and comes back out of GET unchanged.</summary>
[Trait("Provider", "each")]
public sealed class FixtureRoundTripTests(TestApp app) : IClassFixture<TestApp>
{
    public static TheoryData<string, string, int, string> Reports() => new()
    {
        { "lingling-2023", "431102", 2023, "/finance/final/revenue/total/value" },
        { "hengshan-2022", "430423", 2022, "/finance/final/expenditure/basic/value" },
        { "lusong-2024", "430203", 2024, "/finance/generalPublicBudget/expenditure/total/value" },
        { "luquan-2022", "130110", 2022, "/finance/final/expenditure/total/value" },
        { "haizhu-2022", "440105", 2022, "/finance/final/expenditure/total/value" },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task Fixture_round_trips_exactly(string fixture, string region, int year, string keyFigure)
    {
        var admin = app.Client();
        var agency = fixture + "-" + Guid.NewGuid().ToString("N")[..6];
        await admin.CreateAgencyAsync(agency, region);
        var sent = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "reports", fixture + ".json"));

        var put = await admin.PutReportAsync(agency, year, sent);
        Assert.True(put.StatusCode == HttpStatusCode.Created, await put.Content.ReadAsStringAsync());

        var got = await (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/{year}")).ReadObjectAsync();
        var sentNode = JsonNode.Parse(sent)!;
        var document = got["document"]!;
        Assert.True(JsonNode.DeepEquals(sentNode, document), "The stored document differs from what was sent.");

        // Key figures keep their written digits (decimal scale), not just their numeric value.
        var expected = Resolve(sentNode, keyFigure)!.ToJsonString();
        Assert.Equal(expected, Resolve(document, keyFigure)!.ToJsonString());
        Assert.Equal(sentNode["agency"]!["name"]!.GetValue<string>(), document["agency"]!["name"]!.GetValue<string>());
        Assert.Equal(CountNumbers(sentNode), CountNumbers(document));
    }

    private static JsonNode? Resolve(JsonNode node, string pointer)
    {
        JsonNode? current = node;
        foreach (var token in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
            current = current is JsonArray array ? array[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)] : current?[token];
        return current;
    }

    private static int CountNumbers(JsonNode? node) => node switch
    {
        JsonObject o => o.Sum(p => CountNumbers(p.Value)),
        JsonArray a => a.Sum(CountNumbers),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => 1,
        _ => 0,
    };
}
