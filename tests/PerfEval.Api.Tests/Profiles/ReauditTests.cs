using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Domain.Audit;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Api.Tests.Profiles;

/// <summary>
/// A ruleset bump re-audits stored versions through the ledger: the run's progress is read like a rescore's, the
/// findings under the newer ruleset are stored beside the older ones (which stay readable), the metrics snapshot is
/// taken again, and the stored document is untouched.
/// </summary>
[Trait("Provider", "each")]
public sealed class ReauditTests(TestApp app) : IClassFixture<TestApp>
{
    private const int Year = 2022;
    private const string OlderRuleset = "2020.1";

    /// <summary>Puts the database in the state an older deployment left: the version audited under an older ruleset and
    /// saved before metrics snapshots existed (the product never writes either; a past release did).</summary>
    private async Task AgeAsync(string agency)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbSession>();
        await db.ExecuteAsync("UPDATE report_versions SET ruleset_version = @Ruleset, metrics = NULL WHERE agency_id = @Agency", new { Ruleset = OlderRuleset, Agency = agency }, default);
        await db.ExecuteAsync("UPDATE report_findings SET ruleset_version = @Ruleset WHERE agency_id = @Agency", new { Ruleset = OlderRuleset, Agency = agency }, default);
    }

    private async Task<int> SnapshotsAsync(string agency)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbSession>();
        return await db.QuerySingleOrDefaultAsync<int>("SELECT COUNT(*) FROM report_versions WHERE agency_id = @Agency AND metrics IS NOT NULL", new { Agency = agency }, default);
    }

    [Fact]
    public async Task A_reaudit_run_stores_the_newer_rulesets_findings_beside_the_older_ones_and_retakes_the_snapshot()
    {
        var admin = app.Client();
        var agency = "ra-" + Guid.NewGuid().ToString("N")[..10];
        await admin.CreateAgencyAsync(agency, "430423");
        var sent = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "reports", "hengshan-2022.json"));
        var saved = await (await admin.PutReportAsync(agency, Year, sent)).ReadObjectAsync();
        var savedFindings = saved["findings"]!.AsArray().Count;
        await AgeAsync(agency);
        Assert.Equal(0, await SnapshotsAsync(agency));

        var response = await admin.PostAsync("/api/v1/admin/reaudit", new StringContent($$"""{"regionCode":"430423","fiscalYear":{{Year}}}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var requested = await response.ReadObjectAsync();
        Assert.Equal(RuleCatalog.Version, requested["rulesetVersion"]!.GetValue<string>());
        var run = requested["run"]!;
        Assert.True(run["versions"]!.GetValue<int>() >= 1);
        JsonObject progress = [];
        await Eventually.HoldsAsync(async () =>
            {
                progress = await (await admin.GetAsync($"/api/v1/admin/reaudit/{run["id"]}")).ReadObjectAsync();
                return progress["state"]!.GetValue<string>() == "completed";
            }, TimeSpan.FromSeconds(90), () => Task.FromResult(progress.ToJsonString()));
        Assert.Equal(run["versions"]!.GetValue<int>(), progress["derivations"]!["done"]!.GetValue<int>());

        var audits = JsonNode.Parse(await admin.GetStringAsync($"/api/v1/agencies/{agency}/reports/{Year}/audits"))!.AsArray();
        Assert.Equal([OlderRuleset, RuleCatalog.Version], audits.Select(a => a!["rulesetVersion"]!.GetValue<string>()));
        Assert.Equal(["save", "reaudit"], audits.Select(a => a!["origin"]!.GetValue<string>()));
        Assert.Equal(savedFindings, audits[0]!["findings"]!.AsArray().Count);
        Assert.Equal(savedFindings, audits[1]!["findings"]!.AsArray().Count);
        Assert.Equal(1, await SnapshotsAsync(agency));
        var stored = await (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/{Year}/versions/1")).ReadObjectAsync();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(sent), stored["document"]));
        var findings = await (await admin.GetAsync($"/api/v1/agencies/{agency}/reports/{Year}/findings")).ReadObjectAsync();
        Assert.Equal(OlderRuleset, findings["rulesetVersion"]!.GetValue<string>());

        // A region key cannot start one; another tenant cannot read the audits.
        var region = app.Client((await admin.CreateKeyAsync("region", "430000")).Key);
        await (await region.PostAsync("/api/v1/admin/reaudit", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var other = app.Client((await admin.CreateKeyAsync("region", "440000")).Key);
        await (await other.GetAsync($"/api/v1/agencies/{agency}/reports/{Year}/audits")).AssertProblemAsync(HttpStatusCode.NotFound);
        var bad = await (await admin.PostAsync("/api/v1/admin/reaudit", new StringContent("""{"regionCode":"43"}""", System.Text.Encoding.UTF8, "application/json")))
            .AssertProblemAsync((HttpStatusCode)422);
        Assert.Equal(["/regionCode"], bad.ErrorPointers());
    }
}
