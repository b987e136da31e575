namespace PerfEval.Application.Abstractions;

public interface IClock
{
    DateTimeOffset UtcNow { get; }
}
