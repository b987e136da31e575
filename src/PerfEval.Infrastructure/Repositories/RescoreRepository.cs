using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>Rescore runs are platform-level operations (admin only), so their tables carry no tenant scope.</summary>
public sealed class RescoreRepository(DbSession db) : IRescoreRepository
{
    private static readonly string[] ItemColumns = ["run_id", "agency_id", "fiscal_year", "version"];
    private static readonly string[] ItemKey = ["run_id", "agency_id", "fiscal_year"];

    internal const string InsertSql =
        """
        INSERT INTO rescore_runs (id, region_code, fiscal_year, profile, state, total, enqueued, requested_at, updated_at)
        VALUES (@Id, @RegionCode, @FiscalYear, @Profile, @State, @Total, @Enqueued, @RequestedAt, @UpdatedAt)
        """;
    internal const string FindSql =
        "SELECT id AS Id, region_code AS RegionCode, fiscal_year AS FiscalYear, profile AS Profile, state AS State, total AS Total, enqueued AS Enqueued, requested_at AS RequestedAt, updated_at AS UpdatedAt FROM rescore_runs WHERE id = @Id";
    internal const string UpdateSql = "UPDATE rescore_runs SET state = @State, total = @Total, enqueued = @Enqueued, updated_at = @At WHERE id = @Id";

    public Task CreateAsync(RescoreRun run, CancellationToken cancellationToken) =>
        db.ExecuteAsync(InsertSql, new
        {
            run.Id, run.RegionCode, run.FiscalYear, run.Profile, run.State, run.Total, run.Enqueued,
            RequestedAt = Timestamps.ToDb(run.RequestedAt), UpdatedAt = Timestamps.ToDb(run.UpdatedAt),
        }, cancellationToken);

    public async Task<RescoreRun?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<Row>(FindSql, new { Id = id }, cancellationToken);
        return row is null ? null : new RescoreRun(row.Id, row.RegionCode, row.FiscalYear, row.Profile, row.State, row.Total, row.Enqueued,
            Timestamps.FromDb(row.RequestedAt), Timestamps.FromDb(row.UpdatedAt));
    }

    public Task UpdateAsync(string id, string state, int total, int enqueued, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.ExecuteAsync(UpdateSql, new { Id = id, State = state, Total = total, Enqueued = enqueued, At = Timestamps.ToDb(at) }, cancellationToken);

    public Task AddItemsAsync(string runId, IReadOnlyList<VersionKey> items, CancellationToken cancellationToken) =>
        db.ExecuteAsync(db.Dialect.InsertIfAbsent("rescore_items", ItemColumns, ItemKey),
            items.Select(i => new { RunId = runId, i.AgencyId, i.FiscalYear, i.Version }).ToList(), cancellationToken);

    public async Task<int> CountScoredAsync(string runId, IReadOnlyList<(string Profile, string Version)> profileVersions, CancellationToken cancellationToken)
    {
        var scored = 0;
        var items = await db.QueryAsync<Item>("SELECT agency_id AS AgencyId, fiscal_year AS FiscalYear, version AS Version FROM rescore_items WHERE run_id = @RunId", new { RunId = runId }, cancellationToken);
        var results = await db.QueryAsync<Result>(
            "SELECT s.agency_id AS AgencyId, s.fiscal_year AS FiscalYear, s.version AS Version, s.profile AS Profile, s.profile_version AS ProfileVersion "
            + "FROM score_results s JOIN rescore_items i ON i.agency_id = s.agency_id AND i.fiscal_year = s.fiscal_year AND i.version = s.version WHERE i.run_id = @RunId",
            new { RunId = runId }, cancellationToken);
        var have = results.Select(r => (r.AgencyId, r.FiscalYear, r.Version, r.Profile, r.ProfileVersion)).ToHashSet();
        foreach (var item in items)
            if (profileVersions.All(p => have.Contains((item.AgencyId, item.FiscalYear, item.Version, p.Profile, p.Version)))) scored++;
        return scored;
    }

    private sealed class Row
    {
        public string Id { get; init; } = "";
        public string? RegionCode { get; init; }
        public int? FiscalYear { get; init; }
        public string? Profile { get; init; }
        public string State { get; init; } = "";
        public int Total { get; init; }
        public int Enqueued { get; init; }
        public string RequestedAt { get; init; } = "";
        public string UpdatedAt { get; init; } = "";
    }

    private sealed class Item
    {
        public string AgencyId { get; init; } = "";
        public int FiscalYear { get; init; }
        public int Version { get; init; }
    }

    private sealed class Result
    {
        public string AgencyId { get; init; } = "";
        public int FiscalYear { get; init; }
        public int Version { get; init; }
        public string Profile { get; init; } = "";
        public string ProfileVersion { get; init; } = "";
    }
}
