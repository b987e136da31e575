using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Review;

namespace PerfEval.Application.Declarations;

/// <summary>The current declaration version, a given one, or the approved one, with the document as it was received.</summary>
public sealed record GetDeclaration(string AgencyId, int FiscalYear, int? Version = null, bool Approved = false) : IQuery<DeclarationView>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class GetDeclarationHandler(IDeclarationRepository declarations, ICallerAccessor caller) : IQueryHandler<GetDeclaration, DeclarationView>
{
    public async ValueTask<DeclarationView> Handle(GetDeclaration query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var head = await declarations.Heads.FindAsync(scope, new ReviewKey(query.AgencyId, query.FiscalYear), cancellationToken)
            ?? throw new NotFoundException($"No declaration of agency {query.AgencyId} for {query.FiscalYear}.");
        var number = query.Approved
            ? head.ApprovedVersion ?? throw new NotFoundException($"The declaration of {query.FiscalYear} has no approved version yet.")
            : query.Version ?? head.Version;
        var version = await declarations.FindVersionAsync(scope, new VersionKey(query.AgencyId, query.FiscalYear, number), cancellationToken)
            ?? throw new NotFoundException($"Version {number} does not exist.");
        using var document = JsonDocument.Parse(version.DocumentJson);
        return new DeclarationView(version.AgencyId, version.FiscalYear, version.Version, ReviewSummary.StatusOf(version.Version, head), head.ApprovedVersion, version.CreatedAt, version.CreatedBy,
            version.DocumentHash, document.RootElement.Clone());
    }
}

public sealed record ListDeclarationVersions(string AgencyId, int FiscalYear) : IQuery<IReadOnlyList<DeclarationVersionSummary>>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class ListDeclarationVersionsHandler(IDeclarationRepository declarations, ICallerAccessor caller)
    : IQueryHandler<ListDeclarationVersions, IReadOnlyList<DeclarationVersionSummary>>
{
    public async ValueTask<IReadOnlyList<DeclarationVersionSummary>> Handle(ListDeclarationVersions query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var head = await declarations.Heads.FindAsync(scope, new ReviewKey(query.AgencyId, query.FiscalYear), cancellationToken)
            ?? throw new NotFoundException($"No declaration of agency {query.AgencyId} for {query.FiscalYear}.");
        var versions = await declarations.ListVersionsAsync(scope, query.AgencyId, query.FiscalYear, cancellationToken);
        return versions.Select(v => new DeclarationVersionSummary(v.Version, v.CreatedAt, v.CreatedBy, v.DocumentHash, v.Version == head.ApprovedVersion)).ToList();
    }
}
