using PerfEval.Application.Abstractions;
using PerfEval.Domain.Scoring;

namespace PerfEval.Application.Derivations;

/// <summary>
/// The one place that says what follows a change: the ledger rows written in the same transaction as the change.
/// Publication status and webhooks join here as new kinds.
/// </summary>
public sealed class FollowUps(IDerivationLedger ledger)
{
    /// <summary>A new version exists: score it under every profile, then compare its year with the year before and after.</summary>
    public static IReadOnlyList<string> AfterSave { get; } =
        [.. ScoringProfiles.All.Select(p => DerivationKinds.Score(p.Id)), DerivationKinds.Yoy, DerivationKinds.YoyNext];

    /// <summary>A rescore: the chosen profile (or all), and the comparisons that show scores.</summary>
    public static IReadOnlyList<string> ForRescore(string? profile) =>
        [.. ScoringProfiles.All.Where(p => profile is null || p.Id == profile).Select(p => DerivationKinds.Score(p.Id)), DerivationKinds.Yoy, DerivationKinds.YoyNext];

    public Task VersionSavedAsync(VersionKey key, DateTimeOffset at, CancellationToken cancellationToken) =>
        ledger.AddAsync(key, AfterSave, at, cancellationToken);

    public Task<int> RescoreRequestedAsync(ReportListFilter filter, string? profile, string runId, DateTimeOffset at, CancellationToken cancellationToken) =>
        ledger.RequeueCurrentVersionsAsync(filter, ForRescore(profile), runId, at, cancellationToken);
}
