using PerfEval.Application.Abstractions;

namespace PerfEval.Infrastructure.Security;

public sealed class SystemClock(TimeProvider time) : IClock
{
    public DateTimeOffset UtcNow => time.GetUtcNow();
}
