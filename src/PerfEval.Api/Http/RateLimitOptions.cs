namespace PerfEval.Api.Http;

/// <summary>
/// Per-key token bucket (PerfEval:RateLimit). The defaults let an agency system send a report with its retries and a
/// platform page through lists, while one key cannot crowd out the others: a burst of 100 requests, then 10 a second.
/// Requests without a valid key share one bucket per client address.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "PerfEval:RateLimit";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests a key may send at once (the bucket's size).</summary>
    public int BurstLimit { get; set; } = 100;

    /// <summary>Requests added back to the bucket every <see cref="ReplenishSeconds"/>.</summary>
    public int RequestsPerPeriod { get; set; } = 10;

    public double ReplenishSeconds { get; set; } = 1;
}
