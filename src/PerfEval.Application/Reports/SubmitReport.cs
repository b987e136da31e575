using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Application.Reports;

/// <summary>draft → submitted for the current version. Refused (409) while the version has error-severity findings.</summary>
public sealed record SubmitReport(string AgencyId, int FiscalYear, int? IfMatch) : ICommand<ReportSummary>, ITransactional, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Writers;
}

public sealed class SubmitReportHandler(IReportRepository reports, ICallerAccessor caller, IClock clock)
    : ICommandHandler<SubmitReport, ReportSummary>
{
    public async ValueTask<ReportSummary> Handle(SubmitReport command, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var head = await reports.FindHeadAsync(scope, command.AgencyId, command.FiscalYear, cancellationToken)
            ?? throw new NotFoundException($"No report of agency {command.AgencyId} for {command.FiscalYear}.");
        if (command.IfMatch is { } expected && expected != ETags.AnyVersion && expected != head.Version)
            throw new PreconditionFailedException($"If-Match is version {expected} but the current version is {head.Version}.");
        if (head.Status != ReportStatuses.Draft)
            throw new ConflictException($"Version {head.Version} is already {head.Status}; PUT a new version to change it.");
        var key = new VersionKey(command.AgencyId, command.FiscalYear, head.Version);
        if (head.ErrorCount > 0)
        {
            var conflict = new ConflictException($"Version {head.Version} has {head.ErrorCount} error-severity finding(s); correct them before submitting.");
            conflict.Extensions["findings"] = await reports.FindFindingsAsync(scope, key, cancellationToken) ?? [];
            throw conflict;
        }

        var now = clock.UtcNow;
        if (!await reports.MarkSubmittedAsync(scope, key, now, cancellationToken))
            throw ConcurrentChange.For(command.IfMatch);
        return ReportSummary.From(head with { Status = ReportStatuses.Submitted, UpdatedAt = now });
    }
}
