using PerfEval.Application.Abstractions;

namespace PerfEval.Application.Common;

public static class CallerAccessorExtensions
{
    public static TenantScope Require(this ICallerAccessor accessor) =>
        accessor.Current ?? throw new InvalidOperationException("No caller scope was established for this request.");
}
