using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Derivations;
using PerfEval.Domain.Scoring;

namespace PerfEval.Api.Tests.Reports;

/// <summary>POST /api/v1/imports/reports: NDJSON in, one result per line out, each good line its own version.</summary>
[Trait("Provider", "each")]
public sealed class BulkImportTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Route = "/api/v1/imports/reports";

    private static string NewAgencyId() => "bk-" + Guid.NewGuid().ToString("N")[..10];

    private static string Line(string agency, int year, string report, string? ifMatch = null, string? key = null) =>
        $$"""{"agencyId":"{{agency}}","fiscalYear":{{year}}{{(ifMatch is null ? "" : $",\"ifMatch\":{ifMatch}")}}{{(key is null ? "" : $",\"idempotencyKey\":\"{key}\"")}},"report":{{report}}}""";

    private static async Task<(HttpResponseMessage Response, List<JsonObject> Results)> ImportAsync(HttpClient client, IEnumerable<string> lines,
        string contentType = "application/x-ndjson")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        var response = await client.PostAsync(Route, content);
        if (response.StatusCode != HttpStatusCode.OK) return (response, []);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList());
    }

    private static int Status(JsonObject result) => result["status"]!.GetValue<int>();

    [Fact]
    public async Task Mixed_good_and_bad_lines_store_each_good_line_as_its_own_version_and_answer_every_line()
    {
        var admin = app.Client();
        var (a, b) = (NewAgencyId(), NewAgencyId());
        await admin.CreateAgencyAsync(a, "430423");
        await admin.CreateAgencyAsync(b, "431102");
        const string name = "永州市零陵区司法局（盖章）“三公”经费〔2019〕𠀀";

        var (response, results) = await ImportAsync(admin,
        [
            Line(a, 2022, Documents.Minimal(2022, agencyName: name)),
            "{\"agencyId\":",
            Line(a, 2023, Documents.Minimal(2021)),
            "",
            Line(b, 2022, Documents.Minimal(2022, total: 7.5m)),
            Line("no-such-agency", 2022, Documents.Minimal(2022)),
            $$"""{"agencyId":"{{a}}","fiscalYear":2024,"extra":1,"report":{{Documents.Minimal(2024)}}}""",
            Line(a, 2022, Documents.Minimal(2022, total: 8m)),
            Line(a, 2025, "[]"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([1, 2, 3, 5, 6, 7, 8, 9], results.Select(r => r["line"]!.GetValue<int>()));
        Assert.Equal([201, 400, 422, 201, 404, 422, 200, 422], results.Select(Status));
        Assert.Equal([1, 1, 2], results.Where(r => Status(r) < 300).Select(r => r["version"]!.GetValue<int>()));
        Assert.Contains("/report/fiscalYear", results[2].ErrorPointers());
        Assert.Contains("/extra", results[5].ErrorPointers());
        Assert.Contains("/report", results[7].ErrorPointers());
        Assert.All(results.Where(r => Status(r) >= 400), r => Assert.False(string.IsNullOrEmpty(r["title"]?.GetValue<string>())));
        Assert.All(results.Where(r => Status(r) < 300), r => Assert.NotNull(r["findingCounts"]?["warnings"]));

        Assert.Equal(2, await admin.VersionCountAsync(a, 2022));
        Assert.Equal(1, await admin.VersionCountAsync(b, 2022));
        Assert.Equal(0, await admin.VersionCountAsync(a, 2023));
        Assert.Equal(0, await admin.VersionCountAsync(a, 2024));
        var first = await (await admin.GetAsync($"/api/v1/agencies/{a}/reports/2022/versions/1")).ReadObjectAsync();
        Assert.Equal(name, first["document"]!["agency"]!["name"]!.GetValue<string>());
        var current = await (await admin.GetAsync($"/api/v1/agencies/{a}/reports/2022")).ReadObjectAsync();
        Assert.Equal(8m, current["document"]!["finance"]!["final"]!["expenditure"]!["total"]!["value"]!.GetValue<decimal>());

        // The workers derive each stored version exactly once, as after a PUT: every follow-up done, one score per profile.
        VersionKey[] keys = [new(a, 2022, 1), new(a, 2022, 2), new(b, 2022, 1)];
        await Eventually.HoldsAsync(async () => (await LedgerAsync(keys)).All(d => d.State == DerivationStates.Done)
                                                && (await LedgerAsync(keys)).Count(d => d.Version > 0) == keys.Length * FollowUps.AfterSave.Count,
            TimeSpan.FromSeconds(60), async () => string.Join(", ", (await LedgerAsync(keys)).Select(d => $"{d.AgencyId}/{d.FiscalYear}/{d.Version}/{d.Kind}:{d.State}")));
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var scoring = scope.ServiceProvider.GetRequiredService<IScoringRepository>();
        foreach (var key in keys)
            Assert.Equal(ScoringProfiles.All.Count, (await scoring.ListScoresAsync(TenantScope.System, key, CancellationToken.None)).Count);
    }

    private async Task<IReadOnlyList<Derivation>> LedgerAsync(IReadOnlyList<VersionKey> keys)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDerivationLedger>().ListForVersionsAsync(keys, CancellationToken.None);
    }

    [Fact]
    public async Task A_replayed_batch_creates_nothing_twice()
    {
        var admin = app.Client();
        var (a, b) = (NewAgencyId(), NewAgencyId());
        await admin.CreateAgencyAsync(a, "430423");
        await admin.CreateAgencyAsync(b, "130110");
        var prefix = Guid.NewGuid().ToString("N")[..8];
        string[] batch =
        [
            Line(a, 2022, Documents.Minimal(2022), key: prefix + "-1"),
            Line(b, 2022, Documents.Minimal(2022), key: prefix + "-2"),
            Line(a, 2022, Documents.Minimal(2022, total: 3m), key: prefix + "-3"),
            Line(a, 2023, Documents.Minimal(2021), key: prefix + "-4"),
        ];

        var (_, first) = await ImportAsync(admin, batch);
        var rows = await RowCounts.ReadAsync(app);
        var (_, replay) = await ImportAsync(admin, batch);

        Assert.Equal([201, 201, 200, 422], first.Select(Status));
        Assert.Equal([201, 201, 200, 422], replay.Select(Status));
        Assert.All(replay.Take(3), r => Assert.True(r["replayed"]!.GetValue<bool>()));
        Assert.Equal(first.Take(3).Select(r => r["version"]!.GetValue<int>()), replay.Take(3).Select(r => r["version"]!.GetValue<int>()));
        Assert.Equal(rows, await RowCounts.ReadAsync(app));
        Assert.Equal(2, await admin.VersionCountAsync(a, 2022));

        // The same key with another document is a conflict of that line only; a PUT with a line's key replays the line.
        var (_, misuse) = await ImportAsync(admin, [Line(a, 2022, Documents.Minimal(2022, total: 9m), key: prefix + "-1"), Line(b, 2023, Documents.Minimal(2023))]);
        Assert.Equal([409, 201], misuse.Select(Status));
        var put = await admin.PutReportAsync(b, 2022, Documents.Minimal(2022), idempotencyKey: prefix + "-2");
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.Equal("true", put.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(2, await admin.VersionCountAsync(a, 2022));
    }

    [Fact]
    public async Task Lines_for_another_tenant_get_the_single_routes_answer_and_write_nothing()
    {
        var admin = app.Client();
        var (own, other) = (NewAgencyId(), NewAgencyId());
        await admin.CreateAgencyAsync(own, "430423");
        await admin.CreateAgencyAsync(other, "130110");
        var (_, agencyKey) = await admin.CreateKeyAsync("agency", own);
        var (_, regionKey) = await admin.CreateKeyAsync("region", "430000");

        var (response, results) = await ImportAsync(app.Client(agencyKey),
            [Line(other, 2022, Documents.Minimal(2022)), Line(own, 2022, Documents.Minimal(2022)), Line(other, 2023, Documents.Minimal(2023))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([404, 201, 404], results.Select(Status));
        Assert.Equal(0, await admin.VersionCountAsync(other, 2022));
        Assert.Equal(0, await admin.VersionCountAsync(other, 2023));
        Assert.Equal(1, await admin.VersionCountAsync(own, 2022));

        var before = await RowCounts.ReadAsync(app);
        var (refused, _) = await ImportAsync(app.Client(regionKey), [Line(own, 2023, Documents.Minimal(2023))]);
        await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(before, await RowCounts.ReadAsync(app));
    }

    [Fact]
    public async Task A_batch_over_the_line_limit_is_413_and_another_media_type_415_and_both_write_nothing()
    {
        var admin = app.Client();
        var agency = NewAgencyId();
        await admin.CreateAgencyAsync(agency, "430423");
        var before = await RowCounts.ReadAsync(app);
        var good = Line(agency, 2022, Documents.Minimal(2022));

        var (tooMany, _) = await ImportAsync(admin, Enumerable.Repeat(good, 10_001));
        var problem = await tooMany.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("10000", problem["detail"]!.GetValue<string>());
        await (await ImportAsync(admin, [good], "application/json")).Response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await ImportAsync(admin, [good], "application/x-ndjson; charset=utf-16")).Response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);

        Assert.Equal(before, await RowCounts.ReadAsync(app));
        var (atLimit, results) = await ImportAsync(admin, [good]);
        Assert.Equal(HttpStatusCode.OK, atLimit.StatusCode);
        Assert.Equal(201, Status(results.Single()));
    }

    [Fact]
    public async Task If_match_is_checked_per_line_against_the_version_the_lines_before_it_left()
    {
        var admin = app.Client();
        var agency = NewAgencyId();
        await admin.CreateAgencyAsync(agency, "430423");
        Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(agency, 2022, Documents.Minimal(2022))).StatusCode);

        var (_, results) = await ImportAsync(admin,
        [
            Line(agency, 2022, Documents.Minimal(2022, total: 2m), ifMatch: "\"\\\"1\\\"\""),
            Line(agency, 2022, Documents.Minimal(2022, total: 3m), ifMatch: "1"),
            Line(agency, 2022, Documents.Minimal(2022, total: 4m), ifMatch: "2"),
            Line(agency, 2030, Documents.Minimal(2030), ifMatch: "\"*\""),
            Line(agency, 2022, Documents.Minimal(2022, total: 5m), ifMatch: "\"garbage\""),
        ]);

        Assert.Equal([200, 412, 200, 412, 422], results.Select(Status));
        Assert.Equal([2, 3], results.Where(r => Status(r) == 200).Select(r => r["version"]!.GetValue<int>()));
        Assert.Contains("/ifMatch", results[4].ErrorPointers());
        Assert.Equal(3, await admin.VersionCountAsync(agency, 2022));
        Assert.Equal(0, await admin.VersionCountAsync(agency, 2030));
    }
}
