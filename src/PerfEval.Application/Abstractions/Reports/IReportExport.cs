namespace PerfEval.Application.Abstractions;

public interface IReportExport
{
    /// <summary>Streams the current versions under a region (and year), ordered by agency and year, one row at a time.</summary>
    IAsyncEnumerable<ExportedReport> StreamAsync(TenantScope scope, string regionPath, int? fiscalYear, bool withDocuments, CancellationToken cancellationToken);
}
