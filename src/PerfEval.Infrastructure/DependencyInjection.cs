using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;
using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;
using PerfEval.Infrastructure.Repositories;
using PerfEval.Infrastructure.Security;
using PerfEval.Infrastructure.Seeding;
using PerfEval.Infrastructure.Spreadsheets;
using PerfEval.Infrastructure.Webhooks;

namespace PerfEval.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddPerfEvalInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.Configure<BootstrapOptions>(configuration.GetSection(BootstrapOptions.Section));
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));

        // Chosen lazily from options so that test hosts can override the provider after registration.
        services.AddSingleton<ISqlDialect>(sp => CreateDialect(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, sp.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<AgencyCodeKeys>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IClock, SystemClock>();
        services.AddSingleton<IApiKeySecrets, ApiKeySecrets>();
        services.AddSingleton<IWorkbookCodec, XlsxWorkbookCodec>();
        services.AddSingleton<IReportFileReader, Documents.ReportFileReader>();

        services.AddScoped<DbSession>();
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<DbSession>());
        services.AddScoped<IReadRouting>(sp => sp.GetRequiredService<DbSession>());
        services.AddScoped<ICallerAccessor, CallerAccessor>();
        services.AddScoped<IRegionRepository, RegionRepository>();
        services.AddScoped<IAgencyRepository, AgencyRepository>();
        services.AddScoped<IApiKeyRepository, ApiKeyRepository>();
        services.AddScoped<IReportRepository, ReportRepository>();
        services.AddScoped<IReportImportStore, ReportImportRepository>();
        services.AddScoped<IIdempotencyRepository, IdempotencyRepository>();
        services.AddScoped<IDerivationLedger, DerivationLedger>();
        services.AddScoped<IWorkflowRepository, WorkflowRepository>();
        services.AddScoped<IRosterRepository, RosterRepository>();
        services.AddScoped<IDeadlineRuleRepository, DeadlineRuleRepository>();
        services.AddScoped<IHolidayRepository, HolidayRepository>();
        services.AddScoped<IPublicationStatusRepository, PublicationStatusRepository>();
        services.AddScoped<IPublicReportRepository, PublicReportRepository>();
        services.AddScoped<IScoringRepository, ScoringRepository>();
        services.AddScoped<IYoyRepository, YoyRepository>();
        services.AddScoped<IRescoreRepository, RescoreRepository>();
        services.AddScoped<IChangeLog, ChangeLogRepository>();
        services.AddScoped<IDashboardRepository, DashboardRepository>();
        services.AddScoped<IRegionTotalsRepository, RegionTotalsRepository>();
        services.AddScoped<IReportExport, ReportExportRepository>();
        services.AddScoped<IDeclarationRepository, DeclarationRepository>();
        services.AddScoped<IMonitoringRepository, MonitoringRepository>();
        services.AddScoped<IMonitoringAssessmentRepository, MonitoringAssessmentRepository>();
        services.AddScoped<IProfileRepository, ProfileRepository>();
        services.AddScoped<IReportAuditRepository, ReportAuditRepository>();

        services.AddHostedService<DatabaseInitializer>();
        services.AddPerfEvalWebhooks(configuration);
        return services;
    }

    public static ISqlDialect CreateDialect(DatabaseOptions options, IHostEnvironment environment)
    {
        switch (options.Provider.ToLowerInvariant())
        {
            case "sqlite":
                var connectionString = options.ConnectionString;
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    var folder = Path.Combine(environment.ContentRootPath, "data");
                    Directory.CreateDirectory(folder);
                    connectionString = $"Data Source={Path.Combine(folder, "perfeval.db")}";
                }
                if (!string.IsNullOrWhiteSpace(options.ReadConnectionString))
                    throw new InvalidOperationException("PerfEval:Database:ReadConnectionString needs provider postgres or sqlserver (SQLite has no replica).");
                var builder = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true, DefaultTimeout = options.CommandTimeoutSeconds };
                return new SqliteDialect(builder.ToString(), options.CommandTimeoutSeconds);
            case "postgres":
            case "postgresql":
                return new PostgresDialect(NpgsqlDataSource.Create(Require(options)), options.CommandTimeoutSeconds,
                    Replica(options) is { } replica ? NpgsqlDataSource.Create(replica) : null);
            case "sqlserver":
                return new SqlServerDialect(Require(options), options.CommandTimeoutSeconds, Replica(options));
            default:
                throw new InvalidOperationException($"Unknown database provider '{options.Provider}' (sqlite, postgres, sqlserver).");
        }
    }

    private static string? Replica(DatabaseOptions options) =>
        string.IsNullOrWhiteSpace(options.ReadConnectionString) ? null : options.ReadConnectionString;

    private static string Require(DatabaseOptions options) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? throw new InvalidOperationException($"PerfEval:Database:ConnectionString is required for provider {options.Provider}.")
            : options.ConnectionString;
}
