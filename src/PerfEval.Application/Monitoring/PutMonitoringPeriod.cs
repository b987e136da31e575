using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Changes;
using PerfEval.Application.Common;
using PerfEval.Application.Review;
using PerfEval.Domain.Monitoring;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Monitoring;

/// <summary>
/// Stores an agency's monitoring report for a period as a new immutable version (a draft for the region to review),
/// exactly as received, with its pace assessed against the threshold of the nearest region that sets one (the
/// agency's, then those above it). If-Match and Idempotency-Key work as for reports (<see cref="ReviewedVersions"/>).
/// A version is a <c>monitoring</c> row of the change feed, with <c>belowThreshold: true</c> when it is below.
/// </summary>
public sealed record PutMonitoringPeriod(string AgencyId, int FiscalYear, string Period, MonitoringBody Body, int? IfMatch = null, string? IdempotencyKey = null)
    : ICommand<ReviewedPutResult>, IValidatable, ITransactional, IRequiresRole
{
    public const string Subject = "monitoring report";

    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Writers;

    public IEnumerable<FieldError> Validate()
    {
        foreach (var error in ReviewedVersions.ValidateIdempotencyKey(IdempotencyKey)) yield return error;
        foreach (var error in Body.Parsed.Errors) yield return error;
        if (Body.Parsed.Document is { } document)
        {
            if (document.FiscalYear != FiscalYear) yield return new("/fiscalYear", $"The document is for {document.FiscalYear} but the URL says {FiscalYear}.");
            if (document.Period != Period) yield return new("/period", $"The document is for period {document.Period} but the URL says {Period}.");
        }
    }
}

public sealed class PutMonitoringPeriodHandler(
    IMonitoringRepository monitoring,
    IMonitoringAssessmentRepository assessments,
    IAgencyRepository agencies,
    IIdempotencyRepository idempotency,
    IChangeLog changes,
    ICallerAccessor caller,
    IClock clock) : ICommandHandler<PutMonitoringPeriod, ReviewedPutResult>
{
    public async ValueTask<ReviewedPutResult> Handle(PutMonitoringPeriod command, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var agency = await agencies.FindAsync(scope, command.AgencyId, cancellationToken)
            ?? throw new NotFoundException($"Agency {command.AgencyId} was not found.");
        var document = command.Body.Parsed.Document!;
        var nearest = await NearestThreshold.FindAsync(monitoring, agency, command.FiscalYear, command.Period, cancellationToken);
        var pace = MonitoringPace.Assess(document, NearestThreshold.Of(nearest));

        var now = clock.UtcNow;
        var put = new ReviewedPut(new ReviewKey(command.AgencyId, command.FiscalYear, command.Period), PutMonitoringPeriod.Subject, command.Body.Raw,
            command.IfMatch, command.IdempotencyKey);
        return await ReviewedVersions.PutAsync(put, monitoring.Heads, idempotency, scope, now, async number =>
        {
            var version = new MonitoringVersionRecord(command.AgencyId, command.FiscalYear, command.Period, number, command.Body.Raw, Hashes.Sha256(command.Body.Raw),
                pace.ExecutionRate, pace.MinExecutionRate, nearest?.RegionCode, pace.BelowThreshold ? 1 : 0, pace.AtRiskIndicators, now, scope.KeyId);
            if (!await monitoring.InsertAsync(scope, version, cancellationToken)) throw new NotFoundException($"Agency {command.AgencyId} was not found.");
            await changes.AppendAsync([new NewChange(command.AgencyId, command.FiscalYear, 0, ChangeKinds.Monitoring, JsonSerializer.Serialize(new
            {
                period = command.Period,
                version = number,
                executionRate = pace.ExecutionRate,
                minExecutionRate = pace.MinExecutionRate,
                belowThreshold = pace.BelowThreshold,
                atRiskIndicators = pace.AtRiskIndicators,
            }, ApiJson.Options), now)], cancellationToken);
            await assessments.RequeueAgencyYearAsync(Derivations.DerivationKinds.MonitoringAssessment, command.AgencyId, command.FiscalYear, now, cancellationToken);
        }, cancellationToken);
    }
}
