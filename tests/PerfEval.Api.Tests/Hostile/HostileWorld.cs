using System.Collections.Concurrent;
using System.Net;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Hostile;

/// <summary>
/// What the hostile cases aim at, created once per database: an agency with a 2022 report (version 1) and its key,
/// another tenant's agency, and a region key. Cases write to 2023 so that any accepted write shows in the row counts.
/// </summary>
public sealed record HostileWorld(string AgencyId, string AgencyCode, string AgencyKey, string OtherAgencyId, string RegionKey)
{
    public const int ReportYear = 2022;
    public const int NewYear = 2023;
    public const string AgencyRegion = "430423";

    private static readonly ConcurrentDictionary<string, Lazy<Task<HostileWorld>>> Worlds = new();

    public static Task<HostileWorld> For(IPerfEvalApp app) =>
        Worlds.GetOrAdd(app.ConnectionString, _ => new Lazy<Task<HostileWorld>>(() => CreateAsync(app))).Value;

    public string ReportPath => $"/api/v1/agencies/{AgencyId}/reports/{ReportYear}";
    public string NewReportPath => $"/api/v1/agencies/{AgencyId}/reports/{NewYear}";

    private static async Task<HostileWorld> CreateAsync(IPerfEvalApp app)
    {
        var admin = app.Client();
        var agency = "hostile-" + Guid.NewGuid().ToString("N")[..8];
        var other = "other-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, AgencyRegion);
        await admin.CreateAgencyAsync(other, "130110");
        Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(agency, ReportYear, Documents.Minimal(ReportYear))).StatusCode);
        var (_, agencyKey) = await admin.CreateKeyAsync("agency", agency);
        var (_, regionKey) = await admin.CreateKeyAsync("region", "430000");
        return new HostileWorld(agency, agency.ToUpperInvariant(), agencyKey, other, regionKey);
    }
}
