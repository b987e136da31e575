using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using PerfEval.Application.Abstractions;

namespace PerfEval.Application.Behaviors;

public sealed class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger, ICallerAccessor caller)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var name = typeof(TMessage).Name;
        try
        {
            var response = await next(message, cancellationToken);
            logger.LogInformation("{Request} by {Scope} handled in {ElapsedMs:0.0} ms", name, caller.Current, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception ex)
        {
            logger.LogInformation("{Request} by {Scope} failed after {ElapsedMs:0.0} ms: {Error}", name, caller.Current, Stopwatch.GetElapsedTime(started).TotalMilliseconds, ex.GetType().Name);
            throw;
        }
    }
}
