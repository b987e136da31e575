using System.Text.RegularExpressions;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Agencies;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Agencies;

/// <summary>Registers an agency (单位). <see cref="Id"/> is an optional URL-safe slug; one is generated otherwise.</summary>
public sealed partial record CreateAgency(
    string? Id, [property: FreeText(TextKind.Identifier)] string? Code, [property: FreeText(TextKind.Line)] string? Name, string? RegionCode,
    [property: FreeText(TextKind.Line)] string? Sector, string? CreditCode)
    : ICommand<AgencyRecord>, IValidatable, ITransactional, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.AdminOnly;

    public IEnumerable<FieldError> Validate()
    {
        if (Id is not null && !Slug().IsMatch(Id)) yield return new("/id", "Id must be 2-64 characters: lower-case letters, digits and '-'.");
        if (TextFields.Required(Code, "/code", "Code", 64) is { } code) yield return code;
        if (TextFields.Required(Name, "/name", "Name", 200) is { } name) yield return name;
        if (RegionCode is null || !Regions.RegionCodes.IsWellFormed(RegionCode)) yield return new("/regionCode", "Region code must be 6 digits (GB/T 2260).");
        if (TextFields.Optional(Sector, "/sector", "Sector", 100) is { } sector) yield return sector;
        if (CreditCode is not null && !Domain.Agencies.CreditCode.IsValid(CreditCode))
            yield return new("/creditCode", "Not a valid 统一社会信用代码: wrong length, character or check character (GB 32100).");
    }

    /// <summary>The code as stored and compared: surrounding spaces are not part of it (" X" and "X" are one agency).</summary>
    public string NormalizedCode() => Code!.Trim();

    [GeneratedRegex(@"\A[a-z0-9][a-z0-9-]{1,63}\z")]
    private static partial Regex Slug();
}

public sealed class CreateAgencyHandler(IAgencyRepository agencies, IRegionRepository regions, ICallerAccessor caller, IClock clock)
    : ICommandHandler<CreateAgency, AgencyRecord>
{
    public async ValueTask<AgencyRecord> Handle(CreateAgency command, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var region = await regions.FindAsync(command.RegionCode!, cancellationToken)
            ?? throw new RequestValidationException([new("/regionCode", $"Region {command.RegionCode} does not exist.")]);
        var code = command.NormalizedCode();
        if (await agencies.CodeExistsAsync(code, cancellationToken))
            throw new ConflictException($"An agency with code {code} already exists.");

        var id = command.Id ?? Guid.NewGuid().ToString("N")[..12];
        if (await agencies.FindAsync(TenantScope.System, id, cancellationToken) is not null)
            throw new ConflictException($"An agency with id {id} already exists.");

        var agency = new AgencyRecord(id, code, command.Name!.Trim(), region.Code, region.Path, command.Sector?.Trim(), command.CreditCode, clock.UtcNow);
        if (!await agencies.InsertAsync(scope, agency, cancellationToken))
            throw new ConflictException($"An agency with id {id} or code {code} was registered concurrently.");
        return agency;
    }
}
