using System.Reflection;
using Hangfire;
using Hangfire.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Jobs;

public static class JobsSetup
{
    /// <summary>China Standard Time, for recurring jobs tied to fiscal calendars.</summary>
    public static readonly TimeZoneInfo ChinaStandardTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static IServiceCollection AddPerfEvalJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JobsOptions>(configuration.GetSection(JobsOptions.Section));
        services.AddScoped<DerivationJobs>();
        services.AddScoped<PublicationJobs>();
        services.AddSingleton<JobTelemetryFilter>();

        // The storage is the dialect's, chosen inside the callback, so that test hosts can override the provider.
        services.AddHangfire((sp, config) =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var jobs = sp.GetRequiredService<IOptions<JobsOptions>>().Value;
            var poll = TimeSpan.FromMilliseconds(jobs.PollIntervalMs);
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            sp.GetRequiredService<ISqlDialect>().UseJobStorage(config, database.ConnectionString ?? "", poll);
        });

        var roles = HostRoles.From(configuration);
        if (roles.Worker && !IsBuildTimeDocumentGeneration())
        {
            services.AddHangfireServer((sp, server) =>
            {
                var jobs = sp.GetRequiredService<IOptions<JobsOptions>>().Value;
                server.WorkerCount = jobs.WorkerCount > 0 ? jobs.WorkerCount : Math.Max(2, Environment.ProcessorCount);
                server.SchedulePollingInterval = TimeSpan.FromMilliseconds(jobs.PollIntervalMs);
                server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
                server.FilterProvider = sp.GetRequiredService<JobTelemetryFilter>().ProvidedTo(server.FilterProvider ?? JobFilterProviders.Providers);
            });
            services.AddHostedService<DerivationDispatcher>();
        }
        return services;
    }

    /// <summary>Registers the recurring jobs with explicit ids, in China Standard Time, identically on every node.</summary>
    public static void RegisterRecurringJobs(IServiceProvider services)
    {
        var recurring = services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<PublicationJobs>(PublicationJobs.DailyJobId, j => j.RecomputeAllAsync(CancellationToken.None), PublicationJobs.DailyCron,
            new RecurringJobOptions { TimeZone = ChinaStandardTime });
    }

    // `dotnet build` with OpenAPI document generation starts the host inside GetDocument.Insider; no workers then.
    private static bool IsBuildTimeDocumentGeneration() =>
        Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";
}
