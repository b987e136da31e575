namespace PerfEval.Application.Abstractions;

/// <summary>A change to record in the feed, in the same transaction as the change itself.</summary>
public sealed record NewChange(string AgencyId, int FiscalYear, int Version, string Kind, string DetailJson, DateTimeOffset At);
