using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Reports;

[Trait("Provider", "each")]
public sealed class RegionsAndAgenciesTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_region_tree_is_seeded_from_gbt2260()
    {
        var admin = app.Client();

        var luquan = await (await admin.GetAsync("/api/v1/regions/130110")).ReadObjectAsync();
        var hengyang = await (await admin.GetAsync("/api/v1/regions/430400")).ReadObjectAsync();

        Assert.Equal("鹿泉区", luquan["name"]!.GetValue<string>());
        Assert.Equal("130100", luquan["parentCode"]!.GetValue<string>());
        Assert.Equal("衡阳市", hengyang["name"]!.GetValue<string>());
        Assert.Equal("430000", hengyang["parentCode"]!.GetValue<string>());
        await (await admin.GetAsync("/api/v1/regions/999999")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_new_region_hangs_under_its_parent_and_agencies_list_by_region()
    {
        var admin = app.Client();
        var code = "4304" + Random.Shared.Next(85, 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var created = await admin.PostAsJsonAsync("/api/v1/regions", new { code, name = "测试开发区", parentCode = "430400" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await (await admin.PostAsJsonAsync("/api/v1/regions", new { code, name = "重复", parentCode = "430400" })).AssertProblemAsync(HttpStatusCode.Conflict);

        var agency = "r-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, code);

        var inCity = JsonNode.Parse(await admin.GetStringAsync("/api/v1/agencies?regionCode=430400"))!.AsArray();
        var inHebei = JsonNode.Parse(await admin.GetStringAsync("/api/v1/agencies?regionCode=130000"))!.AsArray();
        Assert.Contains(agency, inCity.Select(a => a!["id"]!.GetValue<string>()));
        Assert.DoesNotContain(agency, inHebei.Select(a => a!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Credit_codes_are_checked_with_the_gb32100_check_character()
    {
        var admin = app.Client();

        var valid = await admin.PostAsJsonAsync("/api/v1/agencies", new { code = "CC-" + Guid.NewGuid().ToString("N")[..6], name = "信用代码测试", regionCode = "431102", creditCode = "91350100M000100Y43" });
        var invalid = await admin.PostAsJsonAsync("/api/v1/agencies", new { code = "CC-" + Guid.NewGuid().ToString("N")[..6], name = "信用代码测试", regionCode = "431102", creditCode = "91350100M000100Y4Z" });

        Assert.Equal(HttpStatusCode.Created, valid.StatusCode);
        Assert.Equal(["/creditCode"], (await invalid.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorPointers());
    }

    [Fact]
    public async Task Duplicate_agency_codes_conflict()
    {
        var admin = app.Client();
        var id = "d-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(id, "431102");

        var again = await admin.PostAsJsonAsync("/api/v1/agencies", new { code = id.ToUpperInvariant(), name = "重复", regionCode = "431102" });

        await again.AssertProblemAsync(HttpStatusCode.Conflict);
    }
}
