namespace PerfEval.Api.Http;

public sealed class ApiOptions
{
    public const string Section = "PerfEval:Api";

    /// <summary>Largest accepted request body in bytes (default 2 MiB; a real report is 20–60 KB).</summary>
    public long MaxBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Most lines of one bulk import batch (POST /api/v1/imports/reports); each line also stays within <see cref="MaxBodyBytes"/>.</summary>
    public int MaxImportLines { get; set; } = 10_000;

    /// <summary>Largest bulk import batch in bytes (default 256 MiB: 10,000 reports of up to about 26 KB each). It is spooled to a temporary file, not held in memory.</summary>
    public long MaxImportBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Seconds a resolved API key is kept in memory (0 = look it up on every request). A key revoked through
    /// another process stops working within this time.</summary>
    public int KeyCacheSeconds { get; set; } = 10;
}
