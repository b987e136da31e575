using PerfEval.Application.Abstractions;

namespace PerfEval.Application.Common;

public static class Roles
{
    public static readonly IReadOnlyList<CallerRole> AdminOnly = [CallerRole.Admin];
    public static readonly IReadOnlyList<CallerRole> Readers = [CallerRole.Admin, CallerRole.Region, CallerRole.Agency];
    public static readonly IReadOnlyList<CallerRole> Writers = [CallerRole.Admin, CallerRole.Agency];
    public static readonly IReadOnlyList<CallerRole> Reviewers = [CallerRole.Admin, CallerRole.Region];

    public const string AdminName = "admin";
    public const string RegionName = "region";
    public const string AgencyName = "agency";

    public static CallerRole? Parse(string? role) => role switch
    {
        AdminName => CallerRole.Admin,
        RegionName => CallerRole.Region,
        AgencyName => CallerRole.Agency,
        _ => null,
    };
}
