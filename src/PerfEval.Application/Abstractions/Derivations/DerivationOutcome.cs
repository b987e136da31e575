namespace PerfEval.Application.Abstractions;

/// <summary>What happened to one claimed row when its work ran.</summary>
public abstract record DerivationOutcome(Derivation Row)
{
    public sealed record Completed(Derivation Row) : DerivationOutcome(Row);

    /// <summary>Back to pending until <paramref name="DueAt"/>; a deferral (waiting for other work) does not use up an attempt.</summary>
    public sealed record RetryLater(Derivation Row, DateTimeOffset DueAt, string Reason, bool CountsAsAttempt) : DerivationOutcome(Row);

    public sealed record Failed(Derivation Row, string Reason) : DerivationOutcome(Row);
}
