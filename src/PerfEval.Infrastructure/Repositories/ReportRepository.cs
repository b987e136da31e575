using Dapper;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Reports;
using PerfEval.Domain.Audit;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>Report heads and immutable versions. Every statement joins agencies (alias a) under the caller's scope.</summary>
public sealed class ReportRepository(DbSession db) : IReportRepository
{
    private static readonly string[] FindingColumns = ["agency_id", "fiscal_year", "version", "seq", "rule_id", "severity", "ruleset_version", "body"];

    private const string HeadColumns =
        "r.agency_id AS AgencyId, r.fiscal_year AS FiscalYear, r.current_version AS Version, r.status AS Status, r.created_at AS CreatedAt, r.updated_at AS UpdatedAt, "
        + "v.error_count AS ErrorCount, v.warning_count AS WarningCount, v.info_count AS InfoCount, r.first_published_at AS FirstPublishedAt";
    private const string HeadFrom =
        " FROM reports r JOIN report_versions v ON v.agency_id = r.agency_id AND v.fiscal_year = r.fiscal_year AND v.version = r.current_version JOIN agencies a ON a.id = r.agency_id";
    private const string VersionColumns =
        "v.agency_id AS AgencyId, v.fiscal_year AS FiscalYear, v.version AS Version, v.status AS Status, v.document AS DocumentJson, v.document_hash AS DocumentHash, "
        + "v.ruleset_version AS RulesetVersion, v.error_count AS ErrorCount, v.warning_count AS WarningCount, v.info_count AS InfoCount, "
        + "v.created_at AS CreatedAt, v.created_by AS CreatedBy, v.submitted_at AS SubmittedAt";

