namespace PerfEval.Application.Abstractions;

/// <summary>An expected report: the agency must report for the fiscal year; its 决算批复 date starts the deadline.</summary>
public sealed record RosterRecord(string AgencyId, int FiscalYear, DateOnly? ApprovalDate, string? AddedBy, DateTimeOffset AddedAt)
{
    private RosterRecord() : this("", 0, null, null, default) { }
}
