using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>Publication statuses are written by the workers only; they are read through the roster (scoped).</summary>
public sealed class PublicationStatusRepository(DbSession db) : IPublicationStatusRepository
{
    private static readonly string[] Columns = ["agency_id", "fiscal_year", "status", "due_date", "due_date_gap", "published_on", "days_late", "rule_basis", "computed_at"];
    private static readonly string[] Key = ["agency_id", "fiscal_year"];

    public Task UpsertAsync(PublicationStatusRecord status, CancellationToken cancellationToken) =>
        db.ExecuteAsync(db.Dialect.Upsert("publication_statuses", Columns, Key), status, cancellationToken);
}
