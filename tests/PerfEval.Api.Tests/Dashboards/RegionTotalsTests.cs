using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Api.Tests.Jobs;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Dashboards;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Api.Tests.Dashboards;

/// <summary>
/// The region totals the workers keep: after saves, new versions, workflow moves and roster removals they equal the
/// totals of the stored facts; the summaries read from them equal the summaries summed from the facts; a rebuild
/// mends totals that drifted; and their reads keep to the caller's region.
/// </summary>
[Trait("Provider", "each")]
public sealed class RegionTotalsTests(ApiOnlyApp app) : IClassFixture<ApiOnlyApp>
{
    private const string StoredTotalsSql =
        "SELECT region_path AS RegionPath, fiscal_year AS FiscalYear, measure AS Measure, item AS Item, amount AS Amount FROM region_totals WHERE amount <> 0";
    private const string SetReadySql = "UPDATE region_totals_state SET ready = @Ready WHERE id = 1";
    private readonly LedgerDriver _ledger = new(app);

    [Fact]
    public async Task Kept_totals_equal_the_totals_of_the_stored_facts_after_saves_versions_workflow_moves_and_roster_removals()
    {
        var admin = app.Client();
        var agencies = await DashboardSeed.SeedAsync(admin, _ledger);
        await AssertTotalsMatchFactsAsync();

        await (await admin.PutReportAsync(agencies.Lingling, 2023, Documents.Minimal(2023, "零陵区司法局", total: 640m))).AssertSuccessAsync();
        await (await admin.PostAsync($"/api/v1/agencies/{agencies.Lingling}/reports/2022/submit", null)).AssertSuccessAsync();
        var onRoster = $"rt-{Guid.NewGuid():N}"[..16];
        await admin.CreateAgencyAsync(onRoster, "431102", "零陵区某单位");
        await (await admin.PutAsJsonAsync($"/api/v1/roster/2022/agencies/{onRoster}", new { approvalDate = "2023-06-30" })).AssertSuccessAsync();
        await _ledger.DrainAsync();
        await AssertTotalsMatchFactsAsync();
        var national = await SummaryAsync(admin, DashboardScope.NationalCode, 2022);
        Assert.Contains(national["overdue"]!.AsArray(), o => o!["agencyId"]!.GetValue<string>() == onRoster);

        await (await admin.DeleteAsync($"/api/v1/roster/2022/agencies/{onRoster}")).AssertSuccessAsync();
        await _ledger.DrainAsync();
        await AssertTotalsMatchFactsAsync();
        Assert.DoesNotContain((await SummaryAsync(admin, DashboardScope.NationalCode, 2022))["overdue"]!.AsArray(), o => o!["agencyId"]!.GetValue<string>() == onRoster);
    }

    [Fact]
    public async Task Summaries_of_the_country_and_a_province_read_from_kept_totals_equal_those_summed_from_the_facts()
    {
        var admin = app.Client();
        await DashboardSeed.SeedAsync(admin, _ledger);
        var requests = (from region in new[] { DashboardScope.NationalCode, "430000", "431100", "130000", "430423" }
                        from year in new int?[] { 2021, 2022, 2023, 2024, null }
                        select (region, year)).ToList();

        var kept = new List<JsonObject>();
        foreach (var (region, year) in requests) kept.Add(await SummaryAsync(admin, region, year));
        await SetReadyAsync(false);
        try
        {
            foreach (var ((region, year), fromTotals) in requests.Zip(kept))
            {
                var fromFacts = await SummaryAsync(admin, region, year);
                fromTotals.Remove("dataAsOf");
                fromFacts.Remove("dataAsOf");
                Assert.True(JsonNode.DeepEquals(fromFacts, fromTotals), $"{region}/{year}:\n{fromFacts.ToJsonString()}\n{fromTotals.ToJsonString()}");
            }
        }
        finally
        {
            await SetReadyAsync(true);
        }
        Assert.True(kept[requests.IndexOf((DashboardScope.NationalCode, null))]["scores"]!["count"]!.GetValue<int>() >= 2);
    }

