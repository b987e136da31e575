namespace PerfEval.Api.Http;

public sealed class ApiOptions
{
    public const string Section = "PerfEval:Api";

    /// <summary>Largest accepted request body in bytes (default 2 MiB; a real report is 20–60 KB).</summary>
    public long MaxBodyBytes { get; set; } = 2 * 1024 * 1024;
}
