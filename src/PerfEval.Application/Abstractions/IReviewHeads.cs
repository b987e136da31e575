namespace PerfEval.Application.Abstractions;

/// <summary>The heads of one kind of reviewed document. Every statement is limited to the caller's scope.</summary>
public interface IReviewHeads
{
    Task<ReviewHead?> FindAsync(TenantScope scope, ReviewKey key, CancellationToken cancellationToken);

    /// <summary>Stores the head of version 1 (a draft). False when the agency is outside <paramref name="scope"/> or the head exists.</summary>
    Task<bool> InsertFirstAsync(TenantScope scope, ReviewKey key, string? by, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Moves the head to <paramref name="version"/> (a new draft) if it is still at <paramref name="expectedVersion"/>.</summary>
    Task<bool> AdvanceAsync(TenantScope scope, ReviewKey key, int version, int expectedVersion, string? by, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>A review step; false when the head moved since it was read.</summary>
    Task<bool> MoveAsync(TenantScope scope, ReviewMove move, CancellationToken cancellationToken);
}
