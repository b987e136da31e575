using System.Diagnostics;
using Mediator;
using PerfEval.Application.Common;
using PerfEval.Application.Telemetry;

namespace PerfEval.Application.Behaviors;

/// <summary>
/// Outermost behaviour: one span per use case (child of the HTTP or job span, parent of its SQL spans), its count and
/// duration, and the business counters of responses that stored something, recorded only after the transaction
/// committed (the transaction behaviour runs inside this one).
/// </summary>
public sealed class TelemetryBehavior<TMessage, TResponse>(PerfEvalTelemetry telemetry) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string RequestName = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        using var activity = PerfEvalTelemetry.Source.StartActivity(RequestName);
        activity?.SetTag("perfeval.request", RequestName);
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            var response = await next(message, cancellationToken);
            if (response is IAcceptedReport { AcceptedFindings: { } findings }) telemetry.ReportAccepted(findings);
            return response;
        }
        catch (Exception ex)
        {
            // Client errors are answered as problems: the use case worked as designed, the span is not an error.
            outcome = ex switch { AppException => "rejected", OperationCanceledException => "cancelled", _ => "error" };
            activity?.SetTag("perfeval.outcome", outcome);
            if (outcome == "error") activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
        finally
        {
            var request = new KeyValuePair<string, object?>("request", RequestName);
            telemetry.Requests.Add(1, request, new KeyValuePair<string, object?>("outcome", outcome));
            telemetry.RequestDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, request);
        }
    }
}
