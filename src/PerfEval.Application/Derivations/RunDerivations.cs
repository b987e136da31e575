using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Changes;

namespace PerfEval.Application.Derivations;

public sealed record DerivationRunSummary(int Completed, int RetryLater, int Failed);

/// <summary>
/// Job: does the work of the ledger rows held by one claim. Reads and computes outside any transaction (each stored
/// document is parsed once, however many rows it owes), then records every result and row outcome in one transaction.
/// A row whose work throws is retried with backoff and ends <c>failed</c> with its reason after
/// <see cref="MaxAttempts"/> attempts; it never stays pending for ever.
/// </summary>
public sealed record RunDerivations(string ClaimId, int MaxAttempts) : ICommand<DerivationRunSummary>;

public sealed class RunDerivationsHandler(IDerivationLedger ledger, ScoreDerivation scores, YoyDerivation yoys, PublicationDerivation publication, DashboardDerivation dashboards, ISender sender, IClock clock)
    : ICommandHandler<RunDerivations, DerivationRunSummary>
{
    public async ValueTask<DerivationRunSummary> Handle(RunDerivations command, CancellationToken cancellationToken)
    {
        var rows = await ledger.ListClaimedAsync(command.ClaimId, cancellationToken);
        if (rows.Count == 0) return new(0, 0, 0);

        var now = clock.UtcNow;
        var outcomes = new List<DerivationOutcome>();
        var live = new List<Derivation>();
        foreach (var row in rows)
        {
            if (row.Attempts > command.MaxAttempts)
                outcomes.Add(new DerivationOutcome.Failed(row, $"Gave up after {command.MaxAttempts} attempts. Last error: {row.LastError ?? "none recorded"}"));
            else
                live.Add(row);
        }

        var failures = new DerivationFailures(command.MaxAttempts, now);
        var scored = await scores.RunAsync(live.Where(r => DerivationKinds.IsScore(r.Kind)).ToList(), outcomes, failures, now, cancellationToken);
        var compared = await yoys.RunAsync(command.ClaimId, live.Where(r => DerivationKinds.IsYoy(r.Kind)).ToList(), scored, outcomes, failures, now, cancellationToken);

        var statuses = await publication.RunAsync(live.Where(r => r.Kind == DerivationKinds.Publication).ToList(), outcomes, failures, now, cancellationToken);

        var dashboard = await dashboards.RunAsync(live.Where(r => r.Kind == DerivationKinds.Dashboard).ToList(), outcomes, failures, now, cancellationToken);

        await sender.Send(new RecordDerivations(command.ClaimId, scored, compared, statuses, outcomes, dashboard), cancellationToken);
        return new(
            outcomes.Count(o => o is DerivationOutcome.Completed),
            outcomes.Count(o => o is DerivationOutcome.RetryLater),
            outcomes.Count(o => o is DerivationOutcome.Failed));
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

/// <summary>Stores what a derivation run computed, and the outcome of each of its rows, in one transaction.</summary>
public sealed record RecordDerivations(string ClaimId, IReadOnlyList<StoredScore> Scores, IReadOnlyList<StoredYoy> Comparisons,
    IReadOnlyList<PublicationStatusRecord> PublicationStatuses, IReadOnlyList<DerivationOutcome> Outcomes, DashboardChanges? Dashboard = null)
    : ICommand<int>, Common.ITransactional;

public sealed class RecordDerivationsHandler(IDerivationLedger ledger, IScoringRepository scoring, IYoyRepository yoy, IPublicationStatusRepository publication,
    IDashboardRepository dashboards, IChangeLog changes, FollowUps followUps, IClock clock)
    : ICommandHandler<RecordDerivations, int>
{
    public async ValueTask<int> Handle(RecordDerivations command, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var stored = new List<StoredScore>();
        foreach (var score in command.Scores)
            if (await scoring.InsertScoresIfAbsentAsync([score], cancellationToken) == 1) stored.Add(score);
        foreach (var comparison in command.Comparisons) await yoy.UpsertAsync(comparison, cancellationToken);
        foreach (var status in command.PublicationStatuses)
        {
            await changes.PublicationStatusAsync(status, cancellationToken);
            await publication.UpsertAsync(status, cancellationToken);
        }
        await changes.AppendAsync([.. stored.Select(ChangeDetails.Score), .. command.Comparisons.Select(ChangeDetails.Yoy)], cancellationToken);
        var dashboard = command.Dashboard ?? DashboardChanges.None;
        foreach (var fact in dashboard.Facts) await dashboards.UpsertAsync(fact, cancellationToken);
        foreach (var year in dashboard.Removed) await dashboards.DeleteAsync(year.AgencyId, year.FiscalYear, cancellationToken);
        await followUps.ResultsRecordedAsync([.. stored.Select(s => (s.AgencyId, s.FiscalYear)), .. command.Comparisons.Select(c => (c.AgencyId, c.FiscalYear)),
            .. command.PublicationStatuses.Select(p => (p.AgencyId, p.FiscalYear))], now, cancellationToken);
        await ledger.RecordAsync(command.ClaimId, command.Outcomes, now, cancellationToken);
        foreach (var score in command.Scores) await followUps.ScoredAsync(score, now, cancellationToken);
        foreach (var status in command.PublicationStatuses) await followUps.PublicationAssessedAsync(status, now, cancellationToken);
        return stored.Count;
    }
}
