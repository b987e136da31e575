using Dapper;
using PerfEval.Application.Abstractions;
using PerfEval.Domain.Scoring;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>
/// The derivation ledger in SQL. A row is completed only by the claim that holds it (<c>claim_id</c>), so a row that
/// was re-claimed after its lease expired, or re-queued by a rescore, is never marked done by a late worker.
/// </summary>
public sealed class DerivationLedger(DbSession db) : IDerivationLedger
{
    private static readonly string[] Columns = ["agency_id", "fiscal_year", "version", "kind", "state", "attempts", "due_at", "created_at", "updated_at"];

    private const string RowColumns =
        "d.agency_id AS AgencyId, d.fiscal_year AS FiscalYear, d.version AS Version, d.kind AS Kind, d.state AS State, d.attempts AS Attempts, d.claim_id AS ClaimId, d.last_error AS LastError";

    internal const string ListClaimedSql = "SELECT " + RowColumns + " FROM derivations d WHERE d.claim_id = @ClaimId AND d.state = 'running'";
    internal const string CountInFlightSql = "SELECT COUNT(*) FROM derivations WHERE state = 'running' AND due_at > @Now";
    internal const string ListForVersionSql =
        "SELECT " + RowColumns + " FROM derivations d JOIN agencies a ON a.id = d.agency_id "
        + "WHERE d.agency_id = @AgencyId AND d.fiscal_year = @FiscalYear AND d.version = @Version AND {scope} ORDER BY d.kind";
    internal const string CountRunSql =
        "SELECT COALESCE(SUM(CASE WHEN state = 'pending' THEN 1 ELSE 0 END), 0) AS Pending, COALESCE(SUM(CASE WHEN state = 'running' THEN 1 ELSE 0 END), 0) AS Running, "
        + "COALESCE(SUM(CASE WHEN state = 'done' THEN 1 ELSE 0 END), 0) AS Done, COALESCE(SUM(CASE WHEN state = 'failed' THEN 1 ELSE 0 END), 0) AS Failed "
        + "FROM derivations WHERE run_id = @RunId";
    internal const string RetrySql =
        "UPDATE derivations SET state = 'pending', due_at = @DueAt, attempts = attempts - @Refund, last_error = @Error, claim_id = NULL, updated_at = @At "
        + "WHERE agency_id = @AgencyId AND fiscal_year = @FiscalYear AND version = @Version AND kind = @Kind AND claim_id = @ClaimId AND state = 'running'";
    internal const string FailSql =
        "UPDATE derivations SET state = 'failed', due_at = @At, last_error = @Error, claim_id = NULL, updated_at = @At "
        + "WHERE agency_id = @AgencyId AND fiscal_year = @FiscalYear AND version = @Version AND kind = @Kind AND claim_id = @ClaimId AND state = 'running'";
    internal const string CompleteRestSql =
        "UPDATE derivations SET state = 'done', last_error = NULL, claim_id = NULL, updated_at = @At WHERE claim_id = @ClaimId AND state = 'running'";
    public const string RescoreSourceSelect =
        "SELECT r.agency_id AS agency_id, r.fiscal_year AS fiscal_year, r.current_version AS version, k.kind AS kind FROM reports r "
        + "JOIN agencies a ON a.id = r.agency_id CROSS JOIN ({kinds}) k "
        + "WHERE (@RegionPrefix IS NULL OR a.region_path LIKE @RegionPrefix) AND (@FiscalYear IS NULL OR r.fiscal_year = @FiscalYear)";

    public const string RosterSourceSelect =
        "SELECT e.agency_id AS agency_id, e.fiscal_year AS fiscal_year, 0 AS version, @Kind AS kind FROM roster_entries e "
        + "JOIN agencies a ON a.id = e.agency_id LEFT JOIN publication_statuses p ON p.agency_id = e.agency_id AND p.fiscal_year = e.fiscal_year "
        + "WHERE (@AgencyId IS NULL OR e.agency_id = @AgencyId) AND (@FiscalYear IS NULL OR e.fiscal_year = @FiscalYear) "
        + "AND (@RegionPrefix IS NULL OR a.region_path LIKE @RegionPrefix) "
        + "AND (@UnpublishedOnly = 0 OR p.status IS NULL OR p.status NOT LIKE 'published%')";

    /// <summary>Every report year of a region (its own derivation, version 0), whether on a roster or not.</summary>
    public const string ReportYearSourceSelect =
        "SELECT r.agency_id AS agency_id, r.fiscal_year AS fiscal_year, 0 AS version, @Kind AS kind FROM reports r "
        + "JOIN agencies a ON a.id = r.agency_id WHERE a.region_path LIKE @RegionPrefix";

