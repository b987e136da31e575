namespace PerfEval.Application.Abstractions;

/// <summary>One workflow transition as recorded in a report year's history (append-only).</summary>
public sealed record TransitionRecord(
    string AgencyId,
    int FiscalYear,
    int Seq,
    int Version,
    string Action,
    string? FromState,
    string ToState,
    string? Reason,
    bool WarningsAcknowledged,
    string? ActorKeyId,
    string? ActorName,
    DateTimeOffset At)
{
    private TransitionRecord() : this("", 0, 0, 0, "", null, "", null, false, null, null, default) { }
}

public interface IWorkflowRepository
{
    /// <summary>Moves the head from <paramref name="from"/> to <paramref name="to"/> if it still is at that state and
    /// version; records the first publication. False when the head moved or is outside <paramref name="scope"/>.</summary>
    Task<bool> MoveAsync(TenantScope scope, VersionKey head, string from, string to, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Appends a transition to the history (the next sequence number of the report year).</summary>
    Task AppendAsync(TransitionRecord transition, CancellationToken cancellationToken);

    Task<IReadOnlyList<TransitionRecord>> ListAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken);
}

/// <summary>An expected report: the agency must report for the fiscal year; its 决算批复 date starts the deadline.</summary>
public sealed record RosterRecord(string AgencyId, int FiscalYear, DateOnly? ApprovalDate, string? AddedBy, DateTimeOffset AddedAt)
{
    private RosterRecord() : this("", 0, null, null, default) { }
}

/// <summary>A roster entry with what the workflow and the workers know of it (for computing and listing statuses).</summary>
public sealed record RosterView(
    string AgencyId,
    string AgencyName,
    string RegionCode,
    string RegionPath,
    int FiscalYear,
    DateOnly? ApprovalDate,
    string? WorkflowState,
    int? Version,
    DateTimeOffset? FirstPublishedAt,
    string? Status,
    DateOnly? DueDate,
    string? DueDateGap,
    DateOnly? PublishedOn,
    int? DaysLate,
    DateTimeOffset? ComputedAt)
{
    private RosterView() : this("", "", "", "", 0, null, null, null, null, null, null, null, null, null, null) { }
}

public interface IRosterRepository
{
    /// <summary>Adds or updates an entry for an agency visible to <paramref name="scope"/>; false when it is not.</summary>
    Task<bool> UpsertAsync(TenantScope scope, RosterRecord entry, CancellationToken cancellationToken);
    Task<bool> RemoveAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken);
    Task<IReadOnlyList<RosterView>> ListAsync(TenantScope scope, string? regionPath, int fiscalYear, CancellationToken cancellationToken);
    Task<RosterView?> FindAsync(TenantScope scope, string agencyId, int fiscalYear, CancellationToken cancellationToken);
    Task<IReadOnlyList<RosterView>> FindManyAsync(TenantScope scope, IReadOnlyCollection<ReportYear> years, CancellationToken cancellationToken);
}

public sealed record DeadlineRuleRecord(string Id, string? RegionCode, int? FiscalYear, string RuleKind, int? Days, DateOnly? FixedDate, string Basis,
    string? CreatedBy, DateTimeOffset CreatedAt)
{
    private DeadlineRuleRecord() : this("", null, null, "", null, null, "", null, default) { }
}

public interface IDeadlineRuleRepository
{
    Task<bool> InsertAsync(DeadlineRuleRecord rule, CancellationToken cancellationToken);
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);
    Task<DeadlineRuleRecord?> FindAsync(string id, CancellationToken cancellationToken);
    Task<IReadOnlyList<DeadlineRuleRecord>> ListAsync(CancellationToken cancellationToken);
}

public sealed record HolidayRecord(DateOnly Day, int Year, string Kind, string Source, DateTimeOffset LoadedAt)
{
    private HolidayRecord() : this(default, 0, "", "", default) { }
}

public interface IHolidayRepository
{
    /// <summary>Replaces one year's holidays and make-up working days.</summary>
    Task ReplaceYearAsync(int year, IReadOnlyList<HolidayRecord> days, CancellationToken cancellationToken);
    Task<IReadOnlyList<HolidayRecord>> ListAsync(CancellationToken cancellationToken);
}

public sealed record PublicationStatusRecord(string AgencyId, int FiscalYear, string Status, DateOnly? DueDate, string? DueDateGap, DateOnly? PublishedOn,
    int? DaysLate, string? RuleBasis, DateTimeOffset ComputedAt);

public interface IPublicationStatusRepository
{
    Task UpsertAsync(PublicationStatusRecord status, CancellationToken cancellationToken);
}

/// <summary>A published report year as the public sees it.</summary>
public sealed record PublishedReportRecord(
    string AgencyId,
    string AgencyName,
    string RegionCode,
    int FiscalYear,
    int Version,
    DateTimeOffset FirstPublishedAt,
    string DocumentJson,
    string RulesetVersion,
    int ErrorCount,
    int WarningCount,
    int InfoCount)
{
    private PublishedReportRecord() : this("", "", "", 0, 0, default, "", "", 0, 0, 0) { }
}

/// <summary>
/// Reads for anyone, without a key: every statement is restricted to published report years in SQL, so nothing
/// else can leak through this path whatever the caller asks.
/// </summary>
public interface IPublicReportRepository
{
    Task<Page<PublishedReportRecord>> ListAsync(string? regionPath, int? fiscalYear, int limit, string? cursor, CancellationToken cancellationToken);
    Task<PublishedReportRecord?> FindAsync(string agencyId, int fiscalYear, CancellationToken cancellationToken);

    /// <summary>The last retraction of a report year that is retracted now (or back in review after it); null otherwise.</summary>
    Task<TransitionRecord?> FindRetractionAsync(string agencyId, int fiscalYear, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredScore>> ListScoresAsync(VersionKey key, CancellationToken cancellationToken);
}
