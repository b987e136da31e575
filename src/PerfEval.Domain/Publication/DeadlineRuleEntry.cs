namespace PerfEval.Domain.Publication;

/// <summary>
/// A deadline rule for one region (GB/T 2260 code; null = national) and one fiscal year (null = every year), with
/// the text it rests on. A <see cref="FixedDateRule"/> needs a fiscal year, since its date belongs to one year.
/// </summary>
public sealed record DeadlineRuleEntry(string? RegionCode, int? FiscalYear, DeadlineRule Rule, string Basis);
