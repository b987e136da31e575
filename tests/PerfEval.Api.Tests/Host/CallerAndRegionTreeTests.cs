using System.Net;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Host;

/// <summary>What the /app page starts from: who the key is (GET /api/v1/me) and the GB/T 2260 tree one level at a time.</summary>
[Trait("Provider", "each")]
public sealed class CallerAndRegionTreeTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Each_key_learns_its_role_and_home_region()
    {
        var admin = app.Client();
        var me = JsonNode.Parse(await admin.GetStringAsync("/api/v1/me"))!;
        Assert.Equal("admin", me["role"]!.GetValue<string>());
        Assert.Equal("000000", me["homeRegionCode"]!.GetValue<string>());
        Assert.Equal("全国", me["homeRegionName"]!.GetValue<string>());

        var (_, regionKey) = await admin.CreateKeyAsync("region", "430400");
        var region = JsonNode.Parse(await app.Client(regionKey).GetStringAsync("/api/v1/me"))!;
        Assert.Equal(("region", "430400", "衡阳市"), (region["role"]!.GetValue<string>(), region["homeRegionCode"]!.GetValue<string>(), region["homeRegionName"]!.GetValue<string>()));

        var agencyId = $"me-{Guid.NewGuid():N}"[..20];
        await admin.CreateAgencyAsync(agencyId, "430423", "衡山县司法局");
        var (_, agencyKey) = await admin.CreateKeyAsync("agency", agencyId);
        var agency = JsonNode.Parse(await app.Client(agencyKey).GetStringAsync("/api/v1/me"))!;
        Assert.Equal(("agency", agencyId, "430423", "衡山县"),
            (agency["role"]!.GetValue<string>(), agency["agencyId"]!.GetValue<string>(), agency["homeRegionCode"]!.GetValue<string>(), agency["homeRegionName"]!.GetValue<string>()));

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client("wrong-key-0000000000000000000000").GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task The_region_tree_is_listed_one_level_at_a_time()
    {
        var client = app.Client();
        var provinces = JsonNode.Parse(await client.GetStringAsync("/api/v1/regions"))!.AsArray();
        Assert.Contains(provinces, p => p!["code"]!.GetValue<string>() == "430000" && p["name"]!.GetValue<string>() == "湖南省");
        Assert.All(provinces, p => Assert.Equal(1, p!["level"]!.GetValue<int>()));
        var codes = provinces.Select(p => p!["code"]!.GetValue<string>()).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);

        var cities = JsonNode.Parse(await client.GetStringAsync("/api/v1/regions?parentCode=430000"))!.AsArray();
        Assert.Contains(cities, c => c!["code"]!.GetValue<string>() == "430400" && c["name"]!.GetValue<string>() == "衡阳市");
        Assert.All(cities, c => Assert.Equal("430000", c!["parentCode"]!.GetValue<string>()));
        var counties = JsonNode.Parse(await client.GetStringAsync("/api/v1/regions?parentCode=430400"))!.AsArray();
        Assert.Contains(counties, c => c!["code"]!.GetValue<string>() == "430423" && c["name"]!.GetValue<string>() == "衡山县");
        Assert.Empty(JsonNode.Parse(await client.GetStringAsync("/api/v1/regions?parentCode=430423"))!.AsArray());

        await (await client.GetAsync("/api/v1/regions?parentCode=43")).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await client.GetAsync("/api/v1/regions?parentCode=999999")).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
