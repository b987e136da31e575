using PerfEval.Domain.Audit;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Application.Abstractions;

public sealed record ReportListFilter(string? RegionPath, int? FiscalYear, string? Status);
