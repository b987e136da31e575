namespace PerfEval.Infrastructure.Jobs;

public sealed class JobsOptions
{
    public const string Section = "PerfEval:Jobs";

    /// <summary>Milliseconds between ledger polls when nothing was due.</summary>
    public int DispatchIntervalMs { get; set; } = 200;

    /// <summary>Ledger rows per claim (one Hangfire job each).</summary>
    public int DispatchBatchSize { get; set; } = 100;

    /// <summary>How long a claim lasts; rows of a worker that died are claimed again when it expires.</summary>
    public int ClaimLeaseSeconds { get; set; } = 60;

    /// <summary>No new claims while this many rows are claimed and leased (across every worker process).</summary>
    public int MaxInFlight { get; set; } = 2000;

    /// <summary>Attempts before a derivation that keeps throwing is marked failed with its reason.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Hangfire worker threads per process (default: processor count, at least 2).</summary>
    public int WorkerCount { get; set; }

    /// <summary>Hangfire queue/schedule polling in milliseconds (storages default to 15 s; tests use ~100 ms).</summary>
    public int PollIntervalMs { get; set; } = 1000;

}
