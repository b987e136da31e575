namespace PerfEval.Application.Abstractions;

public interface IWorkflowRepository
{
    /// <summary>Moves the head from <paramref name="from"/> to <paramref name="to"/> if it still is at that state and
    /// version; records the first publication. False when the head moved or is outside <paramref name="scope"/>.</summary>
    Task<bool> MoveAsync(TenantScope scope, VersionKey head, string from, string to, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Appends a transition to the history (the next sequence number of the report year).</summary>
    Task AppendAsync(TransitionRecord transition, CancellationToken cancellationToken);

    Task<IReadOnlyList<TransitionRecord>> ListAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken);
}
