using PerfEval.Domain.Publication;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PerfEval.Application;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Derivations;
using PerfEval.Application.Reports;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Reports;
using PerfEval.Domain.YearOverYear;
using PerfEval.Infrastructure;

namespace PerfEval.Benchmarks;

/// <summary>
/// The raw limit: the rows a PUT writes, written straight through the product's own Infrastructure services, in the
/// transaction shape of PutReportHandler (agency and head read, head + version + findings rows, follow-up work),
/// with no HTTP, authentication, parsing or audit: the audit outcome is computed once per body up front.
/// </summary>
public sealed class RawWriter : IReportWriter, IAsyncDisposable
{
    private const string CreatedBy = "bench-raw";
    private readonly IHost _host;
    private readonly IReadOnlyDictionary<ReportBody, Prepared> _audits;

    private RawWriter(IHost host, IReadOnlyDictionary<ReportBody, Prepared> audits)
    {
        _host = host;
        _audits = audits;
    }

    public static RawWriter Create(string connectionString, IEnumerable<ReportBody> bodies)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PerfEval:Database:Provider"] = "postgres",
            ["PerfEval:Database:ConnectionString"] = connectionString,
        });
        builder.Services.AddPerfEvalApplication();
        builder.Services.AddPerfEvalInfrastructure(builder.Configuration);
        // The host is built for its service provider only and never started: the service already migrated the database.
        var host = builder.Build();
        // Bodies are shared instances; comparing by reference avoids hashing a 20 KB record on every write.
        var audits = new Dictionary<ReportBody, Prepared>(ReferenceEqualityComparer.Instance);
        foreach (var body in bodies)
            if (!audits.ContainsKey(body)) audits[body] = Audit(body);
        return new RawWriter(host, audits);
    }

    private sealed record Prepared(AuditResult Audit, MetricsSnapshot Metrics);

    private static Prepared Audit(ReportBody body)
    {
        using var json = JsonDocument.Parse(body.Json);
        var parsed = ReportParser.Parse(json.RootElement);
        if (!parsed.Succeeded) throw new InvalidOperationException($"Fixture {body.Fixture.Name} does not parse: {parsed.Errors[0].Message}");
        return new Prepared(AuditEngine.Run(parsed.Document!), MetricsSnapshot.Of(parsed.Document!));
    }

    public async Task<WriteOutcome> WriteAsync(ReportKey key, int heldVersion, CancellationToken cancellationToken)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        var agencies = services.GetRequiredService<IAgencyRepository>();
        var reports = services.GetRequiredService<IReportRepository>();
        var followUps = services.GetRequiredService<FollowUps>();
        var tenant = TenantScope.Agency(key.AgencyId, CreatedBy);
        var prepared = _audits[key.Body];

        await unitOfWork.BeginAsync(cancellationToken);
        try
        {
            if (await agencies.FindAsync(tenant, key.AgencyId, cancellationToken) is not { } agency) return await FailAsync(unitOfWork, "agency missing");
            var head = await reports.FindHeadAsync(tenant, key.AgencyId, key.FiscalYear, cancellationToken);
            var now = DateTimeOffset.UtcNow;
            var versionKey = new VersionKey(key.AgencyId, key.FiscalYear, (head?.Version ?? 0) + 1);
            var version = new NewReportVersion(versionKey, key.Body.Json, key.Body.Sha256, now, CreatedBy, prepared.Audit.RulesetVersion,
                prepared.Audit.Findings, prepared.Metrics);
            var stored = head is null
                ? await reports.InsertFirstAsync(tenant, version, cancellationToken)
                : await reports.InsertNextAsync(tenant, version, head.Version, cancellationToken);
            if (!stored) return await FailAsync(unitOfWork, "concurrent change");
            await followUps.VersionSavedAsync(version, WorkflowNames.Draft, now, cancellationToken);
            await unitOfWork.CommitAsync(cancellationToken);
            return WriteOutcome.Saved(versionKey.Version);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await unitOfWork.RollbackAsync(CancellationToken.None);
            return WriteOutcome.Failed(ex.GetType().Name);
        }
    }

    private static async Task<WriteOutcome> FailAsync(IUnitOfWork unitOfWork, string error)
    {
        await unitOfWork.RollbackAsync(CancellationToken.None);
        return WriteOutcome.Failed(error);
    }

    public ValueTask DisposeAsync()
    {
        _host.Dispose();
        return ValueTask.CompletedTask;
    }
}
