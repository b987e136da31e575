using Mediator;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Derivations;

namespace PerfEval.Api.Tests.Infrastructure;

/// <summary>Plays the derivation workers for hosts that run the API role only: claims due ledger rows and runs them.</summary>
public sealed class LedgerDriver(IPerfEvalApp app, int maxAttempts = 3)
{
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ICallerAccessor>().Current = TenantScope.System;
        return await action(scope.ServiceProvider);
    }

    /// <summary>Claims every due row (whoever's) with the given lease, as one dispatcher pass after another would.</summary>
    public Task<List<(string ClaimId, IReadOnlyList<Derivation> Rows)>> ClaimAllAsync(TimeSpan lease) => WithScopeAsync(async sp =>
    {
        var ledger = sp.GetRequiredService<IDerivationLedger>();
        var claims = new List<(string, IReadOnlyList<Derivation>)>();
        // One instant for the whole pass: a row claimed in it is not due again within it, however short the lease and
        // however slow the round trips (with the clock read per claim, a 1 ms lease on a loaded machine re-claims for ever).
        var now = DateTimeOffset.UtcNow;
        while (true)
        {
            var id = Guid.NewGuid().ToString("N");
            var rows = await ledger.ClaimAsync(id, 500, now, now + lease, CancellationToken.None);
            if (rows.Count == 0) return claims;
            claims.Add((id, rows));
        }
    });

    public Task<DerivationRunSummary> RunAsync(string claimId) =>
        WithScopeAsync(sp => sp.GetRequiredService<IMediator>().Send(new RunDerivations(claimId, maxAttempts)).AsTask());

    /// <summary>Runs claims until nothing is due; deferred rows (a comparison waiting for scores) come due a second later.</summary>
    public async Task DrainAsync()
    {
        for (var idleRounds = 0; idleRounds < 2;)
        {
            var claims = await ClaimAllAsync(TimeSpan.FromMinutes(5));
            foreach (var (id, _) in claims) await RunAsync(id);
            if (claims.Count > 0) idleRounds = 0;
            else if (++idleRounds < 2) await Task.Delay(1100);
        }
    }
}
