namespace PerfEval.Application.Abstractions;

/// <summary>One agency's report for one fiscal year, whatever its versions: the unit of publication status and dashboard facts.</summary>
public sealed record ReportYear(string AgencyId, int FiscalYear);
