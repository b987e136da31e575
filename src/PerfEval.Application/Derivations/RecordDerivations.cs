using Mediator;
using PerfEval.Application.Abstractions;

namespace PerfEval.Application.Derivations;

/// <summary>Stores what a derivation run computed, and the outcome of each of its rows, in one transaction.</summary>
public sealed record RecordDerivations(DerivationBatch Batch, IReadOnlyList<IDerivedResults> Results) : ICommand<int>, Common.ITransactional;

public sealed class RecordDerivationsHandler(IDerivationLedger ledger, FollowUps followUps) : ICommandHandler<RecordDerivations, int>
{
    public async ValueTask<int> Handle(RecordDerivations command, CancellationToken cancellationToken)
    {
        var batch = command.Batch;
        var changed = new HashSet<ReportYear>();
        foreach (var results in command.Results) changed.UnionWith(await results.RecordAsync(batch, cancellationToken));
        await followUps.ResultsRecordedAsync(changed, batch.Now, cancellationToken);
        await ledger.RecordAsync(batch.ClaimId, batch.Outcomes, batch.Now, cancellationToken);
        return changed.Count;
    }
}
