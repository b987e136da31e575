using Microsoft.Extensions.DependencyInjection;
using PerfEval.Application.Derivations;

namespace PerfEval.Application;

public static class DependencyInjection
{
    /// <summary>Application services that are not mediator handlers (those are registered by the source generator).</summary>
    public static IServiceCollection AddPerfEvalApplication(this IServiceCollection services)
    {
        services.AddSingleton<Telemetry.PerfEvalTelemetry>();
        services.AddScoped<FollowUps>();
        services.AddScoped<Scoring.ProfileCatalog>();
        services.AddScoped<Webhooks.WebhookEvents>();
        // Derived work: each kind is one class; the job runs whatever is registered here.
        services.AddScoped<IDerivedWork, ScoreDerivation>();
        services.AddScoped<IDerivedWork, YoyDerivation>();
        services.AddScoped<IDerivedWork, PublicationDerivation>();
        services.AddScoped<IDerivedWork, DashboardDerivation>();
        services.AddScoped<IDerivedWork, DeclaredTargetsDerivation>();
        services.AddScoped<IDerivedWork, ReauditDerivation>();
        services.AddScoped<IDerivedWork, MonitoringAssessmentDerivation>();
        return services;
    }
}
