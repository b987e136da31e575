using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>
/// Bulk export: one statement read unbuffered, so a national export streams row by row. The statement sees one
/// snapshot of the data (PostgreSQL and SQL Server read a single statement consistently; SQLite reads its WAL snapshot).
/// </summary>
public sealed class ReportExportRepository(DbSession db) : IReportExport
{
    private const string Columns =
        "SELECT r.agency_id AS AgencyId, a.name AS AgencyName, a.region_code AS RegionCode, r.fiscal_year AS FiscalYear, r.current_version AS Version, "
        + "r.status AS Status, v.error_count AS ErrorCount, v.warning_count AS WarningCount, v.info_count AS InfoCount, f.publication_status AS PublicationStatus, "
        + "f.score AS Score, f.grade AS Grade, f.self_score AS SelfScore, ";
    private const string From =
        " FROM reports r JOIN report_versions v ON v.agency_id = r.agency_id AND v.fiscal_year = r.fiscal_year AND v.version = r.current_version "
        + "JOIN agencies a ON a.id = r.agency_id LEFT JOIN dashboard_facts f ON f.agency_id = r.agency_id AND f.fiscal_year = r.fiscal_year "
        + "WHERE a.region_path LIKE @RegionPrefix AND (@FiscalYear IS NULL OR r.fiscal_year = @FiscalYear) AND {scope} ORDER BY r.agency_id, r.fiscal_year";

    internal const string WithDocumentsSql = Columns + "v.document AS DocumentJson" + From;
    internal const string HeadlinesSql = Columns + "NULL AS DocumentJson" + From;

    public async IAsyncEnumerable<ExportedReport> StreamAsync(TenantScope scope, string regionPath, int? fiscalYear, bool withDocuments,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(withDocuments ? WithDocumentsSql : HeadlinesSql, scope, new { RegionPrefix = regionPath + "%", FiscalYear = fiscalYear });
        await foreach (var row in db.QueryUnbufferedAsync<ExportedReport>(sql, parameters, cancellationToken)) yield return row;
    }
}
