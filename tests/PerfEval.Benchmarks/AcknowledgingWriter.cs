using System.Collections.Concurrent;

namespace PerfEval.Benchmarks;

/// <summary>Remembers every save the service acknowledged (2xx with its version), to check none was lost.</summary>
public sealed class AcknowledgingWriter(IReportWriter inner) : IReportWriter
{
    public ConcurrentBag<(string AgencyId, int FiscalYear, int Version)> Acknowledged { get; } = [];

    public async Task<WriteOutcome> WriteAsync(ReportKey key, int heldVersion, CancellationToken cancellationToken)
    {
        var outcome = await inner.WriteAsync(key, heldVersion, cancellationToken);
        if (outcome.Succeeded) Acknowledged.Add((key.AgencyId, key.FiscalYear, outcome.Version));
        return outcome;
    }
}
