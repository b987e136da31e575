namespace PerfEval.Application.Abstractions;

public sealed record PublicationStatusRecord(string AgencyId, int FiscalYear, string Status, DateOnly? DueDate, string? DueDateGap, DateOnly? PublishedOn,
    int? DaysLate, string? RuleBasis, DateTimeOffset ComputedAt);
