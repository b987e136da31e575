namespace PerfEval.Application.Abstractions;

/// <summary>
/// Records follow-up work (scoring, year-over-year) for a saved or submitted version. Implementations write an
/// outbox row inside the current transaction, so the work cannot be lost between commit and enqueue.
/// </summary>
public interface IReportWorkQueue
{
    /// <summary>A new version exists: score it (its scoring state starts as pending) and refresh year-over-year.</summary>
    Task ReportVersionSavedAsync(string agencyId, int fiscalYear, int version, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>A version was submitted: refresh what depends on the submission status.</summary>
    Task ReportSubmittedAsync(string agencyId, int fiscalYear, int version, DateTimeOffset at, CancellationToken cancellationToken);
}