    [Fact]
    public async Task A_rebuild_mends_drifted_totals_and_until_then_the_summaries_read_the_facts()
    {
        var admin = app.Client();
        await DashboardSeed.SeedAsync(admin, _ledger);
        var truth = await SummaryAsync(admin, "430000", null);
        await WithDbAsync(db => db.ExecuteAsync("UPDATE region_totals SET amount = amount + 7 WHERE measure = 'reports'", null, CancellationToken.None));
        Assert.NotEqual(truth["reports"]!.GetValue<int>(), (await SummaryAsync(admin, "430000", null))["reports"]!.GetValue<int>());

        await SetReadyAsync(false);
        Assert.Equal(truth["reports"]!.GetValue<int>(), (await SummaryAsync(admin, "430000", null))["reports"]!.GetValue<int>());
        var rebuilt = await WithScopeAsync(sp => sp.GetRequiredService<IMediator>().Send(new RebuildRegionTotals(OnlyWhenNotReady: true)).AsTask());
        Assert.True(rebuilt >= 7, $"rebuilt from {rebuilt} facts");
        Assert.Null(await WithScopeAsync(sp => sp.GetRequiredService<IMediator>().Send(new RebuildRegionTotals(OnlyWhenNotReady: true)).AsTask()));
        await AssertTotalsMatchFactsAsync();
        Assert.Equal(truth["reports"]!.GetValue<int>(), (await SummaryAsync(admin, "430000", null))["reports"]!.GetValue<int>());
    }

    [Fact]
    public async Task Totals_are_read_only_within_the_callers_region()
    {
        var admin = app.Client();
        await DashboardSeed.SeedAsync(admin, _ledger);
        await WithScopeAsync(async sp =>
        {
            var totals = sp.GetRequiredService<IRegionTotalsRepository>();
            var hunan = TenantScope.Region("430000", "430000/", "k-hunan");
            var hebei = TenantScope.Region("130000", "130000/", "k-hebei");
            Assert.NotEmpty(await totals.ListAsync(hunan, "430000/", 2023, CancellationToken.None));
            Assert.Empty(await totals.ListAsync(hebei, "430000/", 2023, CancellationToken.None));
            Assert.Empty(await totals.ListAsync(hunan, "", null, CancellationToken.None));
            Assert.Empty(await totals.ListAsync(TenantScope.Agency("x", "k-agency"), "430000/", null, CancellationToken.None));
            Assert.Equal(0, (await totals.VersionAsync(hebei, "430000/", null, CancellationToken.None)).FactCount);
            Assert.NotEmpty(await totals.ListAsync(TenantScope.System, "", null, CancellationToken.None));
            return true;
        });
    }

    private async Task AssertTotalsMatchFactsAsync()
    {
        var (stored, expected) = await WithScopeAsync(async sp =>
        {
            var facts = await sp.GetRequiredService<IRegionTotalsRepository>().ListAllPlacedFactsAsync(CancellationToken.None);
            var rows = await sp.GetRequiredService<DbSession>().QueryAsync<RegionTotal>(StoredTotalsSql, null, CancellationToken.None);
            return (rows, RegionTotals.Of(facts).Where(t => t.Amount != 0).ToList());
        });
        Assert.NotEmpty(expected);
        Assert.Equal(Keyed(expected), Keyed(stored));
    }

    private static SortedDictionary<string, long> Keyed(IEnumerable<RegionTotal> totals) =>
        new(totals.ToDictionary(t => $"{t.RegionPath}|{t.FiscalYear}|{t.Measure}|{t.Item}", t => t.Amount), StringComparer.Ordinal);

    private static async Task<JsonObject> SummaryAsync(HttpClient client, string region, int? year)
    {
        var response = await client.GetAsync($"/api/v1/dashboards/regions/{region}/summary" + (year is null ? "" : $"?fiscalYear={year}"));
        await response.AssertSuccessAsync();
        return await response.ReadObjectAsync();
    }

    private Task SetReadyAsync(bool ready) =>
        WithDbAsync(db => db.ExecuteAsync(SetReadySql, new { Ready = ready ? 1 : 0 }, CancellationToken.None));

    private Task WithDbAsync(Func<DbSession, Task<int>> action) => WithScopeAsync(sp => action(sp.GetRequiredService<DbSession>()));

    private async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
