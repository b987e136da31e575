namespace PerfEval.Infrastructure.Jobs;

public sealed class JobsOptions
{
    public const string Section = "PerfEval:Jobs";

    /// <summary>Milliseconds between outbox polls.</summary>
    public int DispatchIntervalMs { get; set; } = 1000;

    /// <summary>Rows claimed per poll.</summary>
    public int DispatchBatchSize { get; set; } = 100;

    /// <summary>How long a claim lasts; a dispatcher that dies mid-batch releases its rows when it expires.</summary>
    public int ClaimLeaseSeconds { get; set; } = 60;

    /// <summary>A version still pending after this many minutes is re-queued by the sweep.</summary>
    public int StalePendingMinutes { get; set; } = 10;

    /// <summary>Hangfire worker threads per process (default: processor count, at least 2).</summary>
    public int WorkerCount { get; set; }

    /// <summary>Hangfire queue/schedule polling in milliseconds (storages default to 15 s; tests use ~100 ms).</summary>
    public int PollIntervalMs { get; set; } = 1000;

    /// <summary>Fault injection for the crash test: exit the process after claiming outbox rows, before enqueueing.</summary>
    public bool CrashAfterClaim { get; set; }
}
