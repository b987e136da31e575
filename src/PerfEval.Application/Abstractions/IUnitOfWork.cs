namespace PerfEval.Application.Abstractions;

/// <summary>One database transaction per command; repositories enlist in it automatically.</summary>
public interface IUnitOfWork
{
    bool InTransaction { get; }
    Task BeginAsync(CancellationToken cancellationToken);
    Task CommitAsync(CancellationToken cancellationToken);
    Task RollbackAsync(CancellationToken cancellationToken);
}
