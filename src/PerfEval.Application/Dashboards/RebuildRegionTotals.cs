using Mediator;
using PerfEval.Application.Abstractions;

namespace PerfEval.Application.Dashboards;

/// <summary>
/// Recomputes every kept region total from the stored facts, under the lock fact writers take, and marks the totals
/// ready. Run at start-up when a database gained the totals after it already held facts
/// (<paramref name="OnlyWhenNotReady"/>: a no-op otherwise, so every process may ask). Returns the facts read, or
/// null when nothing was needed.
/// </summary>
public sealed record RebuildRegionTotals(bool OnlyWhenNotReady) : ICommand<int?>, Common.ITransactional;

public sealed class RebuildRegionTotalsHandler(IRegionTotalsRepository totals, IClock clock) : ICommandHandler<RebuildRegionTotals, int?>
{
    public async ValueTask<int?> Handle(RebuildRegionTotals command, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        await totals.LockAsync(now, cancellationToken);
        if (command.OnlyWhenNotReady && await totals.IsReadyAsync(cancellationToken)) return null;
        var facts = await totals.ListAllPlacedFactsAsync(cancellationToken);
        await totals.ReplaceAllAsync(RegionTotals.Of(facts), now, cancellationToken);
        return facts.Count;
    }
}
