namespace PerfEval.Application.Abstractions;

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
