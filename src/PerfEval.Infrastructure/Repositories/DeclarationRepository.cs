using Dapper;
using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>Declaration heads (<see cref="ReviewHeadTable"/>), immutable versions and their checks. Every tenant statement joins agencies (alias a) under the caller's scope.</summary>
public sealed class DeclarationRepository(DbSession db) : IDeclarationRepository
{
    private static readonly string[] CheckColumns =
        ["agency_id", "fiscal_year", "report_version", "declaration_version", "ruleset_version", "findings", "error_count", "warning_count", "computed_at"];
    private static readonly string[] ScoreColumns =
        ["agency_id", "fiscal_year", "profile", "profile_version", "report_version", "declaration_version", "quoted_total", "declared_total", "difference", "result", "computed_at"];

    private const string VersionColumns =
        "v.agency_id AS AgencyId, v.fiscal_year AS FiscalYear, v.version AS Version, v.document AS DocumentJson, v.document_hash AS DocumentHash, "
        + "v.created_at AS CreatedAt, v.created_by AS CreatedBy";

    internal const string FindVersionSql =
        "SELECT " + VersionColumns + " FROM declaration_versions v JOIN agencies a ON a.id = v.agency_id "
        + "WHERE v.agency_id = @AgencyId AND v.fiscal_year = @FiscalYear AND v.version = @Version AND {scope}";
    internal const string ListVersionsSql =
        "SELECT " + VersionColumns + " FROM declaration_versions v JOIN agencies a ON a.id = v.agency_id "
        + "WHERE v.agency_id = @AgencyId AND v.fiscal_year = @FiscalYear AND {scope} ORDER BY v.version";
    internal const string InsertVersionSql =
        """
        INSERT INTO declaration_versions (agency_id, fiscal_year, version, document, document_hash, created_at, created_by)
        VALUES (@AgencyId, @FiscalYear, @Version, @DocumentJson, @DocumentHash, @CreatedAt, @CreatedBy)
        """;
    /// <summary>The ledger row of a year's check, only when the year has an approved declaration (the workers' own statement).</summary>
    public const string ApprovedYearSourceSelect =
        "SELECT d.agency_id AS agency_id, d.fiscal_year AS fiscal_year, 0 AS version, @Kind AS kind FROM declarations d "
        + "WHERE d.agency_id = @AgencyId AND d.fiscal_year = @FiscalYear AND d.approved_version IS NOT NULL";

    internal const string ListApprovedSql =
        "SELECT " + VersionColumns + " FROM declarations d JOIN declaration_versions v ON v.agency_id = d.agency_id AND v.fiscal_year = d.fiscal_year "
        + "AND v.version = d.approved_version WHERE " + YearKeySql.Token;

    internal const string FindCheckSql =
        "SELECT c.agency_id AS AgencyId, c.fiscal_year AS FiscalYear, c.report_version AS ReportVersion, c.declaration_version AS DeclarationVersion, "
        + "c.ruleset_version AS RulesetVersion, c.findings AS FindingsJson, c.error_count AS ErrorCount, c.warning_count AS WarningCount, c.computed_at AS ComputedAt "
        + "FROM declared_target_checks c JOIN agencies a ON a.id = c.agency_id WHERE c.agency_id = @AgencyId AND c.fiscal_year = @FiscalYear AND {scope}";
    private const string RegionChecks =
        " FROM declared_target_checks c JOIN agencies a ON a.id = c.agency_id WHERE a.region_path LIKE @RegionPrefix"
        + " AND (@FiscalYear IS NULL OR c.fiscal_year = @FiscalYear) AND {scope}";
    internal const string ListRegionChecksSql =
        "SELECT c.agency_id AS AgencyId, c.fiscal_year AS FiscalYear, c.report_version AS ReportVersion, c.declaration_version AS DeclarationVersion, "
        + "c.ruleset_version AS RulesetVersion, c.findings AS FindingsJson, c.error_count AS ErrorCount, c.warning_count AS WarningCount, c.computed_at AS ComputedAt"
        + RegionChecks + " ORDER BY c.agency_id, c.fiscal_year";
    internal const string RegionChecksVersionSql = "SELECT MAX(c.computed_at) AS DataAsOf, COUNT(*) AS FactCount" + RegionChecks;
    internal const string ListScoresSql =
        "SELECT s.agency_id AS AgencyId, s.fiscal_year AS FiscalYear, s.profile AS Profile, s.profile_version AS ProfileVersion, s.report_version AS ReportVersion, "
        + "s.declaration_version AS DeclarationVersion, s.quoted_total AS QuotedTotal, s.declared_total AS DeclaredTotal, s.difference AS Difference, "
        + "s.result AS ResultJson, s.computed_at AS ComputedAt "
        + "FROM declared_scores s JOIN agencies a ON a.id = s.agency_id WHERE s.agency_id = @AgencyId AND s.fiscal_year = @FiscalYear AND {scope} ORDER BY s.profile";

