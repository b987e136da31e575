using PerfEval.Domain.Reports.SelfEvaluationSheets;

namespace PerfEval.Application.Abstractions;

/// <summary>What a workbook sent to the service may hold (a 自评表 has one sheet of some 40 rows and 9 columns).</summary>
public static class WorkbookLimits
{
    public const int MaxSheets = 20;
    public const int MaxRows = 5_000;
    public const int MaxColumns = 256;
    public const int MaxCellsPerSheet = 100_000;
    public const int MaxMergesPerSheet = 5_000;

    /// <summary>Characters in one XML part once decompressed (a zip bomb stops here).</summary>
    public const long MaxPartCharacters = 8L * 1024 * 1024;

    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
