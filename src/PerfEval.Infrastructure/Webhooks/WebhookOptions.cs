namespace PerfEval.Infrastructure.Webhooks;

public sealed class WebhookOptions
{
    public const string Section = "PerfEval:Webhooks";

    /// <summary>Base64 of 32 bytes: the AES-256-GCM key subscription secrets are encrypted with at rest. Every process
    /// sharing the database needs the same key. Without one, secrets are stored unencrypted (a warning says so).</summary>
    public string? SecretEncryptionKey { get; set; }

    /// <summary>Allow webhook targets on this machine or non-public networks (loopback, private, link-local …). Off by
    /// default: a platform client could otherwise make the server call into its own network. Development and tests
    /// switch it on for receivers on loopback.</summary>
    public bool AllowNonPublicTargets { get; set; }

    /// <summary>Attempts before a delivery that keeps failing is marked failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Delay before the first retry; each later retry waits twice as long, up to <see cref="MaxRetryDelaySeconds"/>.</summary>
    public int RetryBaseDelayMs { get; set; } = 10_000;

    public int MaxRetryDelaySeconds { get; set; } = 3600;

    /// <summary>Per-request timeout; the claim lease must outlast a batch of them.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>Deliveries per claim (one Hangfire job each).</summary>
    public int BatchSize { get; set; } = 10;

    public int ClaimLeaseSeconds { get; set; } = 300;

    /// <summary>No new claims while this many deliveries are claimed and leased (across every worker process).</summary>
    public int MaxInFlight { get; set; } = 200;

    /// <summary>Milliseconds between outbox polls when nothing was due.</summary>
    public int DispatchIntervalMs { get; set; } = 500;
}
