namespace PerfEval.Application.Abstractions;

/// <summary>Where a reader stands in the feed: after the row at (commit position, sequence).</summary>
public sealed record FeedPosition(long CommitPosition, long Seq)
{
    public static FeedPosition Start { get; } = new(-1, -1);
}
