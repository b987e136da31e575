namespace PerfEval.Benchmarks;

/// <summary>How the workers kept up: versions fully derived per second, and whether the backlog grew.</summary>
public sealed record DerivationResult(
    string Source,
    double DerivedPerSecond,
    double PendingSlopePerSecond,
    long PendingAtLoadEnd,
    double? DrainSeconds,
    IReadOnlyList<BacklogSample> Samples);

public sealed record PhaseResult(
    string Phase,
    string Roles,
    string Mode,
    double? OfferedRate,
    LoadResult? Load,
    DerivationResult? Derivation,
    string? Failure = null)
{
    /// <summary>Intake as a share of the database's own limit (the physical phase) measured in the same run.</summary>
    public double? RatioToPhysical { get; init; }

    /// <summary>Intake as a share of the raw limit measured in the same run (null without a raw phase).</summary>
    public double? RatioToRaw { get; init; }

    /// <summary>A rescore of every stored version after the drain (derive-drain phase).</summary>
    public RescoreCheck? Rescore { get; init; }

    /// <summary>The national phase: load, derivation, warm reads, export memory, size per version, rescore.</summary>
    public NationalResult? National { get; init; }

    /// <summary>What the crash phase found after killing the service mid-load and restarting it.</summary>
    public CrashCheck? Crash { get; init; }

    /// <summary>What the topology phase found after killing one worker and one API of four processes and restarting them.</summary>
    public TopologyCheck? Topology { get; init; }
}

/// <summary>
/// After a SIGKILL mid-load and a restart: acknowledged (2xx) versions missing from the database, versions not scored
/// under every profile, scores stored more than once, and ledger rows not done.
/// </summary>
public sealed record CrashCheck(long Acknowledged, long Lost, long Versions, long NotScoredExactlyOnce, long DuplicateScores, long LedgerNotDone)
{
    public bool Passed => Lost == 0 && NotScoredExactlyOnce == 0 && DuplicateScores == 0 && LedgerNotDone == 0;
}
