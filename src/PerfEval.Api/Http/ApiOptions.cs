namespace PerfEval.Api.Http;

public sealed class ApiOptions
{
    public const string Section = "PerfEval:Api";

    /// <summary>Largest accepted request body in bytes (default 2 MiB; a real report is 20–60 KB).</summary>
    public long MaxBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Seconds a resolved API key is kept in memory (0 = look it up on every request). A key revoked through
    /// another process stops working within this time.</summary>
    public int KeyCacheSeconds { get; set; } = 10;
}
