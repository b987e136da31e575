using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Application.Reports;

/// <summary>The current version of a report, or a given one, with the document as it was received.</summary>
public sealed record GetReport(string AgencyId, int FiscalYear, int? Version = null) : IQuery<ReportView>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class GetReportHandler(IReportRepository reports, IScoringRepository scoring, ICallerAccessor caller) : IQueryHandler<GetReport, ReportView>
{
    public async ValueTask<ReportView> Handle(GetReport query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var head = await reports.FindHeadAsync(scope, query.AgencyId, query.FiscalYear, cancellationToken)
            ?? throw new NotFoundException($"No report of agency {query.AgencyId} for {query.FiscalYear}.");
        var number = query.Version ?? head.Version;
        var version = await reports.FindVersionAsync(scope, query.AgencyId, query.FiscalYear, number, cancellationToken)
            ?? throw new NotFoundException($"Version {number} does not exist.");

        using var document = JsonDocument.Parse(version.DocumentJson);
        var counts = number == head.Version ? new FindingCounts(head.ErrorCount, head.WarningCount, head.InfoCount) : null;
        counts ??= await CountsOf(scope, query, number, cancellationToken);
        var state = await scoring.FindStateAsync(scope, new VersionKey(query.AgencyId, query.FiscalYear, number), cancellationToken);
        return new ReportView(version.AgencyId, version.FiscalYear, version.Version, version.Status,
            head.CreatedAt, version.SubmittedAt ?? version.CreatedAt, counts,
            new ScoringStatus(state?.State ?? ScoringStates.Pending, state?.Reason), document.RootElement.Clone());
    }

    private async Task<FindingCounts> CountsOf(TenantScope scope, GetReport query, int version, CancellationToken cancellationToken)
    {
        var json = await reports.FindFindingsJsonAsync(scope, query.AgencyId, query.FiscalYear, version, cancellationToken);
        return FindingsJson.Count(json);
    }
}
