namespace PerfEval.Benchmarks;

/// <summary>
/// Spreads the agencies over several API processes, as a load balancer with sticky routing would: agency number i
/// always goes to API i mod n. Clients own agencies by the same modulus, so with an even client count each client
/// talks to one API. A request to an API that is down fails like any other, and is not acknowledged.
/// </summary>
public sealed class RoutedWriter(IReadOnlyList<IReportWriter> apis, IReadOnlyList<BenchAgency> agencies) : IReportWriter
{
    private readonly Dictionary<string, int> _apiOfAgency =
        agencies.Select((agency, index) => (agency.Id, index)).ToDictionary(a => a.Id, a => a.index % apis.Count, StringComparer.Ordinal);

    public Task<WriteOutcome> WriteAsync(ReportKey key, int heldVersion, CancellationToken cancellationToken) =>
        apis[_apiOfAgency[key.AgencyId]].WriteAsync(key, heldVersion, cancellationToken);
}
