using PerfEval.Application.Abstractions;
using PerfEval.Application.Reports;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>
/// Reads for the public (no key). Every statement here is restricted to published report years in SQL — a test
/// checks that each one carries the predicate — so nothing unpublished can leak through this path.
/// </summary>
public sealed class PublicReportRepository(DbSession db) : IPublicReportRepository
{
    public const string PublishedPredicate = "r.status = 'published'";

    private const string Columns =
        "r.agency_id AS AgencyId, a.name AS AgencyName, a.region_code AS RegionCode, r.fiscal_year AS FiscalYear, v.version AS Version, "
        + "r.first_published_at AS FirstPublishedAt, v.document AS DocumentJson, v.ruleset_version AS RulesetVersion, "
        + "v.error_count AS ErrorCount, v.warning_count AS WarningCount, v.info_count AS InfoCount";
    private const string From =
        " FROM reports r JOIN agencies a ON a.id = r.agency_id "
        + "JOIN report_versions v ON v.agency_id = r.agency_id AND v.fiscal_year = r.fiscal_year AND v.version = r.published_version WHERE " + PublishedPredicate;

    internal const string FindSql = "SELECT " + Columns + From + " AND r.agency_id = @AgencyId AND r.fiscal_year = @FiscalYear";
    internal const string ListSqlTemplate =
        "SELECT r.agency_id AS AgencyId, a.name AS AgencyName, a.region_code AS RegionCode, r.fiscal_year AS FiscalYear, v.version AS Version, "
        + "r.first_published_at AS FirstPublishedAt, '' AS DocumentJson, v.ruleset_version AS RulesetVersion, "
        + "v.error_count AS ErrorCount, v.warning_count AS WarningCount, v.info_count AS InfoCount" + From
        + " AND (@RegionPrefix IS NULL OR a.region_path LIKE @RegionPrefix) AND (@FiscalYear IS NULL OR r.fiscal_year = @FiscalYear)"
        + " AND (@CursorAgency IS NULL OR r.agency_id > @CursorAgency OR (r.agency_id = @CursorAgency AND r.fiscal_year > @CursorYear))"
        + " ORDER BY r.agency_id, r.fiscal_year ";
    internal const string RetractionSql =
        "SELECT t.agency_id AS AgencyId, t.fiscal_year AS FiscalYear, t.seq AS Seq, t.version AS Version, t.action AS Action, t.from_state AS FromState, "
        + "t.to_state AS ToState, t.reason AS Reason, t.warnings_acknowledged AS WarningsAcknowledged, NULL AS ActorKeyId, NULL AS ActorName, t.at AS At "
        + "FROM report_transitions t JOIN reports r ON r.agency_id = t.agency_id AND r.fiscal_year = t.fiscal_year "
        + "WHERE t.agency_id = @AgencyId AND t.fiscal_year = @FiscalYear AND t.action = 'retract' AND NOT (" + PublishedPredicate + ") "
        + "AND r.first_published_at IS NOT NULL ORDER BY t.seq DESC";
    internal const string ScoresSql =
        "SELECT s.agency_id AS AgencyId, s.fiscal_year AS FiscalYear, s.version AS Version, s.profile AS Profile, s.profile_version AS ProfileVersion, "
        + "s.input_hash AS InputHash, s.result AS ResultJson, s.total AS Total, s.grade AS Grade, s.computed_at AS ComputedAt "
        + "FROM score_results s JOIN reports r ON r.agency_id = s.agency_id AND r.fiscal_year = s.fiscal_year AND r.published_version = s.version "
        + "WHERE " + PublishedPredicate + " AND s.agency_id = @AgencyId AND s.fiscal_year = @FiscalYear AND s.version = @Version";

    public async Task<Page<PublishedReportRecord>> ListAsync(string? regionPath, int? fiscalYear, int limit, string? cursor, CancellationToken cancellationToken)
    {
        string? cursorAgency = null;
        var cursorYear = 0;
        if (cursor is not null && ReportCursor.TryDecode(cursor, out var agency, out var year)) (cursorAgency, cursorYear) = (agency, year);
        var rows = (await db.QueryAsync<PublishedReportRecord>(ListSqlTemplate + db.Dialect.Limit("@Limit"), new
        {
            RegionPrefix = regionPath is null ? null : regionPath + "%",
            FiscalYear = fiscalYear,
            CursorAgency = cursorAgency,
            CursorYear = cursorYear,
            Limit = limit + 1,
        }, cancellationToken)).ToList();
        string? next = null;
        if (rows.Count > limit)
        {
            rows.RemoveAt(limit);
            next = ReportCursor.Encode(rows[^1].AgencyId, rows[^1].FiscalYear);
        }
        return new Page<PublishedReportRecord>(rows, next);
    }

    public Task<PublishedReportRecord?> FindAsync(string agencyId, int fiscalYear, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<PublishedReportRecord>(FindSql, new { AgencyId = agencyId, FiscalYear = fiscalYear }, cancellationToken);

    public async Task<TransitionRecord?> FindRetractionAsync(string agencyId, int fiscalYear, CancellationToken cancellationToken) =>
        (await db.QueryAsync<TransitionRecord>(RetractionSql, new { AgencyId = agencyId, FiscalYear = fiscalYear }, cancellationToken)).FirstOrDefault();

    public Task<IReadOnlyList<StoredScore>> ListScoresAsync(VersionKey key, CancellationToken cancellationToken) =>
        db.QueryAsync<StoredScore>(ScoresSql, key, cancellationToken);
}
