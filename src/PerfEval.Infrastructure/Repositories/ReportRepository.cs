using Dapper;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Reports;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>Report heads and immutable versions. Every statement joins agencies (alias a) under the caller's scope.</summary>
public sealed class ReportRepository(DbSession db) : IReportRepository
{
    private const string HeadColumns =
        "r.agency_id AS AgencyId, r.fiscal_year AS FiscalYear, r.current_version AS Version, r.status AS Status, r.created_at AS CreatedAt, r.updated_at AS UpdatedAt, r.error_count AS ErrorCount, r.warning_count AS WarningCount, r.info_count AS InfoCount";
    private const string VersionColumns =
        "v.agency_id AS AgencyId, v.fiscal_year AS FiscalYear, v.version AS Version, v.status AS Status, v.document AS DocumentJson, v.document_hash AS DocumentHash, v.created_at AS CreatedAt, v.created_by AS CreatedBy, v.submitted_at AS SubmittedAt";

    internal const string FindHeadSql =
        "SELECT " + HeadColumns + " FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.agency_id = @AgencyId AND r.fiscal_year = @FiscalYear AND {scope}";
    internal const string FindVersionSql =
        "SELECT " + VersionColumns + " FROM report_versions v JOIN agencies a ON a.id = v.agency_id WHERE v.agency_id = @AgencyId AND v.fiscal_year = @FiscalYear AND v.version = @Version AND {scope}";
    internal const string ListVersionsSql =
        "SELECT " + VersionColumns + " FROM report_versions v JOIN agencies a ON a.id = v.agency_id WHERE v.agency_id = @AgencyId AND v.fiscal_year = @FiscalYear AND {scope} ORDER BY v.version";
    internal const string FindFindingsSql =
        "SELECT v.findings FROM report_versions v JOIN agencies a ON a.id = v.agency_id WHERE v.agency_id = @AgencyId AND v.fiscal_year = @FiscalYear AND v.version = @Version AND {scope}";
    internal const string InsertHeadSql =
        """
        INSERT INTO reports (agency_id, fiscal_year, current_version, status, error_count, warning_count, info_count, created_at, updated_at)
        SELECT a.id, @FiscalYear, @Version, 'draft', @Errors, @Warnings, @Infos, @CreatedAt, @CreatedAt FROM agencies a WHERE a.id = @AgencyId AND {scope}
        """;
    internal const string AdvanceHeadSql =
        """
        UPDATE reports SET current_version = @Version, status = 'draft', error_count = @Errors, warning_count = @Warnings, info_count = @Infos, updated_at = @CreatedAt
        WHERE agency_id = @AgencyId AND fiscal_year = @FiscalYear AND current_version = @ExpectedVersion
          AND agency_id IN (SELECT a.id FROM agencies a WHERE {scope})
        """;
    internal const string InsertVersionSql =
        """
        INSERT INTO report_versions (agency_id, fiscal_year, version, status, document, document_hash, findings, ruleset_version, error_count, warning_count, info_count, created_at, created_by, submitted_at)
        VALUES (@AgencyId, @FiscalYear, @Version, 'draft', @Document, @DocumentHash, @Findings, @RulesetVersion, @Errors, @Warnings, @Infos, @CreatedAt, @CreatedBy, NULL)
        """;
    internal const string SubmitHeadSql =
        """
        UPDATE reports SET status = 'submitted', updated_at = @At
        WHERE agency_id = @AgencyId AND fiscal_year = @FiscalYear AND current_version = @Version AND status = 'draft'
          AND agency_id IN (SELECT a.id FROM agencies a WHERE {scope})
        """;
    internal const string SubmitVersionSql =
        "UPDATE report_versions SET status = 'submitted', submitted_at = @At WHERE agency_id = @AgencyId AND fiscal_year = @FiscalYear AND version = @Version";
    internal const string InsertFindingSql =
        """
        INSERT INTO report_findings (agency_id, fiscal_year, version, seq, rule_id, severity, ruleset_version, body)
        VALUES (@AgencyId, @FiscalYear, @Version, @Seq, @RuleId, @Severity, @RulesetVersion, @Body)
        """;
    internal const string FindRulesetSql =
        "SELECT v.ruleset_version FROM report_versions v JOIN agencies a ON a.id = v.agency_id WHERE v.agency_id = @AgencyId AND v.fiscal_year = @FiscalYear AND v.version = @Version AND {scope}";
    internal const string ListCurrentFindingsSqlTemplate =
        "SELECT f.agency_id AS AgencyId, a.name AS AgencyName, a.region_code AS RegionCode, f.fiscal_year AS FiscalYear, f.version AS Version, f.body AS FindingJson "
        + "FROM report_findings f JOIN reports r ON r.agency_id = f.agency_id AND r.fiscal_year = f.fiscal_year AND r.current_version = f.version "
        + "JOIN agencies a ON a.id = f.agency_id WHERE {scope} "
        + "AND (@RegionPrefix IS NULL OR a.region_path LIKE @RegionPrefix) AND (@FiscalYear IS NULL OR f.fiscal_year = @FiscalYear) "
        + "AND (@RuleId IS NULL OR f.rule_id = @RuleId) AND (@Severity IS NULL OR f.severity = @Severity) "
        + "ORDER BY f.agency_id, f.fiscal_year, f.seq ";
    internal const string ListSqlTemplate =
        "SELECT " + HeadColumns + " FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE {scope}"
        + " AND (@RegionPrefix IS NULL OR a.region_path LIKE @RegionPrefix) AND (@FiscalYear IS NULL OR r.fiscal_year = @FiscalYear)"
        + " AND (@Status IS NULL OR r.status = @Status)"
        + " AND (@CursorAgency IS NULL OR r.agency_id > @CursorAgency OR (r.agency_id = @CursorAgency AND r.fiscal_year > @CursorYear))"
        + " ORDER BY r.agency_id, r.fiscal_year ";

