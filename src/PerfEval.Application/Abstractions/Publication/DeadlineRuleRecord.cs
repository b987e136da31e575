namespace PerfEval.Application.Abstractions;

public sealed record DeadlineRuleRecord(string Id, string? RegionCode, int? FiscalYear, string RuleKind, int? Days, DateOnly? FixedDate, string Basis,
    string? CreatedBy, DateTimeOffset CreatedAt)
{
    private DeadlineRuleRecord() : this("", null, null, "", null, null, "", null, default) { }
}
