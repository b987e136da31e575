using Hangfire;
using Mediator;
using Microsoft.Extensions.Options;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Derivations;

namespace PerfEval.Infrastructure.Jobs;

/// <summary>
/// The stable job facade Hangfire serialises calls to: the argument is a claim id, never an entity. Do not rename or
/// change this signature: queued jobs refer to it by name. Running a claim twice is harmless: results are keyed by
/// what they were computed from, and only the claim holding a ledger row may complete it.
/// </summary>
public sealed class DerivationJobs(IMediator mediator, ICallerAccessor caller, IOptions<JobsOptions> options)
{
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [1, 5, 30])]
    public async Task RunClaimAsync(string claimId, CancellationToken cancellationToken)
    {
        caller.Current = TenantScope.System;
        await mediator.Send(new RunDerivations(claimId, options.Value.MaxAttempts), cancellationToken);
    }
}
