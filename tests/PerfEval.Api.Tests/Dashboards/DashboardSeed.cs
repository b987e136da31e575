using System.Net;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Dashboards;

/// <summary>
/// Several agencies in two provinces over several years (four real reports and minimal ones), one submitted, worked
/// off by the ledger: the dataset every dashboard test reads.
/// </summary>
public static class DashboardSeed
{
    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "reports", name + ".json"));

    public sealed record Agencies(string Hengshan, string Lingling, string Lusong, string Luquan, string Small);

    public static async Task<Agencies> SeedAsync(HttpClient admin, LedgerDriver ledger)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var agencies = new Agencies($"db-hs-{suffix}", $"db-ll-{suffix}", $"db-ls-{suffix}", $"db-lq-{suffix}", $"db-sm-{suffix}");
        await admin.CreateAgencyAsync(agencies.Hengshan, "430423", "衡山县司法局");
        await admin.CreateAgencyAsync(agencies.Lingling, "431102", "零陵区司法局");
        await admin.CreateAgencyAsync(agencies.Lusong, "430203", "芦淞区司法局");
        await admin.CreateAgencyAsync(agencies.Luquan, "130110", "鹿泉区司法局");
        await admin.CreateAgencyAsync(agencies.Small, "430423", "衡山县小单位");

        await PutAsync(admin, agencies.Hengshan, 2022, Fixture("hengshan-2022"));
        await PutAsync(admin, agencies.Hengshan, 2021, Documents.Minimal(2021, "衡山县司法局", total: 980m));
        await PutAsync(admin, agencies.Lingling, 2023, Fixture("lingling-2023"));
        await PutAsync(admin, agencies.Lingling, 2022, Documents.Minimal(2022, "零陵区司法局", total: 700m));
        await PutAsync(admin, agencies.Lusong, 2024, Fixture("lusong-2024"));
        await PutAsync(admin, agencies.Luquan, 2022, Fixture("luquan-2022"));
        await PutAsync(admin, agencies.Small, 2022, Documents.Minimal(2022, "衡山县小单位", total: 120m));
        await (await admin.PostAsync($"/api/v1/agencies/{agencies.Small}/reports/2022/submit", null)).AssertSuccessAsync();
        await ledger.DrainAsync();
        return agencies;
    }

    private static async Task PutAsync(HttpClient admin, string agency, int year, string json)
    {
        var response = await admin.PutReportAsync(agency, year, json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{agency}/{year}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
