namespace PerfEval.Application.Abstractions;

/// <summary>One database transaction per command; repositories enlist in it automatically.</summary>
public interface IUnitOfWork
{
    bool InTransaction { get; }
    Task BeginAsync(CancellationToken cancellationToken);
    Task CommitAsync(CancellationToken cancellationToken);
    Task RollbackAsync(CancellationToken cancellationToken);

    /// <summary>
    /// True when the database failed the transaction only because a concurrent one held what it needed (a deadlock
    /// victim, a serialization failure, a busy file): nothing of it was written, and running it again is safe.
    /// </summary>
    bool IsTransientConflict(Exception exception);
}
