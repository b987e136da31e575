namespace PerfEval.Application.Abstractions;

public interface IRescoreRepository
{
    Task CreateAsync(RescoreRun run, CancellationToken cancellationToken);
    Task<RescoreRun?> FindAsync(string id, CancellationToken cancellationToken);
}
