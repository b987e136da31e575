using PerfEval.Application.Abstractions;

namespace PerfEval.Api.Tests.Infrastructure;

/// <summary>A clock a test sets, for scenarios that depend on dates (deadlines, days late).</summary>
public sealed class TestClock : IClock
{
    private long _ticks = DateTimeOffset.UtcNow.UtcTicks;

    public DateTimeOffset UtcNow => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Set(DateTimeOffset instant) => Interlocked.Exchange(ref _ticks, instant.UtcTicks);
}
