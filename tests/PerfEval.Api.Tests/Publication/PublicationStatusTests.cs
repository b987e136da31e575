using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Jobs;

namespace PerfEval.Api.Tests.Publication;

/// <summary>
/// A region's roster with a working-day deadline that spans 国庆: with a clock the test sets, the daily job and each
/// change derive not_submitted, in_progress, published_on_time, published_late and overdue, with due dates and days late.
/// </summary>
[Trait("Provider", "each")]
public sealed class PublicationStatusTests(ClockedApiOnlyApp app) : IClassFixture<ClockedApiOnlyApp>
{
    private readonly TestClock clock = app.Clock;
    private readonly LedgerDriver _ledger = new(app);

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task PublishAsync(HttpClient admin, string agency)
    {
        foreach (var action in new[] { "submit", "accept" })
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/agencies/{agency}/reports/2023/{action}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/agencies/{agency}/reports/2023/publish", Json("{\"acknowledgeWarnings\":true}"))).StatusCode);
    }

    [Fact]
    public async Task The_daily_job_gives_each_expected_report_its_status_including_a_working_day_deadline_over_a_holiday()
    {
        var admin = app.Client();
        var city = "430200";
        var suffix = Guid.NewGuid().ToString("N")[..6];
        string Agency(string name) => $"ps-{name}-{suffix}";
        var (onTime, late, overdue, never, inProgress) = (Agency("ontime"), Agency("late"), Agency("overdue"), Agency("never"), Agency("progress"));
        foreach (var agency in new[] { onTime, late, overdue, never, inProgress }) await admin.CreateAgencyAsync(agency, "430203");

        clock.Set(new DateTimeOffset(2024, 9, 1, 0, 0, 0, TimeSpan.Zero));
        var (_, regionKey) = await admin.CreateKeyAsync("region", city);
        var reviewer = app.Client(regionKey);
        var rule = await reviewer.PostAsync("/api/v1/deadline-rules", Json(
            "{\"regionCode\":\"430200\",\"fiscalYear\":2023,\"rule\":\"workingDaysAfterApproval\",\"days\":20,\"basis\":\"政府信息公开条例 第二十六条: 20 个工作日\"}"));
        Assert.Equal(HttpStatusCode.Created, rule.StatusCode);
        // 批复 on Friday 27 September 2024: 20 working days skip 国庆 (1–7 October) and count the 调休 days 29 September and 12 October.
        foreach (var agency in new[] { onTime, late, overdue })
            Assert.Equal(HttpStatusCode.OK, (await reviewer.PutAsync($"/api/v1/roster/2023/agencies/{agency}", Json("{\"approvalDate\":\"2024-09-27\"}"))).StatusCode);
        foreach (var agency in new[] { never, inProgress })
            Assert.Equal(HttpStatusCode.OK, (await reviewer.PutAsync($"/api/v1/roster/2023/agencies/{agency}", Json("{\"approvalDate\":\"2024-11-11\"}"))).StatusCode);

        clock.Set(new DateTimeOffset(2024, 10, 10, 2, 0, 0, TimeSpan.Zero));
        foreach (var agency in new[] { onTime, late, overdue }) await admin.PutReportAsync(agency, 2023, Documents.Minimal(2023));
        await PublishAsync(admin, onTime);
        await (await admin.PostAsync($"/api/v1/agencies/{overdue}/reports/2023/submit", null)).AssertSuccessAsync();
        clock.Set(new DateTimeOffset(2024, 10, 30, 17, 0, 0, TimeSpan.Zero)); // 31 October, 01:00 in China: one day late
        await PublishAsync(admin, late);
        clock.Set(new DateTimeOffset(2024, 11, 14, 1, 0, 0, TimeSpan.Zero));
        await admin.PutReportAsync(inProgress, 2023, Documents.Minimal(2023));
        await _ledger.DrainAsync();

        clock.Set(new DateTimeOffset(2024, 11, 15, 16, 5, 0, TimeSpan.Zero)); // 00:05 on 16 November in China
        await _ledger.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<PublicationJobs>().RecomputeAllAsync(CancellationToken.None);
            return 0;
        });
        await _ledger.DrainAsync();

        var roster = JsonNode.Parse(await reviewer.GetStringAsync("/api/v1/roster/2023?regionCode=430200"))!.AsArray()
            .Where(e => e!["agencyId"]!.GetValue<string>().EndsWith(suffix, StringComparison.Ordinal))
            .ToDictionary(e => e!["agencyId"]!.GetValue<string>(), e => e!.AsObject());
        Assert.Equal(5, roster.Count);
        AssertStatus(roster[onTime], "published_on_time", "2024-10-30", 0);
        AssertStatus(roster[late], "published_late", "2024-10-30", 1);
        AssertStatus(roster[overdue], "overdue", "2024-10-30", 17);
        Assert.Equal("not_submitted", roster[never]["status"]!.GetValue<string>());
        Assert.Equal("in_progress", roster[inProgress]["status"]!.GetValue<string>());
        Assert.Null(roster[inProgress]["daysLate"]?.GetValue<int>());

        var overdueOnly = JsonNode.Parse(await reviewer.GetStringAsync("/api/v1/roster/2023?regionCode=430200&status=overdue"))!.AsArray();
        Assert.Contains(overdueOnly, e => e!["agencyId"]!.GetValue<string>() == overdue);
        Assert.DoesNotContain(overdueOnly, e => e!["agencyId"]!.GetValue<string>() == late);
    }

    private static void AssertStatus(JsonObject entry, string status, string dueDate, int daysLate)
    {
        Assert.Equal(status, entry["status"]!.GetValue<string>());
        Assert.Equal(dueDate, entry["dueDate"]!.GetValue<string>());
        Assert.Equal(daysLate, entry["daysLate"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_region_key_manages_the_roster_of_its_own_region_only()
    {
        var admin = app.Client();
        var hebei = $"ps-hb-{Guid.NewGuid():N}"[..20];
        await admin.CreateAgencyAsync(hebei, "130102");
        var (_, hunanKey) = await admin.CreateKeyAsync("region", "430000");
        var reviewer = app.Client(hunanKey);

        await (await reviewer.PutAsync($"/api/v1/roster/2023/agencies/{hebei}", Json("{}"))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await reviewer.PostAsync("/api/v1/deadline-rules", Json("{\"regionCode\":\"130000\",\"rule\":\"calendarDaysAfterApproval\",\"days\":15,\"basis\":\"x\"}")))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await reviewer.PutAsync("/api/v1/holidays/2027", Json("{\"source\":\"x\",\"days\":[{\"date\":\"2027-01-01\",\"kind\":\"holiday\"}]}")))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        var (_, agencyKey) = await admin.CreateKeyAsync("agency", hebei);
        await (await app.Client(agencyKey).GetAsync("/api/v1/roster/2023")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}

public sealed class ClockedApiOnlyApp : PerfEvalApp<ProviderTestDatabase>
{
    public TestClock Clock { get; } = new();
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["PerfEval:Roles"] = "api" };
    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<IClock>(Clock);
}

public sealed class ClockedApiOnlyPostgresApp : PerfEvalApp<PostgresTestDatabase>
{
    public TestClock Clock { get; } = new();
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["PerfEval:Roles"] = "api" };
    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<IClock>(Clock);
}
