using System.Net;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Api.Tests.Jobs;

namespace PerfEval.Api.Tests.ChangeFeed;

/// <summary>
/// The change feed replays every change exactly once across pages, in order, and a reader that resumes from its
/// cursor while writers run concurrently misses nothing (the rows it saw equal a full replay afterwards).
/// </summary>
[Trait("Provider", "each")]
public sealed class ChangeFeedTests(ApiOnlyApp app) : IClassFixture<ApiOnlyApp>
{
    private readonly LedgerDriver _ledger = new(app);

    public sealed record Change(long Seq, string Kind, string AgencyId, int FiscalYear, int Version, JsonObject Detail);

    private static async Task<(List<Change> Items, string Cursor)> PageAsync(HttpClient client, string? cursor, int limit)
    {
        var response = await client.GetAsync($"/api/v1/changes?limit={limit}" + (cursor is null ? "" : $"&since={Uri.EscapeDataString(cursor)}"));
        await response.AssertSuccessAsync();
        var body = await response.ReadObjectAsync();
        var items = body["items"]!.AsArray().Select(i => new Change(i!["seq"]!.GetValue<long>(), i["kind"]!.GetValue<string>(), i["agencyId"]!.GetValue<string>(),
            i["fiscalYear"]!.GetValue<int>(), i["version"]!.GetValue<int>(), i["detail"]!.AsObject())).ToList();
        return (items, body["nextCursor"]!.GetValue<string>());
    }

    /// <summary>Reads from a cursor until a page comes back empty; returns what was read and where to resume.</summary>
    private static async Task<(List<Change> Items, string? Cursor)> ReadToEndAsync(HttpClient client, string? cursor, int limit)
    {
        var all = new List<Change>();
        while (true)
        {
            var (items, next) = await PageAsync(client, cursor, limit);
            cursor = next;
            if (items.Count == 0) return (all, cursor);
            all.AddRange(items);
        }
    }

    [Fact]
    public async Task Every_change_is_replayed_once_in_order_across_pages()
    {
        var admin = app.Client();
        var agency = "cf-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, "430423");
        var (_, start) = await ReadToEndAsync(admin, null, 500);

        for (var v = 1; v <= 3; v++)
            await (await admin.PutReportAsync(agency, 2023, Documents.Minimal(2023, total: 1000m + v), ifMatch: v == 1 ? null : $"\"{v - 1}\"")).AssertSuccessAsync();
        await (await admin.PostAsync($"/api/v1/agencies/{agency}/reports/2023/submit", null)).AssertSuccessAsync();
        await _ledger.DrainAsync();

        var (paged, resumeAt) = await ReadToEndAsync(admin, start, 2);
        var (whole, _) = await ReadToEndAsync(admin, start, 1000);
        Assert.Equal(whole.Select(c => c.Seq), paged.Select(c => c.Seq));
        Assert.Equal(paged.Count, paged.Select(c => c.Seq).Distinct().Count());

        var mine = paged.Where(c => c.AgencyId == agency).ToList();
        Assert.Equal([1, 2, 3], mine.Where(c => c.Kind == "version").Select(c => c.Version));
        Assert.Equal([1, 2, 3], mine.Where(c => c.Kind == "findings").Select(c => c.Version));
        Assert.Contains(mine, c => c.Kind == "workflow" && c.Detail["state"]!.GetValue<string>() == "submitted");
        Assert.Equal(3, mine.Count(c => c.Kind == "score" && c.Detail["profile"]!.GetValue<string>() == "cn-mof-2020-selfeval"));
        Assert.Contains(mine, c => c.Kind == "yoy");
        // A version's own rows come in the order they were written.
        Assert.True(mine.FindIndex(c => c.Kind == "version" && c.Version == 3) > mine.FindIndex(c => c.Kind == "findings" && c.Version == 2));

        var (nothingNew, sameCursor) = await PageAsync(admin, resumeAt, 10);
        Assert.Empty(nothingNew);
        Assert.Equal(resumeAt, sameCursor);
    }

    [Fact]
    public async Task The_feed_is_tenant_scoped_and_rejects_an_unrecognised_cursor()
    {
        var admin = app.Client();
        var (mine, other) = ("cf-own-" + Guid.NewGuid().ToString("N")[..6], "cf-oth-" + Guid.NewGuid().ToString("N")[..6]);
        await admin.CreateAgencyAsync(mine, "430423");
        await admin.CreateAgencyAsync(other, "130110");
        await (await admin.PutReportAsync(mine, 2022, Documents.Minimal(2022))).AssertSuccessAsync();
        await (await admin.PutReportAsync(other, 2022, Documents.Minimal(2022))).AssertSuccessAsync();

        // The feed serves settled rows only: a transaction still running anywhere on the server (other tests' too)
        // holds back what committed after it began, so the new rows appear moments later, never out of order.
        var (_, agencyKey) = await admin.CreateKeyAsync("agency", mine);
        var seen = new List<Change>();
        await Eventually.HoldsAsync(async () => (seen = (await ReadToEndAsync(app.Client(agencyKey), null, 50)).Items).Count > 0,
            TimeSpan.FromSeconds(30), () => Task.FromResult("the agency's feed stayed empty"));
        Assert.All(seen, c => Assert.Equal(mine, c.AgencyId));

        var (_, hunanKey) = await admin.CreateKeyAsync("region", "430000");
        var regional = new List<Change>();
        await Eventually.HoldsAsync(async () => (regional = (await ReadToEndAsync(app.Client(hunanKey), null, 50)).Items).Any(c => c.AgencyId == mine),
            TimeSpan.FromSeconds(30), () => Task.FromResult("the region's feed never showed the agency"));
        Assert.DoesNotContain(regional, c => c.AgencyId == other);

        await (await admin.GetAsync("/api/v1/changes?since=not-a-cursor")).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await admin.GetAsync("/api/v1/changes?limit=0")).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_reader_resuming_from_its_cursor_while_writers_run_concurrently_misses_nothing()
    {
        var admin = app.Client();
        var (_, start) = await ReadToEndAsync(admin, null, 1000);
        var agencies = Enumerable.Range(0, 6).Select(i => $"cf-w{i}-" + Guid.NewGuid().ToString("N")[..6]).ToList();
        foreach (var agency in agencies) await admin.CreateAgencyAsync(agency, "430423");

        const int versions = 6;
        var writing = agencies.Select(agency => Task.Run(async () =>
        {
            var client = app.Client();
            for (var v = 1; v <= versions; v++)
                await (await client.PutReportAsync(agency, 2022, Documents.Minimal(2022, total: 100m + v), ifMatch: v == 1 ? null : $"\"{v - 1}\"")).AssertSuccessAsync();
        })).ToList();

        var reader = app.Client();
        var seen = new List<Change>();
        var cursor = start;
        while (writing.Any(w => !w.IsCompleted))
        {
            var (items, next) = await PageAsync(reader, cursor, 7);
            seen.AddRange(items);
            cursor = next;
        }
        await Task.WhenAll(writing);
        var (rest, _) = await ReadToEndAsync(reader, cursor, 7);
        seen.AddRange(rest);

        var (replay, _) = await ReadToEndAsync(admin, start, 1000);
        Assert.Equal(replay.Select(c => c.Seq), seen.Select(c => c.Seq));
        foreach (var agency in agencies)
            Assert.Equal(Enumerable.Range(1, versions), seen.Where(c => c.AgencyId == agency && c.Kind == "version").Select(c => c.Version));
    }
}