    public const string YearSourceSelect = "SELECT @AgencyId AS agency_id, @FiscalYear AS fiscal_year, 0 AS version, @Kind AS kind";

    private const int MaxErrorLength = 2000;

    public Task AddAsync(VersionKey key, IReadOnlyList<string> kinds, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.InsertManyDeferredAsync("derivations", Columns, kinds,
            kind => [key.AgencyId, key.FiscalYear, key.Version, kind, DerivationStates.Pending, 0, at, at, at], cancellationToken);

    public Task<int> RequeueCurrentVersionsAsync(ReportListFilter filter, IReadOnlyList<string> kinds, string runId, DateTimeOffset at, CancellationToken cancellationToken) =>
        RequeueCurrentVersionsAsync(filter, ProfileApplicability.Everywhere, kinds, runId, at, cancellationToken);

    public async Task<int> RequeueCurrentVersionsAsync(ReportListFilter filter, ProfileApplicability applies, IReadOnlyList<string> kinds, string runId,
        DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (kinds.Count == 0) return 0;
        // Every stored report is of one kind today: a profile for other kinds applies to none of them.
        if (applies.ReportKinds.Count > 0 && !applies.ReportKinds.Contains(Domain.Scoring.ReportKinds.DepartmentOverall, StringComparer.Ordinal)) return 0;
        var parameters = new DynamicParameters(new
        {
            RegionPrefix = filter.RegionPath is null ? null : filter.RegionPath + "%",
            filter.FiscalYear,
            RunId = runId,
            Now = at,
            DueAt = at,
        });
        for (var i = 0; i < kinds.Count; i++) parameters.Add($"Kind{i}", kinds[i]);
        var kindRows = string.Join(" UNION ALL ", kinds.Select((_, i) => $"SELECT @Kind{i} AS kind"));
        var source = RescoreSourceSelect.Replace("{kinds}", kindRows, StringComparison.Ordinal) + ApplicableSql(applies, parameters);
        var rows = await db.ExecuteAsync(db.Dialect.RequeueDerivationsSql(source), parameters, cancellationToken);
        return rows / kinds.Count;
    }

    /// <summary>The conditions appended to <see cref="RescoreSourceSelect"/> for a profile's applicability: a region
    /// covers its descendants (its code is a segment of the agency's region path), years are inclusive bounds.</summary>
    public static string ApplicableSql(ProfileApplicability applies, DynamicParameters parameters)
    {
        var sql = new System.Text.StringBuilder();
        if (applies.Regions.Count > 0)
        {
            sql.Append(" AND (").AppendJoin(" OR ", applies.Regions.Select((_, i) => $"a.region_path LIKE @AppliesRegion{i}")).Append(')');
            for (var i = 0; i < applies.Regions.Count; i++) parameters.Add($"AppliesRegion{i}", "%" + applies.Regions[i] + "/%");
        }
        if (applies.FromYear is { } from)
        {
            sql.Append(" AND r.fiscal_year >= @AppliesFromYear");
            parameters.Add("AppliesFromYear", from);
        }
        if (applies.ToYear is { } to)
        {
            sql.Append(" AND r.fiscal_year <= @AppliesToYear");
            parameters.Add("AppliesToYear", to);
        }
        if (applies.Sectors.Count > 0)
        {
            sql.Append(" AND a.sector IN (").AppendJoin(", ", applies.Sectors.Select((_, i) => $"@AppliesSector{i}")).Append(')');
            for (var i = 0; i < applies.Sectors.Count; i++) parameters.Add($"AppliesSector{i}", applies.Sectors[i]);
        }
        return sql.ToString();
    }

    public Task<int> RequeueRosterAsync(string kind, string? agencyId, int? fiscalYear, string? regionPath, bool unpublishedOnly, DateTimeOffset at,
        CancellationToken cancellationToken) =>
        db.ExecuteAsync(db.Dialect.RequeueDerivationsSql(RosterSourceSelect), RosterParameters(kind, agencyId, fiscalYear, regionPath, unpublishedOnly, at), cancellationToken);

    private static object RosterParameters(string kind, string? agencyId, int? fiscalYear, string? regionPath, bool unpublishedOnly, DateTimeOffset at) => new
    {
        Kind = kind,
        AgencyId = agencyId,
        FiscalYear = fiscalYear,
        RegionPrefix = regionPath is null ? null : regionPath + "%",
        UnpublishedOnly = unpublishedOnly ? 1 : 0,
        RunId = (string?)null,
        Now = at,
        DueAt = at,
    };

    public Task RequeueRosterEntryAsync(string kind, string agencyId, int fiscalYear, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.DeferAsync(db.Dialect.RequeueDerivationsSql(RosterSourceSelect), RosterParameters(kind, agencyId, fiscalYear, null, false, at), cancellationToken);

    public Task<int> RequeueReportYearsAsync(string kind, string regionPath, DateTimeOffset at, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        db.ExecuteAsync(db.Dialect.RequeueDerivationsSql(ReportYearSourceSelect),
            new { Kind = kind, RegionPrefix = regionPath + "%", RunId = (string?)null, Now = at, DueAt = dueAt }, cancellationToken);

    public Task RequeueYearAsync(string kind, string agencyId, int fiscalYear, DateTimeOffset at, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        db.DeferAsync(db.Dialect.RequeueDerivationsSql(YearSourceSelect),
            new { Kind = kind, AgencyId = agencyId, FiscalYear = fiscalYear, RunId = (string?)null, Now = at, DueAt = dueAt }, cancellationToken);

    public async Task RequeueYearsAsync(string kind, IReadOnlyCollection<ReportYear> years, DateTimeOffset at, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        if (years.Count == 0) return;
        var ordered = years.Distinct().OrderBy(y => y.AgencyId, StringComparer.Ordinal).ThenBy(y => y.FiscalYear).ToList();
        foreach (var chunk in ordered.Chunk(400))
        {
            var parameters = new DynamicParameters(new { Kind = kind, RunId = (string?)null, Now = at, DueAt = dueAt });
            var rows = new List<string>(chunk.Length);
            for (var i = 0; i < chunk.Length; i++)
            {
                rows.Add($"SELECT @A{i} AS agency_id, @Y{i} AS fiscal_year, 0 AS version, @Kind AS kind");
                parameters.Add($"A{i}", chunk[i].AgencyId);
                parameters.Add($"Y{i}", chunk[i].FiscalYear);
            }
            await db.ExecuteAsync(db.Dialect.RequeueDerivationsSql(string.Join(" UNION ALL ", rows)), parameters, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<Derivation>> ClaimAsync(string claimId, int limit, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await db.BeginAsync(cancellationToken);
        try
        {
            var rows = await db.QueryAsync<Derivation>(db.Dialect.ClaimDerivationsSql,
                new { ClaimId = claimId, Limit = limit, Now = now, LeaseUntil = leaseUntil }, cancellationToken);
            await db.CommitAsync(cancellationToken);
            return rows;
        }
        catch
        {
            await db.RollbackAsync(CancellationToken.None);
            throw;
        }
    }

    public Task<int> CountInFlightAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<int>(CountInFlightSql, new { Now = now }, cancellationToken);

    public Task<IReadOnlyList<Derivation>> ListClaimedAsync(string claimId, CancellationToken cancellationToken) =>
        db.QueryAsync<Derivation>(ListClaimedSql, new { ClaimId = claimId }, cancellationToken);

    public async Task<IReadOnlyList<Derivation>> ListForVersionsAsync(IReadOnlyList<VersionKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0) return [];
        var (match, parameters) = VersionKeySql.AnyOf("d", keys);
        return await db.QueryAsync<Derivation>("SELECT " + RowColumns + " FROM derivations d WHERE " + match, parameters, cancellationToken);
    }

    public async Task RecordAsync(string claimId, IReadOnlyList<DerivationOutcome> outcomes, DateTimeOffset at, CancellationToken cancellationToken)
    {
        foreach (var outcome in outcomes)
        {
            var row = outcome.Row;
            switch (outcome)
            {
                case DerivationOutcome.RetryLater retry:
                    await db.ExecuteAsync(RetrySql, new
                    {
                        row.AgencyId, row.FiscalYear, row.Version, row.Kind, ClaimId = claimId, retry.DueAt, Refund = retry.CountsAsAttempt ? 0 : 1,
                        Error = Truncate(retry.Reason), At = at,
                    }, cancellationToken);
                    break;
                case DerivationOutcome.Failed failed:
                    await db.ExecuteAsync(FailSql, new { row.AgencyId, row.FiscalYear, row.Version, row.Kind, ClaimId = claimId, Error = Truncate(failed.Reason), At = at },
                        cancellationToken);
                    break;
            }
        }
        // Every row of the claim has an outcome; what is still running under it now is what completed.
        await db.ExecuteAsync(CompleteRestSql, new { ClaimId = claimId, At = at }, cancellationToken);
    }

    public async Task<IReadOnlyList<Derivation>> ListForVersionAsync(TenantScope scope, VersionKey key, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(ListForVersionSql, scope, key);
        return await db.QueryAsync<Derivation>(sql, parameters, cancellationToken);
    }

    public async Task<DerivationCounts> CountRunAsync(string runId, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<DerivationCounts>(CountRunSql, new { RunId = runId }, cancellationToken) ?? new DerivationCounts(0, 0, 0, 0);

    private static string Truncate(string text) => text.Length > MaxErrorLength ? text[..MaxErrorLength] : text;
}
