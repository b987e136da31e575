using Mediator;
using PerfEval.Application.Abstractions;

namespace PerfEval.Application.Derivations;

public sealed record DerivationRunSummary(int Completed, int RetryLater, int Failed);

/// <summary>
/// Job: does the work of the ledger rows held by one claim. Each kind of derived work computes its rows as one batch
/// (set-based reads, outside any transaction), then every result and row outcome is recorded in one transaction.
/// A row whose work throws is retried with backoff and ends <c>failed</c> with its reason after
/// <see cref="MaxAttempts"/> attempts; it never stays pending for ever.
/// </summary>
public sealed record RunDerivations(string ClaimId, int MaxAttempts) : ICommand<DerivationRunSummary>;

public sealed class RunDerivationsHandler(IDerivationLedger ledger, IEnumerable<IDerivedWork> kinds, ISender sender, IClock clock)
    : ICommandHandler<RunDerivations, DerivationRunSummary>
{
    public async ValueTask<DerivationRunSummary> Handle(RunDerivations command, CancellationToken cancellationToken)
    {
        var rows = await ledger.ListClaimedAsync(command.ClaimId, cancellationToken);
        if (rows.Count == 0) return new(0, 0, 0);

        var batch = new DerivationBatch(command.ClaimId, command.MaxAttempts, clock.UtcNow);
        var live = new List<Derivation>();
        foreach (var row in rows)
        {
            if (row.Attempts > command.MaxAttempts)
                batch.Outcomes.Add(new DerivationOutcome.Failed(row, $"Gave up after {command.MaxAttempts} attempts. Last error: {row.LastError ?? "none recorded"}"));
            else
                live.Add(row);
        }

        var ordered = kinds.OrderBy(k => k.Stage).ToList();
        foreach (var orphan in live.Where(r => !ordered.Any(k => k.Owns(r.Kind))))
            batch.Outcomes.Add(DerivationFailures.Permanent(orphan, $"No derived work owns the kind '{orphan.Kind}'."));

        var results = new List<IDerivedResults>(ordered.Count);
        foreach (var kind in ordered)
        {
            var owned = live.Where(r => kind.Owns(r.Kind)).ToList();
            if (owned.Count > 0) results.Add(await kind.ComputeAsync(batch, owned, cancellationToken));
        }

        await sender.Send(new RecordDerivations(batch, results), cancellationToken);
        return new(
            batch.Outcomes.Count(o => o is DerivationOutcome.Completed),
            batch.Outcomes.Count(o => o is DerivationOutcome.RetryLater),
            batch.Outcomes.Count(o => o is DerivationOutcome.Failed));
    }
}

/// <summary>Turns an exception into a retry with exponential backoff, or into a failure once the attempts are used up.</summary>
public sealed class DerivationFailures(int maxAttempts, DateTimeOffset now)
{
    public DerivationOutcome For(Derivation row, Exception exception)
    {
        var reason = $"{exception.GetType().Name}: {exception.Message}";
        if (row.Attempts >= maxAttempts) return new DerivationOutcome.Failed(row, reason);
        var delay = TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, row.Attempts)));
        return new DerivationOutcome.RetryLater(row, now + delay, reason, CountsAsAttempt: true);
    }

    public static DerivationOutcome Permanent(Derivation row, string reason) => new DerivationOutcome.Failed(row, reason);
}
