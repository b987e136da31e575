namespace PerfEval.Application.Abstractions;

/// <summary>
/// What an agency files during the year and the region reviews, as addressed: a declaration (绩效目标申报) is one per
/// agency and fiscal year (<see cref="Period"/> null), a monitoring report (绩效运行监控) one per agency, year and period.
/// </summary>
public sealed record ReviewKey(string AgencyId, int FiscalYear, string? Period = null)
{
    /// <summary>"ag-1/2023" or "ag-1/2023/06": the request identity an Idempotency-Key is bound to.</summary>
    public string Path => Period is null ? $"{AgencyId}/{FiscalYear}" : $"{AgencyId}/{FiscalYear}/{Period}";

    public string Describe => Period is null ? $"of agency {AgencyId} for {FiscalYear}" : $"of agency {AgencyId} for {FiscalYear} period {Period}";
}
