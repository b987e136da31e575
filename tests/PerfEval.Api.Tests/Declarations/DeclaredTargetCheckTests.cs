using System.Net;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Declarations;

/// <summary>
/// A self-evaluation checked against its approved declaration in the background: the changed targets flagged with a
/// pointer into each document, the score under declared targets stored beside the score under quoted ones, a feed row.
/// </summary>
[Trait("Provider", "each")]
public sealed class DeclaredTargetCheckTests(TestApp app) : IClassFixture<TestApp>
{
    private static string NewAgencyId() => "dt-" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>衡山 declared 人民调解案件 as 1000件; its 自评表 quotes 800件 (actual 917件).</summary>
    private static string RaisedDeclaration() => DeclarationDriver.Hengshan(d =>
        DeclarationDriver.Indicator(d, "人民调解案件")["target"] = JsonNode.Parse("""{"text":"1000件","operator":"=","value":1000,"unit":"件"}"""));

    [Fact]
    public async Task A_lowered_target_is_flagged_with_both_pointers_and_the_declared_score_is_stored_beside_the_quoted_one()
    {
        var admin = app.Client();
        var agency = NewAgencyId();
        await admin.CreateAgencyAsync(agency, "430423");
        Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(agency, 2022, DeclarationDriver.HengshanReport())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/2022/declared-targets")).StatusCode);

        await admin.ApproveAsync(agency, 2022, RaisedDeclaration());
        var check = await admin.WaitForCheckAsync(agency, 2022, reportVersion: 1);

        Assert.Equal(1, check["declarationVersion"]!.GetValue<int>());
        Assert.Equal(1, check["errorCount"]!.GetValue<int>());
        var finding = Assert.Single(check["findings"]!.AsArray())!;
        Assert.Equal("PE-DCL-001", finding["ruleId"]!.GetValue<string>());
        Assert.Equal("/indicatorTables/0/indicators/1/target", finding["reportPointers"]![0]!.GetValue<string>());
        Assert.Equal("/targetSets/0/indicators/1/target", finding["declarationPointers"]![0]!.GetValue<string>());
        var score = check["scores"]!.AsArray().Single(s => s!["profile"]!.GetValue<string>() == "cn-mof-2020-selfeval")!;
        Assert.Equal(100m, score["quotedTotal"]!.GetValue<decimal>());
        Assert.Equal(99.59m, score["declaredTotal"]!.GetValue<decimal>());
        Assert.Equal(-0.41m, score["difference"]!.GetValue<decimal>());

        var feed = JsonNode.Parse(await admin.GetStringAsync("/api/v1/changes?limit=1000"))!.ToJsonString();
        Assert.Contains("declared-targets", feed);
    }

    [Fact]
    public async Task A_new_report_version_under_an_approved_declaration_is_checked_again()
    {
        var admin = app.Client();
        var agency = NewAgencyId();
        await admin.CreateAgencyAsync(agency, "430423");
        await admin.ApproveAsync(agency, 2022, RaisedDeclaration());
        await admin.PutReportAsync(agency, 2022, DeclarationDriver.HengshanReport());
        Assert.Single((await admin.WaitForCheckAsync(agency, 2022, reportVersion: 1))["findings"]!.AsArray());

        var corrected = JsonNode.Parse(DeclarationDriver.HengshanReport())!.AsObject();
        corrected["indicatorTables"]![0]!["indicators"]![1]!["target"] = JsonNode.Parse("""{"text":"1000件","operator":"=","value":1000,"unit":"件"}""");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutReportAsync(agency, 2022, corrected.ToJsonString())).StatusCode);

        var check = await admin.WaitForCheckAsync(agency, 2022, reportVersion: 2);
        Assert.Empty(check["findings"]!.AsArray());
        Assert.Equal(0, check["errorCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Another_tenant_never_sees_the_check()
    {
        var admin = app.Client();
        var agency = NewAgencyId();
        await admin.CreateAgencyAsync(agency, "430423");
        await admin.PutReportAsync(agency, 2022, DeclarationDriver.HengshanReport());
        await admin.ApproveAsync(agency, 2022, RaisedDeclaration());
        await admin.WaitForCheckAsync(agency, 2022, reportVersion: 1);

        var otherRegion = app.Client((await admin.CreateKeyAsync("region", "130000")).Key);
        var ownRegion = app.Client((await admin.CreateKeyAsync("region", "430000")).Key);
        Assert.Equal(HttpStatusCode.NotFound, (await otherRegion.GetAsync($"/api/v1/agencies/{agency}/reports/2022/declared-targets")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ownRegion.GetAsync($"/api/v1/agencies/{agency}/reports/2022/declared-targets")).StatusCode);
        Assert.DoesNotContain(agency, await otherRegion.GetStringAsync("/api/v1/changes?limit=1000"));
    }
}
