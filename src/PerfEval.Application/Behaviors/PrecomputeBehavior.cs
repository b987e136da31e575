using Mediator;
using PerfEval.Application.Common;

namespace PerfEval.Application.Behaviors;

/// <summary>
/// Runs a request's CPU-bound preparation (e.g. the audit of a report) after validation and before its transaction
/// opens, so that no database lock is held while it runs.
/// </summary>
public sealed class PrecomputeBehavior<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IPrecomputed precomputed) precomputed.Precompute();
        return next(message, cancellationToken);
    }
}
