using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Regions;

public sealed record CreateRegion(string? Code, [property: FreeText(TextKind.Line)] string? Name, string? ParentCode) : ICommand<RegionRecord>, IValidatable, ITransactional, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.AdminOnly;

    public IEnumerable<FieldError> Validate()
    {
        if (Code is null || !RegionCodes.IsWellFormed(Code)) yield return new("/code", "Region code must be 6 digits (GB/T 2260).");
        else if (Code == RegionCodes.National) yield return new("/code", "000000 is reserved for 全国 (the whole country).");
        if (TextFields.Required(Name, "/name", "Name", 100) is { } name) yield return name;
        if (ParentCode is not null && !RegionCodes.IsWellFormed(ParentCode)) yield return new("/parentCode", "Parent code must be 6 digits.");
    }
}

public sealed class CreateRegionHandler(IRegionRepository regions) : ICommandHandler<CreateRegion, RegionRecord>
{
    public async ValueTask<RegionRecord> Handle(CreateRegion command, CancellationToken cancellationToken)
    {
        if (await regions.FindAsync(command.Code!, cancellationToken) is not null)
            throw new ConflictException($"Region {command.Code} already exists.");

        RegionRecord? parent = null;
        if (command.ParentCode is not null)
        {
            parent = await regions.FindAsync(command.ParentCode, cancellationToken)
                ?? throw new RequestValidationException([new("/parentCode", $"Parent region {command.ParentCode} does not exist.")]);
        }

        // The level is what the code says in GB/T 2260, so a code never means two places at two levels.
        if (RegionCodes.InconsistencyWith(command.Code!, parent?.Code) is { } inconsistency)
            throw new RequestValidationException([new(parent?.Code.EndsWith("00", StringComparison.Ordinal) == false ? "/parentCode" : "/code", inconsistency)]);

        var region = new RegionRecord(
            command.Code!,
            command.Name!.Trim(),
            parent?.Code,
            parent is null ? 1 : parent.Level + 1,
            (parent?.Path ?? "") + command.Code + "/");
        if (!await regions.InsertAsync(region, cancellationToken))
            throw new ConflictException($"Region {command.Code} was registered concurrently.");
        return region;
    }
}
