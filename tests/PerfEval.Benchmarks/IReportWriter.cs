namespace PerfEval.Benchmarks;

/// <summary>What one save did. <see cref="Version"/> is the version now held (unknown = 0 on failure).</summary>
public readonly record struct WriteOutcome(bool Succeeded, int Version, string? Error)
{
    public static WriteOutcome Saved(int version) => new(true, version, null);
    public static WriteOutcome Failed(string error) => new(false, 0, error);
}

/// <summary>
/// Saves the next version of a report. <paramref name="heldVersion"/> is the version the writer last saw:
/// 0 when the report does not exist yet, -1 when unknown (after an error; the write then goes without If-Match).
/// </summary>
public interface IReportWriter
{
    Task<WriteOutcome> WriteAsync(ReportKey key, int heldVersion, CancellationToken cancellationToken);
}
