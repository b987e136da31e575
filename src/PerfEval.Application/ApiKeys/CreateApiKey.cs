using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.ApiKeys;

public sealed record CreatedApiKey(string Id, string Key, string Role, string? Scope, string Name, DateTimeOffset CreatedAt);

/// <summary>Issues a key. The secret is returned only in this response; only its hash is stored.</summary>
public sealed record CreateApiKey(string? Name, string? Role, string? Scope) : ICommand<CreatedApiKey>, IValidatable, ITransactional, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.AdminOnly;

    public IEnumerable<FieldError> Validate()
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 100) yield return new("/name", "Name is required (at most 100 characters).");
        var role = Roles.Parse(Role);
        if (role is null) yield return new("/role", "Role must be one of: admin, region, agency.");
        else if (role == CallerRole.Admin && Scope is not null) yield return new("/scope", "An admin key has no scope; omit it.");
        else if (role != CallerRole.Admin && string.IsNullOrWhiteSpace(Scope))
            yield return new("/scope", "A region key needs a region code, an agency key an agency id.");
    }
}

public sealed class CreateApiKeyHandler(IApiKeyRepository keys, IRegionRepository regions, IAgencyRepository agencies, IApiKeySecrets secrets, IClock clock)
    : ICommandHandler<CreateApiKey, CreatedApiKey>
{
    public async ValueTask<CreatedApiKey> Handle(CreateApiKey command, CancellationToken cancellationToken)
    {
        var role = Roles.Parse(command.Role)!.Value;
        if (role == CallerRole.Region && await regions.FindAsync(command.Scope!, cancellationToken) is null)
            throw new RequestValidationException([new("/scope", $"Region {command.Scope} does not exist.")]);
        if (role == CallerRole.Agency && await agencies.FindAsync(TenantScope.System, command.Scope!, cancellationToken) is null)
            throw new RequestValidationException([new("/scope", $"Agency {command.Scope} does not exist.")]);

        var secret = secrets.NewKey();
        var record = new ApiKeyRecord(Guid.NewGuid().ToString("N"), command.Name!.Trim(), command.Role!, command.Scope, secrets.Hash(secret), clock.UtcNow, null);
        await keys.InsertAsync(record, cancellationToken);
        return new CreatedApiKey(record.Id, secret, record.Role, record.Scope, record.Name, record.CreatedAt);
    }
}
