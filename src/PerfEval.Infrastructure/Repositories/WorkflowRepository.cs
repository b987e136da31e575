using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>Workflow moves of report heads and their append-only history (no statement here updates or deletes history).</summary>
public sealed class WorkflowRepository(DbSession db) : IWorkflowRepository
{
    internal const string MoveHeadSql =
        """
        UPDATE reports SET status = @To, updated_at = @At,
            first_published_at = CASE WHEN @To = 'published' AND first_published_at IS NULL THEN @At ELSE first_published_at END,
            published_version = CASE WHEN @To = 'published' THEN current_version ELSE published_version END
        WHERE agency_id = @AgencyId AND fiscal_year = @FiscalYear AND current_version = @Version AND status = @From
          AND agency_id IN (SELECT a.id FROM agencies a WHERE {scope})
        """;
    internal const string MoveVersionSql =
        """
        UPDATE report_versions SET status = @To, submitted_at = CASE WHEN @To = 'submitted' THEN @At ELSE submitted_at END
        WHERE agency_id = @AgencyId AND fiscal_year = @FiscalYear AND version = @Version
        """;
    internal const string AppendSql =
        """
        INSERT INTO report_transitions (agency_id, fiscal_year, seq, version, action, from_state, to_state, reason, warnings_acknowledged, actor_key_id, actor_name, at)
        SELECT @AgencyId, @FiscalYear, COALESCE(MAX(t.seq), 0) + 1, @Version, @Action, @FromState, @ToState, @Reason, @WarningsAcknowledged, @ActorKeyId, @ActorName, @At
        FROM report_transitions t WHERE t.agency_id = @AgencyId AND t.fiscal_year = @FiscalYear
        """;
    internal const string ListSql =
        "SELECT t.agency_id AS AgencyId, t.fiscal_year AS FiscalYear, t.seq AS Seq, t.version AS Version, t.action AS Action, t.from_state AS FromState, "
        + "t.to_state AS ToState, t.reason AS Reason, t.warnings_acknowledged AS WarningsAcknowledged, t.actor_key_id AS ActorKeyId, t.actor_name AS ActorName, t.at AS At "
        + "FROM report_transitions t JOIN agencies a ON a.id = t.agency_id WHERE t.agency_id = @AgencyId AND t.fiscal_year = @FiscalYear AND {scope} ORDER BY t.seq";

    public async Task<bool> MoveAsync(TenantScope scope, VersionKey head, string from, string to, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var values = new { head.AgencyId, head.FiscalYear, head.Version, From = from, To = to, At = at };
        var (sql, parameters) = ScopeSql.Apply(MoveHeadSql, scope, values);
        if (await db.ExecuteAsync(sql, parameters, cancellationToken) != 1) return false;
        await db.ExecuteAsync(MoveVersionSql, values, cancellationToken);
        return true;
    }

    public Task AppendAsync(TransitionRecord transition, CancellationToken cancellationToken) =>
        db.DeferAsync(AppendSql, transition, cancellationToken);

    public async Task<IReadOnlyList<TransitionRecord>> ListAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ScopeSql.Apply(ListSql, scope, new { AgencyId = agencyId, FiscalYear = fiscalYear });
        return await db.QueryAsync<TransitionRecord>(sql, parameters, cancellationToken);
    }
}
