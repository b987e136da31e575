namespace PerfEval.Domain.Scoring;

/// <summary>
/// Where a profile applies. Each list left empty means "any": <see cref="Regions"/> are GB/T 2260 codes, each
/// covering itself and its descendants (430000 covers every 湖南 prefecture and county); <see cref="FromYear"/> and
/// <see cref="ToYear"/> bound the fiscal years (inclusive); <see cref="Sectors"/> match the agency's sector;
/// <see cref="ReportKinds"/> match the kind of report.
/// </summary>
public sealed record ProfileApplicability
{
    public IReadOnlyList<string> Regions { get; init; } = [];
    public int? FromYear { get; init; }
    public int? ToYear { get; init; }
    public IReadOnlyList<string> Sectors { get; init; } = [];
    public IReadOnlyList<string> ReportKinds { get; init; } = [];

    public static ProfileApplicability Everywhere { get; } = new();

    public bool Applies(ReportContext report) =>
        (Regions.Count == 0 || Regions.Any(code => ReportContext.IsWithin(report.RegionPath, code)))
        && (FromYear is not { } from || report.FiscalYear >= from)
        && (ToYear is not { } to || report.FiscalYear <= to)
        && (Sectors.Count == 0 || (report.Sector is { } sector && Sectors.Contains(sector, StringComparer.Ordinal)))
        && (ReportKinds.Count == 0 || ReportKinds.Contains(report.ReportKind, StringComparer.Ordinal));
}

/// <summary>What applicability reads of a report: its agency's region path (codes from the province down, each
/// followed by '/'), its fiscal year, its agency's sector and its kind.</summary>
public sealed record ReportContext(string RegionPath, int FiscalYear, string? Sector, string ReportKind = ReportKinds.DepartmentOverall)
{
    /// <summary>True when the region of <paramref name="regionPath"/> is <paramref name="code"/> or lies under it.</summary>
    public static bool IsWithin(string regionPath, string code) =>
        regionPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Contains(code, StringComparer.Ordinal);
}

/// <summary>The kinds of report a profile can apply to. Every stored report today is a 部门整体支出绩效自评报告.</summary>
public static class ReportKinds
{
    public const string DepartmentOverall = "departmentOverall";

    public static IReadOnlyList<string> All { get; } = [DepartmentOverall];
}
