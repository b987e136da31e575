using Mediator;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using PerfEval.Api.App;
using PerfEval.Api.Auth;
using PerfEval.Api.Endpoints;
using PerfEval.Api.Health;
using PerfEval.Api.Http;
using PerfEval.Api.OpenApi;
using PerfEval.Api.Telemetry;
using PerfEval.Application;
using PerfEval.Application.Behaviors;
using PerfEval.Application.Common;
using Hangfire;
using PerfEval.Infrastructure;
using PerfEval.Infrastructure.Jobs;

namespace PerfEval.Api;

/// <summary>Service registration and the HTTP pipeline, kept apart from Program so both stay readable.</summary>
public static class HostSetup
{
    public static WebApplicationBuilder AddPerfEval(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<ApiOptions>(builder.Configuration.GetSection(ApiOptions.Section));
        services.AddPerfEvalApplication();
        services.AddPerfEvalInfrastructure(builder.Configuration);
        services.AddPerfEvalJobs(builder.Configuration);
        services.AddSingleton(builder.Configuration.GetSection("PerfEval:Yoy").Get<PerfEval.Domain.YearOverYear.YoyOptions>() ?? new PerfEval.Domain.YearOverYear.YoyOptions());

        services.AddMediator((MediatorOptions options) => options.ServiceLifetime = ServiceLifetime.Scoped);
        foreach (var behavior in Pipeline.Behaviors)
            services.AddScoped(typeof(IPipelineBehavior<,>), behavior);

        services.AddApiKeyAuth(builder.Configuration);
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<JsonOptions>(o => ApiJson.ApplyTo(o.SerializerOptions));
        services.AddPerfEvalOpenApi();
        services.AddPerfEvalRateLimiting(builder.Configuration);
        services.AddPerfEvalTelemetry(builder.Configuration);
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"])
            .AddCheck<DerivationBacklogCheck>("derivation-backlog", tags: ["ready"]);
        return builder;
    }

    public static WebApplication UsePerfEval(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (HostRoles.From(app.Configuration).Api) app.UseAppPage();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapPerfEvalOpenApi();
        app.MapPerfEvalMetrics();

        if (HostRoles.From(app.Configuration).Api)
        {
            var api = app.MapGroup("").AnswerHeadForGets();
            api.MapCallerApiV1();
            api.MapRegionsApiV1();
            api.MapAgenciesApiV1();
            api.MapApiKeysApiV1();
            api.MapReportsApiV1();
            api.MapWorkbooksApiV1();
            api.MapDocumentsApiV1();
            api.MapFindingsApiV1();
            api.MapScoringApiV1();
            api.MapWorkflowApiV1();
            api.MapPublicationApiV1();
            api.MapPublicApiV1();
            api.MapWebhooksApiV1();
            api.MapDashboardsApiV1();
            api.MapChangesApiV1();
            api.MapImportsApiV1();
            api.MapDeclarationsApiV1();
            api.MapMonitoringApiV1();
            api.MapProfilesApiV1();
        }

        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [new HangfireDashboardAuthorization()],
            DisplayStorageConnectionString = false,
        });
        JobsSetup.RegisterRecurringJobs(app.Services);
        return app;
    }
}
