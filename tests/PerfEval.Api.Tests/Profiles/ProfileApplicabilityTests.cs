using System.Net;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Api.Tests.Monitoring;
using PerfEval.Api.Tests.Webhooks;

namespace PerfEval.Api.Tests.Profiles;

/// <summary>
/// An uploaded profile applies only where it declares: a 湖南-only profile (region 430000) scores, announces and ranks
/// 湖南 reports and never a 广东 one, whether the reports were stored before the upload (the upload's run) or after it
/// (the save's follow-ups); and a region's headline profile is what its dashboards show.
/// </summary>
[Trait("Provider", "each")]
public sealed class ProfileApplicabilityTests(WebhookApp app) : IClassFixture<WebhookApp>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private const int Year = 2022;
    private const string Hunan = "hunan-selfeval-test";

    public static string HunanProfile(string version = "2024.1", string regions = "\"430000\"")
    {
        var profile = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "profiles", "hunan-selfeval.json")))!.AsObject();
        profile["version"] = version;
        profile["applicability"] = JsonNode.Parse($$"""{"regions":[{{regions}}]}""");
        return profile.ToJsonString();
    }

    private static string Report(string regionCode)
    {
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "reports", "hengshan-2022.json")))!.AsObject();
        report["agency"]!["regionCode"] = regionCode;
        return report.ToJsonString();
    }

    private static async Task<JsonObject> ScoredAsync(HttpClient admin, string agency, int version)
    {
        JsonObject score = [];
        await Eventually.HoldsAsync(async () =>
            {
                score = await (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/{Year}/score?version={version}")).ReadObjectAsync();
                return score["scoringState"]?.GetValue<string>() == "scored";
            }, Patience, () => Task.FromResult(score.ToJsonString()));
        return score;
    }

    private static IEnumerable<string> Profiles(JsonObject score) => score["results"]!.AsArray().Select(r => r!["profile"]!.GetValue<string>());

    [Fact]
    public async Task A_hunan_only_profile_scores_announces_and_ranks_hunan_reports_and_never_a_guangdong_one()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookTestSettings.Secret);
        var admin = app.Client();
        await WebhookDeliveryTests.RegisterAsync(admin, receiver.Url, "report.scored");
        var hunan = "pa-hn-" + Guid.NewGuid().ToString("N")[..8];
        var guangdong = "pa-gd-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(hunan, "430423");
        await admin.CreateAgencyAsync(guangdong, "440105");
        await (await admin.PutReportAsync(hunan, Year, Report("430423"))).AssertSuccessAsync();
        await (await admin.PutReportAsync(guangdong, Year, Report("440105"))).AssertSuccessAsync();
        await ScoredAsync(admin, hunan, 1);
        await ScoredAsync(admin, guangdong, 1);

        // Uploaded after the reports: its run owes the score of the stored 湖南 report only.
        var upload = await admin.PutJsonAsync($"/api/v1/admin/scoring-profiles/{Hunan}", HunanProfile());
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var uploaded = await upload.ReadObjectAsync();
        var run = uploaded["run"]!;
        Assert.Equal(2, run["versions"]!.GetValue<int>());
        Assert.Equal(1 + 2 * 2, run["derivations"]!["pending"]!.GetValue<int>());
        await Eventually.HoldsAsync(async () =>
                (await (await admin.GetAsync($"/api/v1/admin/rescore/{run["id"]}")).ReadObjectAsync())["state"]!.GetValue<string>() == "completed",
            Patience, async () => (await admin.GetStringAsync($"/api/v1/admin/rescore/{run["id"]}")));
        Assert.Contains(Hunan, Profiles(await ScoredAsync(admin, hunan, 1)));
        Assert.DoesNotContain(Hunan, Profiles(await ScoredAsync(admin, guangdong, 1)));

        // Saved after the upload: each version owes the profiles that apply to it.
        await (await admin.PutReportAsync(hunan, Year, Report("430423"), ifMatch: "\"1\"")).AssertSuccessAsync();
        await (await admin.PutReportAsync(guangdong, Year, Report("440105"), ifMatch: "\"1\"")).AssertSuccessAsync();
        var hunanScore = await ScoredAsync(admin, hunan, 2);
        var guangdongScore = await ScoredAsync(admin, guangdong, 2);
        Assert.Equal(["cn-mof-2013-dept-overall", "cn-mof-2020-selfeval", Hunan], Profiles(hunanScore).Order(StringComparer.Ordinal));
        Assert.Equal(["cn-mof-2013-dept-overall", "cn-mof-2020-selfeval"], Profiles(guangdongScore).Order(StringComparer.Ordinal));

        // report.scored: the 湖南 report is announced under the profile (twice: versions 1 and 2), the 广东 one never.
        string ScoredProfile(ReceivedWebhook r) => JsonNode.Parse(r.Body)!["data"]!["profile"]!.GetValue<string>();
        string AgencyOf(ReceivedWebhook r) => JsonNode.Parse(r.Body)!["data"]!["agencyId"]!.GetValue<string>();
        await Eventually.HoldsAsync(() => Task.FromResult(
                receiver.Received.Count(r => AgencyOf(r) == hunan && ScoredProfile(r) == Hunan) == 2
                && receiver.Received.Count(r => AgencyOf(r) == guangdong) == 2 * 2),
            Patience, () => Task.FromResult(string.Join("\n", receiver.Received.Select(r => r.Body))));
        Assert.DoesNotContain(receiver.Received, r => AgencyOf(r) == guangdong && ScoredProfile(r) == Hunan);

        // Rankings by the profile's score list the 湖南 report only.
        JsonObject ranking = [];
        await Eventually.HoldsAsync(async () =>
            {
                ranking = await (await admin.GetAsync($"/api/v1/dashboards/regions/000000/rankings?fiscalYear={Year}&metric=score:{Hunan}")).ReadObjectAsync();
                return ranking["items"]!.AsArray().Any(i => i!["agencyId"]!.GetValue<string>() == hunan);
            }, Patience, () => Task.FromResult(ranking.ToJsonString()));
        Assert.DoesNotContain(ranking["items"]!.AsArray(), i => i!["agencyId"]!.GetValue<string>() == guangdong);
        var everywhere = await (await admin.GetAsync($"/api/v1/dashboards/regions/000000/rankings?fiscalYear={Year}&metric=score:cn-mof-2020-selfeval")).ReadObjectAsync();
        Assert.Contains(everywhere["items"]!.AsArray(), i => i!["agencyId"]!.GetValue<string>() == guangdong);
    }

    [Fact]
    public async Task A_region_headline_profile_is_what_its_dashboards_show_and_must_apply_to_the_region()
    {
        var admin = app.Client();
        var hunan = "pa-hl-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(hunan, "430423");
        const string id = "hunan-headline-test";
        var profile = JsonNode.Parse(HunanProfile())!.AsObject();
        profile["id"] = id;
        Assert.Equal(HttpStatusCode.Created, (await admin.PutJsonAsync($"/api/v1/admin/scoring-profiles/{id}", profile.ToJsonString())).StatusCode);
        await (await admin.PutReportAsync(hunan, Year, Report("430423"))).AssertSuccessAsync();
        var scores = await ScoredAsync(admin, hunan, 1);
        var headlineTotal = scores["results"]!.AsArray().Single(r => r!["profile"]!.GetValue<string>() == id)!["total"]!.GetValue<decimal>();

        var refused = await (await admin.PutJsonAsync("/api/v1/regions/440000/headline-profile", $$"""{"profile":"{{id}}"}""")).AssertProblemAsync((HttpStatusCode)422);
        Assert.Contains("/profile", refused.ErrorPointers());
        var otherProvince = app.Client((await admin.CreateKeyAsync("region", "440000")).Key);
        await (await otherProvince.PutJsonAsync("/api/v1/regions/430000/headline-profile", $$"""{"profile":"{{id}}"}""")).AssertProblemAsync(HttpStatusCode.NotFound);
        var agencyKey = app.Client((await admin.CreateKeyAsync("agency", hunan)).Key);
        await (await agencyKey.PutJsonAsync("/api/v1/regions/430000/headline-profile", $$"""{"profile":"{{id}}"}""")).AssertProblemAsync(HttpStatusCode.Forbidden);

        var county = app.Client((await admin.CreateKeyAsync("region", "430423")).Key);
        var set = await (await county.PutJsonAsync("/api/v1/regions/430423/headline-profile", $$"""{"profile":"{{id}}"}""")).OkObjectAsync();
        Assert.Equal(id, set["profile"]!.GetValue<string>());

        JsonObject summary = [];
        await Eventually.HoldsAsync(async () =>
            {
                summary = await (await admin.GetAsync($"/api/v1/dashboards/regions/430423/summary?fiscalYear={Year}")).ReadObjectAsync();
                return summary["scoreProfile"]!.GetValue<string>() == id && summary["scores"]?["max"]?.GetValue<decimal>() == headlineTotal;
            }, Patience, () => Task.FromResult(summary.ToJsonString()));
        var province = await (await admin.GetAsync($"/api/v1/dashboards/regions/440000/summary?fiscalYear={Year}")).ReadObjectAsync();
        Assert.Equal("cn-mof-2020-selfeval", province["scoreProfile"]!.GetValue<string>());
    }
}
