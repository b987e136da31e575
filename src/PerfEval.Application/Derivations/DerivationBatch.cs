using PerfEval.Application.Abstractions;

namespace PerfEval.Application.Derivations;

/// <summary>
/// The claim being worked: its id, the time it runs at, one outcome per row, and what earlier stages computed for
/// later ones (by type, so that kinds share results without knowing each other's classes).
/// </summary>
public sealed class DerivationBatch(string claimId, int maxAttempts, DateTimeOffset now)
{
    private readonly Dictionary<Type, object> _shared = [];

    public string ClaimId { get; } = claimId;
    public DateTimeOffset Now { get; } = now;
    public DerivationFailures Failures { get; } = new(maxAttempts, now);
    public List<DerivationOutcome> Outcomes { get; } = [];

    public void Share<T>(T value) where T : class => _shared[typeof(T)] = value;

    public T? Shared<T>() where T : class => _shared.TryGetValue(typeof(T), out var value) ? (T)value : null;

    public void Completed(Derivation row) => Outcomes.Add(new DerivationOutcome.Completed(row));

    public void Failed(Derivation row, Exception exception) => Outcomes.Add(Failures.For(row, exception));
}