    internal const string FindAgencyAndHeadSql =
        "SELECT " + AgencyRepository.Columns + ", " + HeadColumns + " FROM agencies a "
        + "LEFT JOIN reports r ON r.agency_id = a.id AND r.fiscal_year = @FiscalYear "
        + "LEFT JOIN report_versions v ON v.agency_id = r.agency_id AND v.fiscal_year = r.fiscal_year AND v.version = r.current_version "
        + "WHERE a.id = @AgencyId AND {scope}";
    internal const string FindHeadSql = "SELECT " + HeadColumns + HeadFrom + " WHERE r.agency_id = @AgencyId AND r.fiscal_year = @FiscalYear AND {scope}";
    internal const string FindVersionSql =
        "SELECT " + VersionColumns + " FROM report_versions v JOIN agencies a ON a.id = v.agency_id WHERE v.agency_id = @AgencyId AND v.fiscal_year = @FiscalYear AND v.version = @Version AND {scope}";
    internal const string ListVersionsSql =
        "SELECT " + VersionColumns + " FROM report_versions v JOIN agencies a ON a.id = v.agency_id WHERE v.agency_id = @AgencyId AND v.fiscal_year = @FiscalYear AND {scope} ORDER BY v.version";
    internal const string FindFindingsSql =
        "SELECT f.body FROM report_findings f JOIN agencies a ON a.id = f.agency_id WHERE f.agency_id = @AgencyId AND f.fiscal_year = @FiscalYear AND f.version = @Version AND {scope} ORDER BY f.seq";
    internal const string VersionExistsSql =
        "SELECT COUNT(*) FROM report_versions v JOIN agencies a ON a.id = v.agency_id WHERE v.agency_id = @AgencyId AND v.fiscal_year = @FiscalYear AND v.version = @Version AND {scope}";
    internal const string InsertHeadSql =
        """
        INSERT INTO reports (agency_id, fiscal_year, current_version, status, created_at, updated_at)
        SELECT a.id, @FiscalYear, @Version, 'draft', @CreatedAt, @CreatedAt FROM agencies a WHERE a.id = @AgencyId AND {scope}
        """;
    internal const string AdvanceHeadSql =
        """
        UPDATE reports SET current_version = @Version, status = 'draft', updated_at = @CreatedAt
        WHERE agency_id = @AgencyId AND fiscal_year = @FiscalYear AND current_version = @ExpectedVersion
          AND agency_id IN (SELECT a.id FROM agencies a WHERE {scope})
        """;
    internal const string InsertVersionSql =
        """
        INSERT INTO report_versions (agency_id, fiscal_year, version, status, document, document_hash, metrics, ruleset_version, error_count, warning_count, info_count, created_at, created_by, submitted_at)
        VALUES (@AgencyId, @FiscalYear, @Version, 'draft', @Document, @DocumentHash, @Metrics, @RulesetVersion, @Errors, @Warnings, @Infos, @CreatedAt, @CreatedBy, NULL)
        """;
    internal const string ListCurrentFindingsSqlTemplate =
        "SELECT f.agency_id AS AgencyId, a.name AS AgencyName, a.region_code AS RegionCode, f.fiscal_year AS FiscalYear, f.version AS Version, f.body AS Finding "
        + "FROM report_findings f JOIN reports r ON r.agency_id = f.agency_id AND r.fiscal_year = f.fiscal_year AND r.current_version = f.version "
        + "JOIN agencies a ON a.id = f.agency_id WHERE {scope} "
        + "AND (@RegionPrefix IS NULL OR a.region_path LIKE @RegionPrefix) AND (@FiscalYear IS NULL OR f.fiscal_year = @FiscalYear) "
        + "AND (@RuleId IS NULL OR f.rule_id = @RuleId) AND (@Severity IS NULL OR f.severity = @Severity) "
        + "ORDER BY f.agency_id, f.fiscal_year, f.seq ";
    internal const string ListSqlTemplate =
        "SELECT " + HeadColumns + HeadFrom + " WHERE {scope}"
        + " AND (@RegionPrefix IS NULL OR a.region_path LIKE @RegionPrefix) AND (@FiscalYear IS NULL OR r.fiscal_year = @FiscalYear)"
        + " AND (@Status IS NULL OR r.status = @Status)"
        + " AND (@CursorAgency IS NULL OR r.agency_id > @CursorAgency OR (r.agency_id = @CursorAgency AND r.fiscal_year > @CursorYear))"
        + " ORDER BY r.agency_id, r.fiscal_year ";
    internal const string ListYearSnapshotsSql =
        "SELECT r.agency_id AS AgencyId, r.fiscal_year AS FiscalYear, r.current_version AS Version, v.document_hash AS DocumentHash, v.metrics AS Metrics"
        + HeadFrom + " WHERE r.agency_id = @AgencyId AND r.fiscal_year >= @FromYear AND r.fiscal_year <= @ToYear AND {scope}";

    internal const string ListHeadsSql = "SELECT " + HeadColumns + HeadFrom + " WHERE " + YearKeySql.Token + " AND {scope}";
    internal const string ListCurrentSnapshotsSql =
        "SELECT r.agency_id AS AgencyId, r.fiscal_year AS FiscalYear, r.current_version AS Version, v.document_hash AS DocumentHash, v.metrics AS Metrics"
        + HeadFrom + " WHERE " + YearKeySql.Token + " AND {scope}";

    public async Task<IReadOnlyList<ReportHead>> ListHeadsAsync(TenantScope scope, IReadOnlyCollection<ReportYear> years, CancellationToken cancellationToken)
    {
        if (years.Count == 0) return [];
        var (sql, parameters) = YearKeySql.Apply(ListHeadsSql, "r", years, scope);
        return await db.QueryAsync<ReportHead>(sql, parameters, cancellationToken);
    }

    public async Task<IReadOnlyList<YearSnapshot>> ListYearSnapshotsAsync(TenantScope scope, IReadOnlyCollection<ReportYear> years, CancellationToken cancellationToken)
    {
        if (years.Count == 0) return [];
        var (sql, parameters) = YearKeySql.Apply(ListCurrentSnapshotsSql, "r", years, scope);
        return await db.QueryAsync<YearSnapshot>(sql, parameters, cancellationToken);
    }