    public IReviewHeads Heads { get; } = new ReviewHeadTable(db, "declarations", periodic: false);

    public async Task<DeclarationVersionRecord?> FindVersionAsync(TenantScope scope, VersionKey key, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(FindVersionSql, scope, key);
        return await db.QuerySingleOrDefaultAsync<DeclarationVersionRecord>(sql, parameters, cancellationToken);
    }

    public async Task<IReadOnlyList<DeclarationVersionRecord>> ListVersionsAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(ListVersionsSql, scope, new { AgencyId = agencyId, FiscalYear = fiscalYear });
        return await db.QueryAsync<DeclarationVersionRecord>(sql, parameters, cancellationToken);
    }

    public Task InsertVersionAsync(DeclarationVersionRecord version, CancellationToken cancellationToken) =>
        db.ExecuteAsync(InsertVersionSql, version, cancellationToken);

    public Task RequeueCheckAsync(string kind, string agencyId, int fiscalYear, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.DeferAsync(db.Dialect.RequeueDerivationsSql(ApprovedYearSourceSelect),
            new { Kind = kind, AgencyId = agencyId, FiscalYear = fiscalYear, RunId = (string?)null, Now = at, DueAt = at }, cancellationToken);

    public async Task<IReadOnlyList<DeclarationVersionRecord>> ListApprovedAsync(IReadOnlyCollection<ReportYear> years, CancellationToken cancellationToken)
    {
        if (years.Count == 0) return [];
        var (match, parameters) = YearKeySql.AnyOf("d", years);
        return await db.QueryAsync<DeclarationVersionRecord>(ListApprovedSql.Replace(YearKeySql.Token, match, StringComparison.Ordinal), parameters, cancellationToken);
    }

    public async Task UpsertChecksAsync(IReadOnlyList<StoredTargetCheck> checks, IReadOnlyList<StoredDeclaredScore> scores, CancellationToken cancellationToken)
    {
        await db.UpsertManyAsync("declared_target_checks", CheckColumns, ["agency_id", "fiscal_year"],
            checks.DistinctBy(c => (c.AgencyId, c.FiscalYear)).OrderBy(c => c.AgencyId, StringComparer.Ordinal).ThenBy(c => c.FiscalYear).ToList(),
            c => [c.AgencyId, c.FiscalYear, c.ReportVersion, c.DeclarationVersion, c.RulesetVersion, c.FindingsJson, c.ErrorCount, c.WarningCount, c.ComputedAt],
            cancellationToken);
        await db.UpsertManyAsync("declared_scores", ScoreColumns, ["agency_id", "fiscal_year", "profile"],
            scores.DistinctBy(s => (s.AgencyId, s.FiscalYear, s.Profile)).OrderBy(s => s.AgencyId, StringComparer.Ordinal).ThenBy(s => s.FiscalYear)
                .ThenBy(s => s.Profile, StringComparer.Ordinal).ToList(),
            s => [s.AgencyId, s.FiscalYear, s.Profile, s.ProfileVersion, s.ReportVersion, s.DeclarationVersion, s.QuotedTotal, s.DeclaredTotal, s.Difference, s.ResultJson, s.ComputedAt],
            cancellationToken);
    }

    public async Task<StoredTargetCheck?> FindCheckAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(FindCheckSql, scope, new { AgencyId = agencyId, FiscalYear = fiscalYear });
        return await db.QuerySingleOrDefaultAsync<StoredTargetCheck>(sql, parameters, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredTargetCheck>> ListChecksAsync(TenantScope scope, string regionPath, int? fiscalYear, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(ListRegionChecksSql, scope, new { RegionPrefix = regionPath + "%", FiscalYear = fiscalYear });
        return await db.QueryAsync<StoredTargetCheck>(sql, parameters, cancellationToken);
    }

    public async Task<FactsVersion> ChecksVersionAsync(TenantScope scope, string regionPath, int? fiscalYear, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(RegionChecksVersionSql, scope, new { RegionPrefix = regionPath + "%", FiscalYear = fiscalYear });
        return await db.QuerySingleOrDefaultAsync<FactsVersion>(sql, parameters, cancellationToken) ?? new FactsVersion(null, 0);
    }

    public async Task<IReadOnlyList<StoredDeclaredScore>> ListScoresAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(ListScoresSql, scope, new { AgencyId = agencyId, FiscalYear = fiscalYear });
        return await db.QueryAsync<StoredDeclaredScore>(sql, parameters, cancellationToken);
    }
}
