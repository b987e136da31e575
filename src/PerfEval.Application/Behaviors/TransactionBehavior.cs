using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Application.Behaviors;

/// <summary>
/// Runs an <see cref="ITransactional"/> request in one transaction: all of its writes land, or none do. A transaction
/// the database chose as the victim of a conflict with a concurrent one (e.g. two rescores re-queuing overlapping rows)
/// wrote nothing, so it runs again, up to <see cref="MaxAttempts"/> times, instead of failing the client's request.
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not ITransactional || unitOfWork.InTransaction) return await next(message, cancellationToken);

        for (var attempt = 1; ; attempt++)
        {
            await unitOfWork.BeginAsync(cancellationToken);
            try
            {
                var response = await next(message, cancellationToken);
                await unitOfWork.CommitAsync(cancellationToken);
                return response;
            }
            catch (Exception ex) when (attempt < MaxAttempts && unitOfWork.IsTransientConflict(ex))
            {
                await unitOfWork.RollbackAsync(CancellationToken.None);
            }
            catch
            {
                await unitOfWork.RollbackAsync(CancellationToken.None);
                throw;
            }
        }
    }

    public const int MaxAttempts = 3;
}
