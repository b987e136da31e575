using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Application.Behaviors;

/// <summary>
/// Logs each request at Debug (off in production by default), slow ones and unexpected failures at Warning. Client
/// errors (404, 409, 422, …) are answered as problems and are not worth a warning.
/// </summary>
public sealed class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger, ICallerAccessor caller)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(1);

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var name = typeof(TMessage).Name;
        try
        {
            var response = await next(message, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            logger.Log(elapsed > Slow ? LogLevel.Warning : LogLevel.Debug, "{Request} by {Scope} handled in {ElapsedMs:0.0} ms", name, caller.Current, elapsed.TotalMilliseconds);
            return response;
        }
        catch (Exception ex)
        {
            logger.Log(ex is AppException or OperationCanceledException ? LogLevel.Debug : LogLevel.Warning,
                "{Request} by {Scope} failed after {ElapsedMs:0.0} ms: {Error}", name, caller.Current, Stopwatch.GetElapsedTime(started).TotalMilliseconds, ex.GetType().Name);
            throw;
        }
    }
}
