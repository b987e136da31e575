namespace PerfEval.Application.Abstractions;

public sealed class CallerAccessor : ICallerAccessor
{
    public TenantScope? Current { get; set; }
}
