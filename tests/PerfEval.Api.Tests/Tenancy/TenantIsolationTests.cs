using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Application.Abstractions;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Api.Tests.Tenancy;

/// <summary>Agency keys see only their agency; region keys only their region's descendants; other tenants' data is 404.</summary>
[Trait("Provider", "each")]
public sealed class TenantIsolationTests(TestApp app) : IClassFixture<TestApp>
{
    private static string NewId(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    private async Task<(string Hunan, string Hebei, HttpClient Admin)> TwoAgenciesWithReportsAsync()
    {
        var admin = app.Client();
        var hunan = NewId("hn");
        var hebei = NewId("hb");
        await admin.CreateAgencyAsync(hunan, "430423");
        await admin.CreateAgencyAsync(hebei, "130110");
        Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(hunan, 2022, Documents.Minimal(2022))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(hebei, 2022, Documents.Minimal(2022))).StatusCode);
        return (hunan, hebei, admin);
    }

    [Fact]
    public async Task An_agency_key_cannot_read_list_or_write_another_agencys_data()
    {
        var (hunan, hebei, admin) = await TwoAgenciesWithReportsAsync();
        var (_, key) = await admin.CreateKeyAsync("agency", hunan);
        var client = app.Client(key);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/agencies/{hunan}/reports/2022")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/agencies/{hunan}")).StatusCode);

        await (await client.GetAsync($"/api/v1/agencies/{hebei}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/v1/agencies/{hebei}/reports/2022")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/v1/agencies/{hebei}/reports/2022/versions")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/v1/agencies/{hebei}/reports/2022/versions/1")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.PutReportAsync(hebei, 2022, Documents.Minimal(2022))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.PutReportAsync(hebei, 2023, Documents.Minimal(2023))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostAsync($"/api/v1/agencies/{hebei}/reports/2022/submit", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/v1/reports")).AssertProblemAsync(HttpStatusCode.Forbidden);

        var listed = JsonNode.Parse(await client.GetStringAsync("/api/v1/agencies"))!.AsArray();
        Assert.Equal([hunan], listed.Select(a => a!["id"]!.GetValue<string>()));

        Assert.Equal(1, await admin.VersionCountAsync(hebei, 2022));
        Assert.Equal(0, await admin.VersionCountAsync(hebei, 2023));
    }

    [Fact]
    public async Task The_repositories_themselves_filter_by_scope_without_any_endpoint()
    {
        var (hunan, hebei, _) = await TwoAgenciesWithReportsAsync();
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var reports = scope.ServiceProvider.GetRequiredService<IReportRepository>();
        var agencies = scope.ServiceProvider.GetRequiredService<IAgencyRepository>();
        var asHunan = TenantScope.Agency(hunan, "test");
        var asHunanRegion = TenantScope.Region("430000", "430000/", "test");

        Assert.NotNull(await reports.FindHeadAsync(asHunan, hunan, 2022, CancellationToken.None));
        Assert.Null(await reports.FindHeadAsync(asHunan, hebei, 2022, CancellationToken.None));
        Assert.Null(await reports.FindVersionAsync(asHunan, new VersionKey(hebei, 2022, 1), CancellationToken.None));
        Assert.Empty(await reports.FindVersionsAsync(asHunan, [new VersionKey(hebei, 2022, 1)], CancellationToken.None));
        Assert.Null(await reports.FindFindingsAsync(asHunan, new VersionKey(hebei, 2022, 1), CancellationToken.None));
        Assert.Empty(await reports.ListYearSnapshotsAsync(asHunan, hebei, 2000, 2100, CancellationToken.None));
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<IDerivationLedger>().ListForVersionAsync(asHunan, new VersionKey(hebei, 2022, 1), CancellationToken.None));
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<IScoringRepository>().ListTotalsAsync(asHunan, [new VersionKey(hebei, 2022, 1)], CancellationToken.None));
        Assert.Empty(await reports.ListVersionsAsync(asHunan, hebei, 2022, CancellationToken.None));
        Assert.Null(await agencies.FindAsync(asHunanRegion, hebei, CancellationToken.None));
        Assert.DoesNotContain((await reports.ListAsync(asHunanRegion, new ReportListFilter(null, null, null), 500, null, CancellationToken.None)).Items,
            r => r.AgencyId == hebei);

        var intruder = new NewReportVersion(new VersionKey(hebei, 2022, 2), "{}", "x", DateTimeOffset.UtcNow, "test", "none", [],
            new MetricsSnapshot(2022, new Dictionary<string, MetricValue>(), new Dictionary<string, MetricValue>()));
        Assert.False(await reports.InsertNextAsync(asHunan, intruder, 1, CancellationToken.None));
        Assert.False(await reports.InsertFirstAsync(asHunan, intruder with { Key = new VersionKey(hebei, 2031, 1) }, CancellationToken.None));
    }

    [Fact]
    public async Task A_revoked_key_is_refused_at_once_even_though_keys_are_cached()
    {
        var admin = app.Client();
        var agency = NewId("rv");
        await admin.CreateAgencyAsync(agency, "430423");
        var (id, key) = await admin.CreateKeyAsync("agency", agency);
        var client = app.Client(key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/agencies/{agency}")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/api-keys/{id}")).StatusCode);

        await (await client.GetAsync($"/api/v1/agencies/{agency}")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_missing_agency_and_another_tenants_agency_look_the_same()
    {
        var (_, hebei, admin) = await TwoAgenciesWithReportsAsync();
        var other = NewId("x");
        await admin.CreateAgencyAsync(other, "440105");
        var (_, key) = await admin.CreateKeyAsync("agency", other);
        var client = app.Client(key);

        var foreign = await (await client.GetAsync($"/api/v1/agencies/{hebei}/reports/2022")).AssertProblemAsync(HttpStatusCode.NotFound);
        var missing = await (await client.GetAsync("/api/v1/agencies/no-such-agency/reports/2022")).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(missing["title"]!.GetValue<string>(), foreign["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_region_key_sees_only_its_descendants_and_cannot_write()
    {
        var (hunan, hebei, admin) = await TwoAgenciesWithReportsAsync();
        var (_, key) = await admin.CreateKeyAsync("region", "430000");
        var client = app.Client(key);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/agencies/{hunan}/reports/2022")).StatusCode);
        await (await client.GetAsync($"/api/v1/agencies/{hebei}/reports/2022")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/v1/agencies/{hebei}")).AssertProblemAsync(HttpStatusCode.NotFound);

        var reports = JsonNode.Parse(await client.GetStringAsync("/api/v1/reports?limit=500"))!["items"]!.AsArray();
        var agencies = reports.Select(r => r!["agencyId"]!.GetValue<string>()).ToList();
        Assert.Contains(hunan, agencies);
        Assert.DoesNotContain(hebei, agencies);

        var hebeiOnly = JsonNode.Parse(await client.GetStringAsync("/api/v1/reports?regionCode=130000"))!["items"]!.AsArray();
        Assert.Empty(hebeiOnly);

        await (await client.PutReportAsync(hunan, 2022, Documents.Minimal(2022))).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(1, await admin.VersionCountAsync(hunan, 2022));
    }

    [Fact]
    public async Task Keys_are_required_known_and_revocable()
    {
        var admin = app.Client();
        var agency = NewId("k");
        await admin.CreateAgencyAsync(agency, "431102");
        var (id, key) = await admin.CreateKeyAsync("agency", agency);
        var client = app.Client(key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/agencies/{agency}")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/api-keys/{id}")).StatusCode);

        await (await client.GetAsync($"/api/v1/agencies/{agency}")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await app.Client(null).GetAsync($"/api/v1/agencies/{agency}")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await app.Client("pe_not-a-real-key").GetAsync($"/api/v1/agencies/{agency}")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await admin.DeleteAsync($"/api/v1/api-keys/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_admin_keys_manage_regions_agencies_and_keys()
    {
        var admin = app.Client();
        var agency = NewId("m");
        await admin.CreateAgencyAsync(agency, "431102");
        var (_, key) = await admin.CreateKeyAsync("agency", agency);
        var client = app.Client(key);

        var body = new StringContent("{\"name\":\"k\",\"role\":\"admin\"}", System.Text.Encoding.UTF8, "application/json");
        await (await client.PostAsync("/api/v1/api-keys", body)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var agencyBody = new StringContent("{\"code\":\"Z\",\"name\":\"z\",\"regionCode\":\"431102\"}", System.Text.Encoding.UTF8, "application/json");
        await (await client.PostAsync("/api/v1/agencies", agencyBody)).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Report_listing_pages_with_a_cursor_without_repeats()
    {
        var admin = app.Client();
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var id = NewId("p" + i);
            ids.Add(id);
            await admin.CreateAgencyAsync(id, "430203");
            await admin.PutReportAsync(id, 2030, Documents.Minimal(2030));
        }

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var url = "/api/v1/reports?fiscalYear=2030&limit=2" + (cursor is null ? "" : "&cursor=" + cursor);
            var page = JsonNode.Parse(await admin.GetStringAsync(url))!;
            seen.AddRange(page["items"]!.AsArray().Select(r => r!["agencyId"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
        } while (cursor is not null);

        Assert.Equal(ids.Order(StringComparer.Ordinal), seen);
    }
}
