using System.Net;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Hostile;

/// <summary>The bodies the hostile cases start from are accepted as they are, so each case fails for its own change only.</summary>
[Trait("Provider", "each")]
public sealed class HostileBaselineTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_unbroken_report_and_commands_are_accepted()
    {
        var world = await HostileWorld.For(app);
        using var admin = app.Client();

        var report = await admin.SendAsync(Raw.Put($"/api/v1/agencies/{world.AgencyId}/reports/2030", ReportBodies.Valid(2030)));
        Assert.Equal(HttpStatusCode.Created, report.StatusCode);
        var agency = await admin.SendAsync(Raw.Post("/api/v1/agencies", CommandCases.ValidAgency.Replace("never-created", "baseline-" + Guid.NewGuid().ToString("N")[..6], StringComparison.Ordinal)
            .Replace("NEVER-CREATED", Guid.NewGuid().ToString("N"), StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Created, agency.StatusCode);
    }
}
