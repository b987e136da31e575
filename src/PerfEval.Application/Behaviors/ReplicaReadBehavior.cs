using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Application.Behaviors;

/// <summary>Lets an <see cref="IMayReadFromReplica"/> request read from the replica while its handler runs.</summary>
public sealed class ReplicaReadBehavior<TMessage, TResponse>(IReadRouting routing) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IMayReadFromReplica) return await next(message, cancellationToken);
        using var _ = routing.MayReadFromReplica();
        return await next(message, cancellationToken);
    }
}
