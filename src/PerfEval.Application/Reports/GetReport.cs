using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Scoring;

namespace PerfEval.Application.Reports;

/// <summary>The current version of a report, or a given one, with the document as it was received.</summary>
public sealed record GetReport(string AgencyId, int FiscalYear, int? Version = null) : IQuery<ReportView>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class GetReportHandler(IReportRepository reports, IDerivationLedger ledger, ICallerAccessor caller) : IQueryHandler<GetReport, ReportView>
{
    public async ValueTask<ReportView> Handle(GetReport query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var (head, version) = await reports.FindAsync(scope, query.AgencyId, query.FiscalYear, query.Version, cancellationToken);
        var key = new VersionKey(version.AgencyId, version.FiscalYear, version.Version);

        using var document = JsonDocument.Parse(version.DocumentJson);
        var scoring = ScoringStates.Of(await ledger.ListForVersionAsync(scope, key, cancellationToken));
        return new ReportView(version.AgencyId, version.FiscalYear, version.Version, version.Status,
            head.CreatedAt, version.SubmittedAt ?? version.CreatedAt, version.Counts, scoring, document.RootElement.Clone());
    }
}