    public async Task<(AgencyRecord? Agency, ReportHead? Head)> FindAgencyAndHeadAsync(TenantScope scope, string agencyId, int fiscalYear,
        CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(FindAgencyAndHeadSql, scope, new { AgencyId = agencyId, FiscalYear = fiscalYear });
        // The head's columns start at AgencyId; with no report for the year they are all NULL and Dapper gives no head.
        var rows = await db.QueryAsync<AgencyRecord, ReportHead?, (AgencyRecord?, ReportHead?)>(sql, parameters, (agency, head) => (agency, head), "AgencyId",
            cancellationToken);
        return rows.Count == 0 ? (null, null) : rows[0];
    }

    public async Task<ReportHead?> FindHeadAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(FindHeadSql, scope, new { AgencyId = agencyId, FiscalYear = fiscalYear });
        return await db.QuerySingleOrDefaultAsync<ReportHead>(sql, parameters, cancellationToken);
    }

    public async Task<ReportVersionRecord?> FindVersionAsync(TenantScope scope, VersionKey key, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(FindVersionSql, scope, key);
        return await db.QuerySingleOrDefaultAsync<ReportVersionRecord>(sql, parameters, cancellationToken);
    }

    public async Task<IReadOnlyList<ReportVersionRecord>> FindVersionsAsync(TenantScope scope, IReadOnlyList<VersionKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0) return [];
        var (match, values) = VersionKeySql.AnyOf("v", keys);
        var (sql, parameters) = ScopeSql.Apply(
            "SELECT " + VersionColumns + " FROM report_versions v JOIN agencies a ON a.id = v.agency_id WHERE " + match + " AND {scope}", scope, null);
        parameters.AddDynamicParams(values);
        return await db.QueryAsync<ReportVersionRecord>(sql, parameters, cancellationToken);
    }

    public async Task<IReadOnlyList<ReportVersionRecord>> ListVersionsAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(ListVersionsSql, scope, new { AgencyId = agencyId, FiscalYear = fiscalYear });
        return await db.QueryAsync<ReportVersionRecord>(sql, parameters, cancellationToken);
    }

    public async Task<IReadOnlyList<Finding>?> FindFindingsAsync(TenantScope scope, VersionKey key, CancellationToken cancellationToken)
    {
        var (existsSql, existsParameters) = ScopeSql.Apply(VersionExistsSql, scope, key);
        if (await db.QuerySingleOrDefaultAsync<int>(existsSql, existsParameters, cancellationToken) == 0) return null;
        var (sql, parameters) = ScopeSql.Apply(FindFindingsSql, scope, key);
        return await db.QueryAsync<Finding>(sql, parameters, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<VersionKey, IReadOnlyList<Finding>>> FindFindingsAsync(TenantScope scope, IReadOnlyList<VersionKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0) return new Dictionary<VersionKey, IReadOnlyList<Finding>>();
        var (match, values) = VersionKeySql.AnyOf("f", keys);
        var (sql, parameters) = ScopeSql.Apply(
            "SELECT f.agency_id AS AgencyId, f.fiscal_year AS FiscalYear, f.version AS Version, f.body AS Finding FROM report_findings f "
            + "JOIN agencies a ON a.id = f.agency_id WHERE " + match + " AND {scope} ORDER BY f.agency_id, f.fiscal_year, f.version, f.seq", scope, null);
        parameters.AddDynamicParams(values);
        var rows = await db.QueryAsync<VersionFinding>(sql, parameters, cancellationToken);
        return rows.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => (IReadOnlyList<Finding>)g.Select(r => r.Finding).ToList());
    }

    public async Task<bool> InsertFirstAsync(TenantScope scope, NewReportVersion version, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(InsertHeadSql, scope, VersionParameters(version));
        try
        {
            if (await db.ExecuteAsync(sql, parameters, cancellationToken) != 1) return false;
        }
        catch (Exception ex) when (db.Dialect.IsUniqueViolation(ex))
        {
            return false;
        }
        await InsertVersionRowsAsync(version, cancellationToken);
        return true;
    }

    public async Task<bool> InsertNextAsync(TenantScope scope, NewReportVersion version, int expectedVersion, CancellationToken cancellationToken)
    {
        var values = VersionParameters(version);
        values.Add("ExpectedVersion", expectedVersion);
        var (sql, parameters) = ScopeSql.Apply(AdvanceHeadSql, scope, values);
        if (await db.ExecuteAsync(sql, parameters, cancellationToken) != 1) return false;
        await InsertVersionRowsAsync(version, cancellationToken);
        return true;
    }

    private async Task InsertVersionRowsAsync(NewReportVersion version, CancellationToken cancellationToken)
    {
        // Held with the transaction's other writes: the head row above already decided whether this version exists.
        await db.DeferAsync(InsertVersionSql, VersionParameters(version), cancellationToken);
        var key = version.Key;
        await db.InsertManyDeferredAsync("report_findings", FindingColumns, version.Findings.Select((f, i) => (Finding: f, Seq: i + 1)).ToList(),
            f => [key.AgencyId, key.FiscalYear, key.Version, f.Seq, f.Finding.RuleId, f.Finding.Severity, version.RulesetVersion,
                f.Finding],
            cancellationToken);
    }

    public async Task<IReadOnlyList<RegionFinding>> ListCurrentFindingsAsync(TenantScope scope, FindingFilter filter, int limit, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(ListCurrentFindingsSqlTemplate + db.Dialect.Limit("@Limit"), scope, new
        {
            RegionPrefix = filter.RegionPath is null ? null : filter.RegionPath + "%",
            filter.FiscalYear,
            filter.RuleId,
            filter.Severity,
            Limit = limit,
        });
        return await db.QueryAsync<RegionFinding>(sql, parameters, cancellationToken);
    }

    public async Task<Page<ReportHead>> ListAsync(TenantScope scope, ReportListFilter filter, int limit, string? cursor, CancellationToken cancellationToken)
    {
        string? cursorAgency = null;
        var cursorYear = 0;
        if (cursor is not null && ReportCursor.TryDecode(cursor, out var agency, out var year)) (cursorAgency, cursorYear) = (agency, year);

        var (sql, parameters) = ScopeSql.Apply(ListSqlTemplate + db.Dialect.Limit("@Limit"), scope, new
        {
            RegionPrefix = filter.RegionPath is null ? null : filter.RegionPath + "%",
            filter.FiscalYear,
            filter.Status,
            CursorAgency = cursorAgency,
            CursorYear = cursorYear,
            Limit = limit + 1,
        });
        var rows = (await db.QueryAsync<ReportHead>(sql, parameters, cancellationToken)).ToList();
        string? next = null;
        if (rows.Count > limit)
        {
            rows.RemoveAt(limit);
            next = ReportCursor.Encode(rows[^1].AgencyId, rows[^1].FiscalYear);
        }
        return new Page<ReportHead>(rows, next);
    }

    public async Task<IReadOnlyList<YearSnapshot>> ListYearSnapshotsAsync(TenantScope scope, string agencyId, int fromYear, int toYear, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(ListYearSnapshotsSql, scope, new { AgencyId = agencyId, FromYear = fromYear, ToYear = toYear });
        return await db.QueryAsync<YearSnapshot>(sql, parameters, cancellationToken);
    }

    private static DynamicParameters VersionParameters(NewReportVersion v)
    {
        var parameters = new DynamicParameters();
        parameters.Add("AgencyId", v.Key.AgencyId);
        parameters.Add("FiscalYear", v.Key.FiscalYear);
        parameters.Add("Version", v.Key.Version);
        parameters.Add("Document", v.DocumentJson);
        parameters.Add("DocumentHash", v.DocumentHash);
        parameters.Add("Metrics", v.Metrics);
        parameters.Add("RulesetVersion", v.RulesetVersion);
        parameters.Add("Errors", v.Counts.Errors);
        parameters.Add("Warnings", v.Counts.Warnings);
        parameters.Add("Infos", v.Counts.Infos);
        parameters.Add("CreatedAt", v.CreatedAt);
        parameters.Add("CreatedBy", v.CreatedBy);
        return parameters;
    }
}
