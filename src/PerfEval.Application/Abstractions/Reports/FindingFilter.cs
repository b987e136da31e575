using PerfEval.Domain.Audit;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Application.Abstractions;

public sealed record FindingFilter(string? RegionPath, int? FiscalYear, string? RuleId, string? Severity);
