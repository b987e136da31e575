using PerfEval.Application.Abstractions;
using PerfEval.Application.Changes;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>
/// The change feed. Rows are written in the transaction of the change they record. Reading in plain sequence order
/// would skip a row whose transaction took a smaller sequence value but committed after a larger one had been
/// served; instead the feed is ordered by the dialect's commit position and serves only settled rows (see
/// <see cref="ISqlDialect.ChangeSettled"/>): a commit-ordered approach, exact rather than a guessed safety window.
/// </summary>
public sealed class ChangeLogRepository(DbSession db) : IChangeLog
{
    private static readonly string[] InsertColumns = ["agency_id", "fiscal_year", "version", "kind", "detail", "at"];

    internal const string InsertSql = "INSERT INTO changes (agency_id, fiscal_year, version, kind, detail, at) VALUES (@AgencyId, @FiscalYear, @Version, @Kind, @DetailJson, @At)";
    internal const string HeadSql =
        "SELECT r.status AS Status, r.current_version AS Version FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.agency_id = @AgencyId AND r.fiscal_year = @FiscalYear AND {scope}";
    internal const string PublicationChangedSql =
        "INSERT INTO changes (agency_id, fiscal_year, version, kind, detail, at) SELECT @AgencyId, @FiscalYear, @Version, @Kind, @DetailJson, @At "
        + "WHERE NOT EXISTS (SELECT 1 FROM publication_statuses p WHERE p.agency_id = @AgencyId AND p.fiscal_year = @FiscalYear AND p.status = @Status)";

    /// <summary>The feed query; {position} and {settled} come from the dialect.</summary>
    public const string ListTemplate =
        "SELECT c.seq AS Seq, {position} AS CommitPosition, c.agency_id AS AgencyId, c.fiscal_year AS FiscalYear, c.version AS Version, c.kind AS Kind, "
        + "c.detail AS DetailJson, c.at AS At FROM changes c JOIN agencies a ON a.id = c.agency_id "
        + "WHERE {settled} AND {after} AND {scope} "
        + "ORDER BY {position}, c.seq ";

    public static string ListSql(ISqlDialect dialect) =>
        ListTemplate.Replace("{position}", dialect.ChangePosition, StringComparison.Ordinal).Replace("{settled}", dialect.ChangeSettled, StringComparison.Ordinal)
            .Replace("{after}", dialect.ChangeAfter, StringComparison.Ordinal)
        + dialect.Limit("@Limit");

    /// <summary>Held with the transaction's other writes (<see cref="DbSession.DeferAsync"/>): nobody reads the new rows' ids.</summary>
    public Task AppendAsync(IReadOnlyList<NewChange> changes, CancellationToken cancellationToken) =>
        db.InsertManyDeferredAsync("changes", InsertColumns, changes, c => [c.AgencyId, c.FiscalYear, c.Version, c.Kind, c.DetailJson, c.At], cancellationToken);

    public Task VersionSavedAsync(NewReportVersion version, string status, DateTimeOffset at, CancellationToken cancellationToken) =>
        AppendAsync([
            ChangeDetails.Version(version.Key, status, version.DocumentHash, at),
            ChangeDetails.Findings(version.Key, version.Counts, version.RulesetVersion, at),
        ], cancellationToken);

    public async Task WorkflowChangedAsync(string agencyId, int fiscalYear, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(HeadSql, TenantScope.System, new { AgencyId = agencyId, FiscalYear = fiscalYear });
        if (await db.QuerySingleOrDefaultAsync<ReportHead>(sql, parameters, cancellationToken) is { } head)
            await AppendAsync([ChangeDetails.Workflow(agencyId, fiscalYear, head.Version, head.Status, at)], cancellationToken);
    }

    public Task PublicationStatusAsync(PublicationStatusRecord status, CancellationToken cancellationToken)
    {
        var change = ChangeDetails.Publication(status);
        return db.ExecuteAsync(PublicationChangedSql,
            new { change.AgencyId, change.FiscalYear, change.Version, change.Kind, change.DetailJson, change.At, status.Status }, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredChange>> ListAsync(TenantScope scope, FeedPosition after, int limit, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(ListSql(db.Dialect), scope,
            new { AfterPosition = after.CommitPosition, AfterSeq = after.Seq, Limit = limit });
        return await db.QueryAsync<StoredChange>(sql, parameters, cancellationToken);
    }
}