    public async Task<ReportHead?> FindHeadAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(FindHeadSql, scope, new { AgencyId = agencyId, FiscalYear = fiscalYear });
        return (await db.QuerySingleOrDefaultAsync<HeadRow>(sql, parameters, cancellationToken))?.ToRecord();
    }

    public async Task<ReportVersionRecord?> FindVersionAsync(TenantScope scope, string agencyId, int fiscalYear, int version, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(FindVersionSql, scope, new { AgencyId = agencyId, FiscalYear = fiscalYear, Version = version });
        return (await db.QuerySingleOrDefaultAsync<VersionRow>(sql, parameters, cancellationToken))?.ToRecord();
    }

    public async Task<IReadOnlyList<ReportVersionRecord>> ListVersionsAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(ListVersionsSql, scope, new { AgencyId = agencyId, FiscalYear = fiscalYear });
        return (await db.QueryAsync<VersionRow>(sql, parameters, cancellationToken)).Select(r => r.ToRecord()).ToList();
    }

    public async Task<string?> FindFindingsJsonAsync(TenantScope scope, string agencyId, int fiscalYear, int version, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(FindFindingsSql, scope, new { AgencyId = agencyId, FiscalYear = fiscalYear, Version = version });
        return await db.QuerySingleOrDefaultAsync<string>(sql, parameters, cancellationToken);
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
        await db.ExecuteAsync(InsertVersionSql, VersionParameters(version), cancellationToken);
        if (version.Findings.Count == 0) return;
        await db.ExecuteAsync(InsertFindingSql, version.Findings.Select((f, i) => new
        {
            version.AgencyId, version.FiscalYear, version.Version, Seq = i + 1, f.RuleId, f.Severity, version.RulesetVersion, Body = f.Json,
        }).ToList(), cancellationToken);
    }

    public async Task<string?> FindRulesetVersionAsync(TenantScope scope, string agencyId, int fiscalYear, int version, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(FindRulesetSql, scope, new { AgencyId = agencyId, FiscalYear = fiscalYear, Version = version });
        return await db.QuerySingleOrDefaultAsync<string>(sql, parameters, cancellationToken);
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
        var rows = await db.QueryAsync<FindingListRow>(sql, parameters, cancellationToken);
        return rows.Select(r => new RegionFinding(r.AgencyId, r.AgencyName, r.RegionCode, r.FiscalYear, r.Version, r.FindingJson)).ToList();
    }

    public async Task<bool> MarkSubmittedAsync(TenantScope scope, string agencyId, int fiscalYear, int version, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var values = new { AgencyId = agencyId, FiscalYear = fiscalYear, Version = version, At = Timestamps.ToDb(at) };
        var (sql, parameters) = ScopeSql.Apply(SubmitHeadSql, scope, values);
        if (await db.ExecuteAsync(sql, parameters, cancellationToken) != 1) return false;
        await db.ExecuteAsync(SubmitVersionSql, values, cancellationToken);
        return true;
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
        var rows = (await db.QueryAsync<HeadRow>(sql, parameters, cancellationToken)).Select(r => r.ToRecord()).ToList();
        string? next = null;
        if (rows.Count > limit)
        {
            rows.RemoveAt(limit);
            next = ReportCursor.Encode(rows[^1].AgencyId, rows[^1].FiscalYear);
        }
        return new Page<ReportHead>(rows, next);
    }

    private static DynamicParameters VersionParameters(NewReportVersion v)
    {
        var parameters = new DynamicParameters();
        parameters.Add("AgencyId", v.AgencyId);
        parameters.Add("FiscalYear", v.FiscalYear);
        parameters.Add("Version", v.Version);
        parameters.Add("Document", v.DocumentJson);
        parameters.Add("DocumentHash", v.DocumentHash);
        parameters.Add("Findings", v.FindingsJson);
        parameters.Add("RulesetVersion", v.RulesetVersion);
        parameters.Add("Errors", v.Counts.Errors);
        parameters.Add("Warnings", v.Counts.Warnings);
        parameters.Add("Infos", v.Counts.Infos);
        parameters.Add("CreatedAt", Timestamps.ToDb(v.CreatedAt));
        parameters.Add("CreatedBy", v.CreatedBy);
        return parameters;
    }

    private sealed class FindingListRow
    {
        public string AgencyId { get; init; } = "";
        public string AgencyName { get; init; } = "";
        public string RegionCode { get; init; } = "";
        public int FiscalYear { get; init; }
        public int Version { get; init; }
        public string FindingJson { get; init; } = "";
    }

    private sealed class HeadRow
    {
        public string AgencyId { get; init; } = "";
        public int FiscalYear { get; init; }
        public int Version { get; init; }
        public string Status { get; init; } = "";
        public string CreatedAt { get; init; } = "";
        public string UpdatedAt { get; init; } = "";
        public int ErrorCount { get; init; }
        public int WarningCount { get; init; }
        public int InfoCount { get; init; }

        public ReportHead ToRecord() => new(AgencyId, FiscalYear, Version, Status, Timestamps.FromDb(CreatedAt), Timestamps.FromDb(UpdatedAt), ErrorCount, WarningCount, InfoCount);
    }

    private sealed class VersionRow
    {
        public string AgencyId { get; init; } = "";
        public int FiscalYear { get; init; }
        public int Version { get; init; }
        public string Status { get; init; } = "";
        public string DocumentJson { get; init; } = "";
        public string DocumentHash { get; init; } = "";
        public string CreatedAt { get; init; } = "";
        public string? CreatedBy { get; init; }
        public string? SubmittedAt { get; init; }

        public ReportVersionRecord ToRecord() =>
            new(AgencyId, FiscalYear, Version, Status, DocumentJson, DocumentHash, Timestamps.FromDb(CreatedAt), CreatedBy, Timestamps.FromDbNullable(SubmittedAt));
    }
}
