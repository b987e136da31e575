using System.Diagnostics;
using System.Threading.Channels;

namespace PerfEval.Benchmarks;

/// <summary>Hands each client its next request's intended start (a Stopwatch timestamp), or null when the run is over.</summary>
public interface IPacer
{
    ValueTask<long?> NextAsync(CancellationToken cancellationToken);
    long Offered { get; }
}

/// <summary>Closed loop: every client sends its next request as soon as the previous one returns.</summary>
public sealed class ClosedLoopPacer(long endTimestamp) : IPacer
{
    private long _offered;

    public long Offered => Interlocked.Read(ref _offered);

    public ValueTask<long?> NextAsync(CancellationToken cancellationToken)
    {
        var now = Stopwatch.GetTimestamp();
        if (now >= endTimestamp) return ValueTask.FromResult<long?>(null);
        Interlocked.Increment(ref _offered);
        return ValueTask.FromResult<long?>(now);
    }
}

/// <summary>
/// Open loop at a fixed rate: tickets are issued on schedule whether or not earlier requests returned, and latency is
/// measured from a ticket's scheduled time, so a service that falls behind shows it in the percentiles (no
/// coordinated omission).
/// </summary>
public sealed class OpenLoopPacer : IPacer
{
    private readonly Channel<long> _tickets = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleWriter = true });
    private long _offered;

    public OpenLoopPacer(double ratePerSecond, long startTimestamp, long endTimestamp, CancellationToken cancellationToken) =>
        _ = Task.Run(() => ProduceAsync(ratePerSecond, startTimestamp, endTimestamp, cancellationToken), cancellationToken);

    public long Offered => Interlocked.Read(ref _offered);

    public async ValueTask<long?> NextAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _tickets.Reader.ReadAsync(cancellationToken);
        }
        catch (ChannelClosedException)
        {
            return null;
        }
    }

    private async Task ProduceAsync(double rate, long start, long end, CancellationToken cancellationToken)
    {
        var interval = Stopwatch.Frequency / rate;
        long issued = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var now = Stopwatch.GetTimestamp();
                if (now >= end) break;
                // Issue every ticket that is due by now, then sleep about a millisecond: timer resolution is coarse.
                while (start + (long)(issued * interval) <= now)
                {
                    _tickets.Writer.TryWrite(start + (long)(issued * interval));
                    issued++;
                    Interlocked.Increment(ref _offered);
                }
                await Task.Delay(1, cancellationToken);
            }
        }
        catch (OperationCanceledException) { }
        finally
        {
            _tickets.Writer.TryComplete();
        }
    }
}
