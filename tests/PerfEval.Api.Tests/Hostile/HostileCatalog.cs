namespace PerfEval.Api.Tests.Hostile;

/// <summary>Every hostile case, by unique name (a duplicate name fails at start-up).</summary>
public static class HostileCatalog
{
    public static readonly IReadOnlyList<HostileCase> All =
    [
        .. JsonSyntaxCases.All(),
        .. ReportFieldCases.All(),
        .. NumberCases.All(),
        .. TextCases.All(),
        .. HttpCases.All(),
        .. RouteCases.All(),
        .. HeaderCases.All(),
        .. CommandCases.All(),
        .. WorkbookCases.All(),
        .. DocumentCases.All(),
        .. HardeningCases.All(),
        .. ImportCases.All(),
        .. DeclarationCases.All(),
        .. MonitoringCases.All(),
        .. ProfileCases.All(),
        .. DeclarationWorkbookCases.All(),
    ];

    public static readonly IReadOnlyDictionary<string, HostileCase> ByName = All.ToDictionary(c => c.Name);
}
