namespace PerfEval.Benchmarks;

public sealed record TargetCheck(string Target, string Measured, bool? Met);

/// <summary>Everything one run measured, as written to the JSON result file.</summary>
public sealed record BenchResult(
    DateTimeOffset Date,
    MachineFacts Machine,
    IReadOnlyDictionary<string, string> Postgres,
    object Settings,
    IReadOnlyList<PhaseResult> Phases,
    IReadOnlyList<CpuResult> Cpu,
    IReadOnlyList<TargetCheck> Targets);
