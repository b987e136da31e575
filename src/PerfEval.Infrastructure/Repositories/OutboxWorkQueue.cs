using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>
/// Writes follow-up work as outbox rows in the caller's transaction: if the version is committed, so is the work,
/// even when the process dies before anything is enqueued (the dispatcher picks the rows up after a restart).
/// </summary>
public sealed class OutboxWorkQueue(DbSession db) : IReportWorkQueue
{
    public const string VersionSaved = "report-version-saved";
    public const string Submitted = "report-submitted";

    internal const string InsertSql =
        "INSERT INTO outbox (kind, agency_id, fiscal_year, version, created_at, attempts) VALUES (@Kind, @AgencyId, @FiscalYear, @Version, @CreatedAt, 0)";
    internal const string InsertPendingStateSql =
        "INSERT INTO scoring_states (agency_id, fiscal_year, version, state, reason, updated_at) VALUES (@AgencyId, @FiscalYear, @Version, 'pending', NULL, @CreatedAt)";

    public async Task ReportVersionSavedAsync(string agencyId, int fiscalYear, int version, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var row = new { Kind = VersionSaved, AgencyId = agencyId, FiscalYear = fiscalYear, Version = version, CreatedAt = Timestamps.ToDb(at) };
        await db.ExecuteAsync(InsertPendingStateSql, row, cancellationToken);
        await db.ExecuteAsync(InsertSql, row, cancellationToken);
    }

    public Task ReportSubmittedAsync(string agencyId, int fiscalYear, int version, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.ExecuteAsync(InsertSql, new { Kind = Submitted, AgencyId = agencyId, FiscalYear = fiscalYear, Version = version, CreatedAt = Timestamps.ToDb(at) }, cancellationToken);
}
