using Microsoft.Extensions.DependencyInjection;
using PerfEval.Application.Derivations;

namespace PerfEval.Application;

public static class DependencyInjection
{
    /// <summary>Application services that are not mediator handlers (those are registered by the source generator).</summary>
    public static IServiceCollection AddPerfEvalApplication(this IServiceCollection services)
    {
        services.AddScoped<FollowUps>();
        services.AddScoped<ScoreDerivation>();
        services.AddScoped<YoyDerivation>();
        services.AddScoped<PublicationDerivation>();
        return services;
    }
}
