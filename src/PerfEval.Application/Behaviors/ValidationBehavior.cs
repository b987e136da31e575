using Mediator;
using PerfEval.Application.Common;

namespace PerfEval.Application.Behaviors;

public sealed class ValidationBehavior<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IValidatable validatable)
        {
            var errors = validatable.Validate().ToList();
            if (errors.Count > 0) throw new RequestValidationException(errors);
        }
        return next(message, cancellationToken);
    }
}
