using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Derivations;

namespace PerfEval.Api.Tests.Jobs;

/// <summary>
/// The ledger is the only path from a save or a rescore to derived results. These hosts run the API role only (no
/// dispatcher), so each test plays the workers itself: claims rows, lets leases lapse as a dead worker would, and
/// runs claims, against the real database.
/// </summary>
// Also run through PgBouncer in transaction pooling mode (lease claims (FOR UPDATE SKIP LOCKED) by competing dispatchers).
[Trait("Provider", "each")]
[Trait("Pooler", "too")]
public sealed class DerivationLedgerTests(ApiOnlyApp app) : IClassFixture<ApiOnlyApp>
{
    private const int MaxAttempts = 3;

    private async Task<string> SavedAgencyAsync(string prefix, int year = 2024)
    {
        var admin = app.Client();
        var agency = $"{prefix}-{Guid.NewGuid():N}"[..20];
        await admin.CreateAgencyAsync(agency, "430203");
        Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(agency, year, Documents.Minimal(year))).StatusCode);
        return agency;
    }

    private readonly LedgerDriver _ledger = new(app, MaxAttempts);

    private Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action) => _ledger.WithScopeAsync(action);

    private Task<IReadOnlyList<Derivation>> RowsAsync(string agency, int year = 2024, int version = 1) =>
        WithScopeAsync(sp => sp.GetRequiredService<IDerivationLedger>().ListForVersionAsync(TenantScope.System, new VersionKey(agency, year, version), CancellationToken.None));

    private Task<List<(string ClaimId, IReadOnlyList<Derivation> Rows)>> ClaimAllAsync(TimeSpan lease) => _ledger.ClaimAllAsync(lease);

    private Task<DerivationRunSummary> RunAsync(string claimId) => _ledger.RunAsync(claimId);

    private Task DrainAsync() => _ledger.DrainAsync();

    private async Task<JsonObject> ScoreAsync(string agency, int year = 2024) =>
        await (await app.Client().GetAsync($"/api/v1/agencies/{agency}/reports/{year}/score")).ReadObjectAsync();

    [Fact]
    public async Task A_save_writes_one_pending_row_per_follow_up_in_its_own_transaction()
    {
        var agency = await SavedAgencyAsync("save");

        var rows = await RowsAsync(agency);

        Assert.Equal(FollowUps.AfterSave.Order(), rows.Select(r => r.Kind).Order());
        Assert.All(rows, r => Assert.Equal(DerivationStates.Pending, r.State));
        Assert.Equal("pending", (await ScoreAsync(agency))["scoringState"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_worker_that_dies_mid_job_leaves_every_version_scored_exactly_once_after_its_lease()
    {
        var agency = await SavedAgencyAsync("dies");
        var dead = await ClaimAllAsync(TimeSpan.FromSeconds(1));
        Assert.Contains(dead.SelectMany(c => c.Rows), r => r.AgencyId == agency);

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await DrainAsync();
        // The dead worker comes back to life and finishes its old claim: it owns nothing any more.
        foreach (var (id, _) in dead) Assert.Equal(new DerivationRunSummary(0, 0, 0), await RunAsync(id));

        var rows = await RowsAsync(agency);
        Assert.All(rows, r => Assert.Equal(DerivationStates.Done, r.State));
        var score = await ScoreAsync(agency);
        Assert.Equal("scored", score["scoringState"]!.GetValue<string>());
        Assert.Equal(2, score["results"]!.AsArray().Count);
        var stored = await WithScopeAsync(sp => sp.GetRequiredService<IScoringRepository>()
            .ListScoresAsync(TenantScope.System, new VersionKey(agency, 2024, 1), CancellationToken.None));
        Assert.Equal(2, stored.Count);
    }

    private Task AddRowAsync(string agency, string kind) => WithScopeAsync(async sp =>
    {
        var unitOfWork = sp.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync(CancellationToken.None);
        await sp.GetRequiredService<IDerivationLedger>().AddAsync(new VersionKey(agency, 2024, 1), [kind], DateTimeOffset.UtcNow, CancellationToken.None);
        await unitOfWork.CommitAsync(CancellationToken.None);
        return 0;
    });

    [Fact]
    public async Task Work_whose_workers_keep_dying_ends_failed_after_its_attempts_never_pending_for_ever()
    {
        var agency = await SavedAgencyAsync("dying");

        // Every claim dies before running its rows: the attempts are used up, and the next run gives up on them.
        for (var attempt = 0; attempt <= MaxAttempts; attempt++)
        {
            await ClaimAllAsync(TimeSpan.FromMilliseconds(1));
            await Task.Delay(20);
        }
        await DrainAsync();

        Assert.All(await RowsAsync(agency), r =>
        {
            Assert.Equal(DerivationStates.Failed, r.State);
            Assert.Contains($"Gave up after {MaxAttempts} attempts", r.LastError);
        });
        var score = await ScoreAsync(agency);
        Assert.Equal("failed", score["scoringState"]!.GetValue<string>());
        Assert.Contains("Gave up", score["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_derivation_that_cannot_succeed_fails_with_its_reason_while_the_rest_completes()
    {
        var agency = await SavedAgencyAsync("fails");
        await AddRowAsync(agency, "score:no-such-profile");

        await DrainAsync();

        var rows = await RowsAsync(agency);
        var failed = Assert.Single(rows, r => r.State == DerivationStates.Failed);
        Assert.Equal("score:no-such-profile", failed.Kind);
        Assert.Contains("Unknown scoring profile", failed.LastError);
        Assert.All(rows.Where(r => r != failed), r => Assert.Equal(DerivationStates.Done, r.State));
        var score = await ScoreAsync(agency);
        Assert.Equal("failed", score["scoringState"]!.GetValue<string>());
        Assert.Contains("no-such-profile", score["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_per_profile_rescore_queues_that_profile_only_and_nothing_runs_before_it_commits()
    {
        var agency = await SavedAgencyAsync("prof", year: 2041);
        await DrainAsync();

        var started = await app.Client().PostAsync("/api/v1/admin/rescore",
            new StringContent("{\"fiscalYear\":2041,\"profile\":\"cn-mof-2020-selfeval\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var run = await started.ReadObjectAsync();
        Assert.Equal(1, run["versions"]!.GetValue<int>());
        Assert.Equal("running", run["state"]!.GetValue<string>());

        var requeued = (await RowsAsync(agency, 2041)).Where(r => r.State == DerivationStates.Pending).Select(r => r.Kind).Order();
        Assert.Equal(["score:cn-mof-2020-selfeval", "yoy", "yoy-next"], requeued);

        await DrainAsync();
        var progress = await (await app.Client().GetAsync($"/api/v1/admin/rescore/{run["id"]!.GetValue<string>()}")).ReadObjectAsync();
        Assert.Equal("completed", progress["state"]!.GetValue<string>());
        Assert.Equal(3, progress["derivations"]!["done"]!.GetValue<int>());
    }

    /// <summary>
    /// Rescores that overlap re-queue the same ledger rows at once; each is accepted (one key order, and a transaction
    /// that loses a conflict runs again), none answers 500, and every row ends pending exactly once.
    /// </summary>
    [Fact]
    public async Task Concurrent_rescores_of_overlapping_versions_are_all_accepted()
    {
        var agencies = new List<string>();
        for (var i = 0; i < 6; i++) agencies.Add(await SavedAgencyAsync($"race{i}", year: 2042));
        await DrainAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => app.Client().PostAsync("/api/v1/admin/rescore",
            new StringContent(i % 2 == 0 ? "{\"fiscalYear\":2042}" : "{}", System.Text.Encoding.UTF8, "application/json"))));

        foreach (var response in responses) Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        foreach (var agency in agencies)
        {
            var rows = await RowsAsync(agency, 2042);
            Assert.Equal(rows.Count, rows.Select(r => r.Kind).Distinct().Count());
            Assert.Contains(rows, r => r.State == DerivationStates.Pending);
        }
        await DrainAsync();
    }
}

public sealed class ApiOnlyApp : PerfEvalApp<ProviderTestDatabase>
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["PerfEval:Roles"] = "api" };
}
