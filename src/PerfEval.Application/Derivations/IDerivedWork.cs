using PerfEval.Application.Abstractions;

namespace PerfEval.Application.Derivations;

/// <summary>
/// One kind of derived work, plugged in through DI (registered as <see cref="IDerivedWork"/>): which ledger rows it owns,
/// what it computes for a whole claimed batch of them (a few set-based reads, outside any transaction), and how it stores
/// the results (inside the claim's one transaction). The dispatcher, the job and the recorder know no kind by name.
/// </summary>
public interface IDerivedWork
{
    /// <summary>Kinds run in stage order; a later stage sees what earlier ones computed in the same batch (YoY reads fresh scores).</summary>
    int Stage { get; }

    bool Owns(string kind);

    /// <summary>Computes the rows' results, adding one outcome per row to the batch; writes nothing.</summary>
    Task<IDerivedResults> ComputeAsync(DerivationBatch batch, IReadOnlyList<Derivation> rows, CancellationToken cancellationToken);
}

/// <summary>What one kind computed for a batch, ready to be stored.</summary>
public interface IDerivedResults
{
    /// <summary>Stores the results in the claim's transaction; returns the report years whose summaries they change.</summary>
    Task<IReadOnlyCollection<ReportYear>> RecordAsync(DerivationBatch batch, CancellationToken cancellationToken);
}

/// <summary>Results of a kind that computed nothing to store.</summary>
public sealed class NoResults : IDerivedResults
{
    public static NoResults Instance { get; } = new();

    public Task<IReadOnlyCollection<ReportYear>> RecordAsync(DerivationBatch batch, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyCollection<ReportYear>>([]);
}
