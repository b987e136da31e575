namespace PerfEval.Application.Abstractions;

public interface IDeadlineRuleRepository
{
    Task<bool> InsertAsync(DeadlineRuleRecord rule, CancellationToken cancellationToken);
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);
    Task<DeadlineRuleRecord?> FindAsync(string id, CancellationToken cancellationToken);
    Task<IReadOnlyList<DeadlineRuleRecord>> ListAsync(CancellationToken cancellationToken);
}
