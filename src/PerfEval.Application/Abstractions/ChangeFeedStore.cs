namespace PerfEval.Application.Abstractions;

/// <summary>A change to record in the feed, in the same transaction as the change itself.</summary>
public sealed record NewChange(string AgencyId, int FiscalYear, int Version, string Kind, string DetailJson, DateTimeOffset At);

/// <summary>Where a reader stands in the feed: after the row at (commit position, sequence).</summary>
public sealed record FeedPosition(long CommitPosition, long Seq)
{
    public static FeedPosition Start { get; } = new(-1, -1);
}

/// <summary>One change as the feed serves it.</summary>
public sealed record StoredChange(long Seq, long CommitPosition, string AgencyId, int FiscalYear, int Version, string Kind, string DetailJson, DateTimeOffset At)
{
    private StoredChange() : this(0, 0, "", 0, 0, "", "", default) { }

    public FeedPosition Position => new(CommitPosition, Seq);
}

public interface IChangeLog
{
    Task AppendAsync(IReadOnlyList<NewChange> changes, CancellationToken cancellationToken);

    /// <summary>Records a new version (stored in <paramref name="status"/>) and its finding set.</summary>
    Task VersionSavedAsync(NewReportVersion version, string status, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records the workflow state the report year is in now.</summary>
    Task WorkflowChangedAsync(string agencyId, int fiscalYear, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records a publication status unless the stored one already says the same (call before storing it).</summary>
    Task PublicationStatusAsync(PublicationStatusRecord status, CancellationToken cancellationToken);

    /// <summary>Changes after <paramref name="after"/> that <paramref name="scope"/> may see and that no running transaction can still precede.</summary>
    Task<IReadOnlyList<StoredChange>> ListAsync(TenantScope scope, FeedPosition after, int limit, CancellationToken cancellationToken);
}
