using PerfEval.Application.Abstractions;
using PerfEval.Application.Publication;
using PerfEval.Domain.Publication;

namespace PerfEval.Application.Derivations;

/// <summary>
/// Recomputes the publication status of claimed report years: the roster entry, the workflow state and first
/// publication, the deadline rule of the agency's region chain and the holiday calendar, as of now.
/// </summary>
public sealed class PublicationDerivation(IRosterRepository roster, IDeadlineRuleRepository rules, IHolidayRepository holidays,
    IPublicationStatusRepository statuses, FollowUps followUps) : IDerivedWork
{
    public int Stage => 2;

    public bool Owns(string kind) => kind == DerivationKinds.Publication;

    public async Task<IDerivedResults> ComputeAsync(DerivationBatch batch, IReadOnlyList<Derivation> rows, CancellationToken cancellationToken) =>
        new Results(await AssessAsync(rows, batch.Outcomes, batch.Failures, batch.Now, cancellationToken), statuses, followUps);

    private sealed class Results(IReadOnlyList<PublicationStatusRecord> assessed, IPublicationStatusRepository statuses, FollowUps followUps) : IDerivedResults
    {
        public async Task<IReadOnlyCollection<ReportYear>> RecordAsync(DerivationBatch batch, CancellationToken cancellationToken)
        {
            await followUps.PublicationStatusesAssessedAsync(assessed, statuses, batch.Now, cancellationToken);
            return assessed.Select(s => new ReportYear(s.AgencyId, s.FiscalYear)).ToHashSet();
        }
    }

    private async Task<IReadOnlyList<PublicationStatusRecord>> AssessAsync(IReadOnlyList<Derivation> rows, List<DerivationOutcome> outcomes, DerivationFailures failures,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return [];
        var entries = (await roster.FindManyAsync(TenantScope.System, rows.Select(r => new ReportYear(r.AgencyId, r.FiscalYear)).ToHashSet(), cancellationToken))
            .ToDictionary(e => new ReportYear(e.AgencyId, e.FiscalYear));
        var stored = await rules.ListAsync(cancellationToken);
        var schedule = new DeadlineSchedule(stored.Select(DeadlineRuleKinds.ToEntry).Concat(
            stored.Any(r => r.RegionCode is null && r.FiscalYear is null) ? [] : DeadlineSchedule.Default.Entries));
        var calendar = EffectiveHolidayCalendar.Of(await holidays.ListAsync(cancellationToken));

        var results = new List<PublicationStatusRecord>();
        foreach (var row in rows)
        {
            try
            {
                var entry = entries.GetValueOrDefault(new ReportYear(row.AgencyId, row.FiscalYear));
                if (entry is not null) results.Add(Assess(entry, schedule, calendar, now));
                outcomes.Add(new DerivationOutcome.Completed(row));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                outcomes.Add(failures.For(row, ex));
            }
        }
        return results;
    }

    private static PublicationStatusRecord Assess(RosterView entry, DeadlineSchedule schedule, HolidayCalendar calendar, DateTimeOffset now)
    {
        var chain = entry.RegionPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Reverse().ToList();
        var status = PublicationRoster.Assess(
            [new RosterEntry(entry.AgencyId, entry.FiscalYear, chain)
            {
                ApprovalDate = entry.ApprovalDate,
                State = entry.WorkflowState is null ? null : WorkflowNames.ParseState(entry.WorkflowState),
                FirstPublishedAt = entry.FirstPublishedAt,
            }], schedule, calendar, now).Single();
        var assessment = status.Assessment;
        return new PublicationStatusRecord(entry.AgencyId, entry.FiscalYear, PublicationStatusNames.Of(assessment.Status), assessment.DueDate,
            assessment.DueDateGap?.ToString(), assessment.PublishedOn, assessment.DaysLate, status.Rule?.Basis, now);
    }
}
