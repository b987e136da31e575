namespace PerfEval.Application.Abstractions;

public interface IPublicationStatusRepository
{
    Task UpsertAsync(PublicationStatusRecord status, CancellationToken cancellationToken);
}
