namespace PerfEval.Application.Abstractions;

/// <summary>
/// What an agency files during the year and the region reviews, as addressed: a declaration (绩效目标申报) is one per
/// agency and fiscal year (<see cref="Period"/> null), a monitoring report (绩效运行监控) one per agency, year and period.
/// </summary>
public sealed record ReviewKey(string AgencyId, int FiscalYear, string? Period = null)
{
    /// <summary>"ag-1/2023" or "ag-1/2023/06": the request identity an Idempotency-Key is bound to.</summary>
    public string Path => Period is null ? $"{AgencyId}/{FiscalYear}" : $"{AgencyId}/{FiscalYear}/{Period}";

    public string Describe => Period is null ? $"of agency {AgencyId} for {FiscalYear}" : $"of agency {AgencyId} for {FiscalYear} period {Period}";
}

/// <summary>The current state of one reviewed document: its latest version, review status and approved version.</summary>
public sealed record ReviewHead(
    string AgencyId,
    int FiscalYear,
    string? Period,
    int Version,
    string Status,
    int? ApprovedVersion,
    string? StatusReason,
    string? StatusBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    private ReviewHead() : this("", 0, null, 0, "", null, null, null, default, default) { }

    public ReviewKey Key => new(AgencyId, FiscalYear, Period);
}

/// <summary>A review step to store: the head moves from <see cref="From"/> only if it is still there at <see cref="Version"/>.</summary>
public sealed record ReviewMove(ReviewKey Key, int Version, string From, string To, int? ApprovedVersion, string? Reason, string? By, DateTimeOffset At);

/// <summary>The heads of one kind of reviewed document. Every statement is limited to the caller's scope.</summary>
public interface IReviewHeads
{
    Task<ReviewHead?> FindAsync(TenantScope scope, ReviewKey key, CancellationToken cancellationToken);

    /// <summary>Stores the head of version 1 (a draft). False when the agency is outside <paramref name="scope"/> or the head exists.</summary>
    Task<bool> InsertFirstAsync(TenantScope scope, ReviewKey key, string? by, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Moves the head to <paramref name="version"/> (a new draft) if it is still at <paramref name="expectedVersion"/>.</summary>
    Task<bool> AdvanceAsync(TenantScope scope, ReviewKey key, int version, int expectedVersion, string? by, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>A review step; false when the head moved since it was read.</summary>
    Task<bool> MoveAsync(TenantScope scope, ReviewMove move, CancellationToken cancellationToken);
}
