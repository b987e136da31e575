using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PerfEval.Application.Abstractions;

namespace PerfEval.Infrastructure.Jobs;

/// <summary>
/// Drains the derivation ledger: each claim of due rows becomes one <see cref="DerivationJobs.RunClaimAsync"/> job. A
/// process that dies after claiming leaves the rows to be claimed again when the lease ends.
/// </summary>
public sealed class DerivationDispatcher(IServiceScopeFactory scopes, IBackgroundJobClient jobs, IOptions<JobsOptions> options, TimeProvider time,
    ILogger<DerivationDispatcher> logger) : ClaimLoop(scopes, time, logger)
{
    protected override ClaimSettings Settings => new(options.Value.DispatchBatchSize, options.Value.ClaimLeaseSeconds, options.Value.MaxInFlight,
        TimeSpan.FromMilliseconds(options.Value.DispatchIntervalMs));

    protected override Task<int> CountInFlightAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken) =>
        services.GetRequiredService<IDerivationLedger>().CountInFlightAsync(now, cancellationToken);

    protected override async Task<int> ClaimAsync(IServiceProvider services, string claimId, int limit, DateTimeOffset now, DateTimeOffset leaseUntil,
        CancellationToken cancellationToken) =>
        (await services.GetRequiredService<IDerivationLedger>().ClaimAsync(claimId, limit, now, leaseUntil, cancellationToken)).Count;

    protected override void Enqueue(string claimId) => jobs.Enqueue<DerivationJobs>(j => j.RunClaimAsync(claimId, CancellationToken.None));
}
