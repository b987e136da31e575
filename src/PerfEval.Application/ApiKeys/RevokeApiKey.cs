using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Application.ApiKeys;

public sealed record RevokeApiKey(string Id) : ICommand<Unit>, ITransactional, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.AdminOnly;
}

public sealed class RevokeApiKeyHandler(IApiKeyRepository keys, IClock clock) : ICommandHandler<RevokeApiKey, Unit>
{
    public async ValueTask<Unit> Handle(RevokeApiKey command, CancellationToken cancellationToken)
    {
        if (!await keys.RevokeAsync(command.Id, clock.UtcNow, cancellationToken))
            throw new NotFoundException($"API key {command.Id} was not found or is already revoked.");
        return Unit.Value;
    }
}
