using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Application.Reports;

/// <summary>A report's head and one of its stored versions (the current one unless asked), or 404 for either.</summary>
public static class StoredReportVersions
{
    public static async Task<(ReportHead Head, ReportVersionRecord Version)> FindAsync(
        this IReportRepository reports, TenantScope scope, string agencyId, int fiscalYear, int? version, CancellationToken cancellationToken)
    {
        var head = await reports.FindHeadAsync(scope, agencyId, fiscalYear, cancellationToken)
            ?? throw new NotFoundException($"No report of agency {agencyId} for {fiscalYear}.");
        return (head, await reports.FindVersionAsync(scope, head, version ?? head.Version, cancellationToken));
    }

    public static async Task<ReportVersionRecord> FindVersionAsync(
        this IReportRepository reports, TenantScope scope, ReportHead head, int version, CancellationToken cancellationToken) =>
        await reports.FindVersionAsync(scope, new VersionKey(head.AgencyId, head.FiscalYear, version), cancellationToken)
            ?? throw new NotFoundException($"Version {version} does not exist.");
}
