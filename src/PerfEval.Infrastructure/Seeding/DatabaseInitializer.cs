using System.Text.Json;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Agencies;
using PerfEval.Application.Dashboards;
using PerfEval.Application.Declarations;
using PerfEval.Application.Monitoring;
using PerfEval.Application.Publication;
using PerfEval.Application.Reports;
using PerfEval.Application.Review;
using PerfEval.Domain.Publication;
using PerfEval.Domain.Review;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Seeding;

/// <summary>
/// Runs before the host serves requests: applies migrations, loads the region tree into an empty database,
/// ensures the bootstrap admin key, and (when enabled) loads the demo agencies and reports.
/// </summary>
public sealed class DatabaseInitializer(
    IServiceScopeFactory scopes,
    MigrationRunner migrations,
    AgencyCodeKeys agencyCodeKeys,
    IOptions<BootstrapOptions> bootstrap,
    IOptions<DemoOptions> demo,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await migrations.MigrateAsync(cancellationToken);
        await agencyCodeKeys.BackfillAsync(cancellationToken);

        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<DbSession>();
        var regions = services.GetRequiredService<IRegionRepository>();

        if (await regions.CountAsync(cancellationToken) == 0)
        {
            await db.BeginAsync(cancellationToken);
            var tree = RegionSeeder.LoadEmbedded();
            await regions.InsertManyAsync(tree, cancellationToken);
            await db.CommitAsync(cancellationToken);
            logger.LogInformation("Loaded {Count} regions (GB/T 2260)", tree.Count);
        }

        // A database that held facts before the region totals existed gets them once, from its facts.
        if (await services.GetRequiredService<IMediator>().Send(new RebuildRegionTotals(OnlyWhenNotReady: true), cancellationToken) is { } rebuilt)
            logger.LogInformation("Region totals rebuilt from {Count} dashboard facts", rebuilt);

        await EnsureBootstrapKeyAsync(services, cancellationToken);
        if (demo.Value.Enabled) await LoadDemoAsync(services, cancellationToken);
    }

    private async Task EnsureBootstrapKeyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var key = bootstrap.Value.AdminApiKey;
        if (string.IsNullOrEmpty(key)) return;
        if (key.Length < 16) throw new InvalidOperationException("PerfEval:Bootstrap:AdminApiKey must be at least 16 characters.");

        var keys = services.GetRequiredService<IApiKeyRepository>();
        var secrets = services.GetRequiredService<IApiKeySecrets>();
        var hash = secrets.Hash(key);
        if (await keys.FindActiveByHashAsync(hash, cancellationToken) is not null) return;
        var clock = services.GetRequiredService<IClock>();
        await keys.InsertAsync(new ApiKeyRecord(Guid.NewGuid().ToString("N"), "bootstrap-admin", "admin", null, hash, clock.UtcNow, null), cancellationToken);
        logger.LogInformation("Bootstrap admin key registered from configuration (PerfEval:Bootstrap:AdminApiKey)");
    }

    private async Task LoadDemoAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var agencies = services.GetRequiredService<IAgencyRepository>();
        if ((await agencies.ListAsync(TenantScope.System, null, cancellationToken)).Count > 0) return;

        services.GetRequiredService<ICallerAccessor>().Current = TenantScope.System;
        var mediator = services.GetRequiredService<IMediator>();
        foreach (var agency in DemoAgencies.All)
        {
            await mediator.Send(new CreateAgency(agency.Id, agency.Code, agency.Name, agency.RegionCode, DemoAgencies.Sector, null), cancellationToken);
            await mediator.Send(new PutReport(agency.Id, agency.FiscalYear, ReportBody.Parse(DemoAgencies.ReportJson(agency.Fixture)), null, null), cancellationToken);
            await mediator.Send(new PutRosterEntry(agency.Id, agency.FiscalYear, DemoAgencies.IllustrativeApprovalDate(agency.FiscalYear)), cancellationToken);
        }
        await LoadDemoYearAroundAsync(mediator, cancellationToken);
        var published = DemoAgencies.All.Single(a => a.Id == DemoAgencies.PublishedId);
        foreach (var action in new[] { WorkflowAction.Submit, WorkflowAction.Accept, WorkflowAction.Publish })
            await mediator.Send(new TransitionReport(published.Id, published.FiscalYear, action, null, AcknowledgeWarnings: true, null), cancellationToken);
        logger.LogInformation(
            "Demo data loaded: {Count} agencies, their reports and roster entries (one published), approved declarations and an end-of-June monitoring report each. Read them with an admin key, e.g. "
            + "curl -H \"X-Api-Key: $KEY\" http://localhost:5080/api/v1/reports — the key is PerfEval:Bootstrap:AdminApiKey "
            + "(env PerfEval__Bootstrap__AdminApiKey; in Development it defaults to the value in appsettings.Development.json).",
            DemoAgencies.All.Count);
    }

    /// <summary>Thresholds for each demo province, then per agency an approved declaration and an end-of-June monitoring report.</summary>
    private static async Task LoadDemoYearAroundAsync(IMediator mediator, CancellationToken cancellationToken)
    {
        foreach (var (province, year) in DemoAgencies.All.Select(a => (a.RegionCode[..2] + "0000", a.FiscalYear)).Distinct())
            await mediator.Send(new PutMonitoringThresholds(province, year, DemoYearAround.ThresholdSource,
                [.. DemoYearAround.Thresholds(year).Select(t => new PeriodThresholdBody(t.Period, t.EndsOn, t.MinExecutionRate))]), cancellationToken);
        foreach (var agency in DemoAgencies.All)
        {
            var report = DemoAgencies.ReportJson(agency.Fixture);
            var declaration = DemoYearAround.DeclarationJson(agency, report);
            using (var parsed = JsonDocument.Parse(declaration))
                await mediator.Send(new PutDeclaration(agency.Id, agency.FiscalYear, DeclarationBody.From(declaration, parsed.RootElement), null, null), cancellationToken);
            foreach (var step in new[] { ReviewWorkflow.Submit, ReviewWorkflow.Approve })
                await mediator.Send(new TransitionReview(new ReviewKey(agency.Id, agency.FiscalYear), step, null, null), cancellationToken);
            var monitoring = DemoYearAround.MonitoringJson(agency, report, declaration);
            using var document = JsonDocument.Parse(monitoring);
            await mediator.Send(new PutMonitoringPeriod(agency.Id, agency.FiscalYear, DemoYearAround.Period, MonitoringBody.From(monitoring, document.RootElement)), cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
