namespace PerfEval.Application.Behaviors;

/// <summary>The order every request passes through, outermost first. The host hands this to AddMediator.</summary>
public static class Pipeline
{
    public static readonly Type[] Behaviors =
    [
        typeof(TelemetryBehavior<,>),
        typeof(LoggingBehavior<,>),
        typeof(TenancyBehavior<,>),
        typeof(ValidationBehavior<,>),
        typeof(TransactionBehavior<,>),
        typeof(ReplicaReadBehavior<,>),
    ];
}
