using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>Writes the follow-up work of a saved version as an outbox row in the caller's transaction.</summary>
public sealed class OutboxWorkQueue(DbSession db) : IReportWorkQueue
{
    public const string VersionSaved = "report-version-saved";

    internal const string InsertSql =
        "INSERT INTO outbox (kind, agency_id, fiscal_year, version, created_at, attempts) VALUES (@Kind, @AgencyId, @FiscalYear, @Version, @CreatedAt, 0)";

    public Task ReportVersionSavedAsync(string agencyId, int fiscalYear, int version, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.ExecuteAsync(InsertSql, new { Kind = VersionSaved, AgencyId = agencyId, FiscalYear = fiscalYear, Version = version, CreatedAt = Timestamps.ToDb(at) }, cancellationToken);
}
