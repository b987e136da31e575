using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Application.Behaviors;

/// <summary>Refuses a request whose caller's role is not allowed. Row-level isolation is enforced in the repositories.</summary>
public sealed class TenancyBehavior<TMessage, TResponse>(ICallerAccessor caller) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IRequiresRole requires)
        {
            var scope = caller.Current ?? throw new InvalidOperationException("No caller scope was established for this request.");
            if (!requires.AllowedRoles.Contains(scope.Role))
                throw new ForbiddenException($"The '{scope.Role.ToString().ToLowerInvariant()}' role may not do this.");
        }
        return next(message, cancellationToken);
    }
}
