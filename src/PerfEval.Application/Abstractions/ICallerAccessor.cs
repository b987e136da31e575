namespace PerfEval.Application.Abstractions;

/// <summary>The scope of the current request or job; set once by authentication or by the job runner.</summary>
public interface ICallerAccessor
{
    TenantScope? Current { get; set; }
}
