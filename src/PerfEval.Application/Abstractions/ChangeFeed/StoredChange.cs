namespace PerfEval.Application.Abstractions;

/// <summary>One change as the feed serves it.</summary>
public sealed record StoredChange(long Seq, long CommitPosition, string AgencyId, int FiscalYear, int Version, string Kind, string DetailJson, DateTimeOffset At)
{
    private StoredChange() : this(0, 0, "", 0, 0, "", "", default) { }

    public FeedPosition Position => new(CommitPosition, Seq);
}
