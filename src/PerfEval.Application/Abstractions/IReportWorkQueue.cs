namespace PerfEval.Application.Abstractions;

/// <summary>
/// Records follow-up work (scoring, year-over-year) for a saved or submitted version. Implementations write an
/// outbox row inside the current transaction, so the work cannot be lost between commit and enqueue.
/// </summary>
public interface IReportWorkQueue
{
    Task ReportVersionSavedAsync(string agencyId, int fiscalYear, int version, DateTimeOffset at, CancellationToken cancellationToken);
}
