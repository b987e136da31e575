using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.ApiKeys;

public sealed record CreatedApiKey(string Id, string Key, string Role, string? Scope, string Name, DateTimeOffset CreatedAt);

/// <summary>Issues a key. The secret is returned only in this response; only its hash is stored.</summary>
public sealed record CreateApiKey([property: FreeText(TextKind.Line)] string? Name, string? Role, [property: FreeText(TextKind.Identifier)] string? Scope) : ICommand<CreatedApiKey>, IValidatable, ITransactional, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.AdminOnly;

    public IEnumerable<FieldError> Validate()
    {
        if (TextFields.Required(Name, "/name", "Name", 100) is { } name) yield return name;
        var role = Roles.Parse(Role);
        if (role is null) yield return new("/role", "Role must be one of: admin, region, agency.");
        else if (role == CallerRole.Admin && Scope is not null) yield return new("/scope", "An admin key has no scope; omit it.");
        else if (role != CallerRole.Admin && string.IsNullOrWhiteSpace(Scope))
            yield return new("/scope", "A region key needs a region code, an agency key an agency id.");
        else if (Scope is { Length: > 64 } || (Scope is not null && !TextFields.IsSingleLine(Scope)))
            yield return new("/scope", "Scope is a region code or an agency id (at most 64 printable characters).");
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
