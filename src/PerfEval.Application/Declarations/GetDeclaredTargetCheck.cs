using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Declarations;

namespace PerfEval.Application.Declarations;

/// <summary>The stored check of a report year against its approved declaration; 404 until the workers have made one.</summary>
public sealed record GetDeclaredTargetCheck(string AgencyId, int FiscalYear) : IQuery<DeclaredTargetCheck>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class GetDeclaredTargetCheckHandler(IDeclarationRepository declarations, ICallerAccessor caller)
    : IQueryHandler<GetDeclaredTargetCheck, DeclaredTargetCheck>
{
    public async ValueTask<DeclaredTargetCheck> Handle(GetDeclaredTargetCheck query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var check = await declarations.FindCheckAsync(scope, query.AgencyId, query.FiscalYear, cancellationToken)
            ?? throw new NotFoundException($"No check of agency {query.AgencyId}'s {query.FiscalYear} self-evaluation against an approved declaration (yet).");
        var scores = await declarations.ListScoresAsync(scope, query.AgencyId, query.FiscalYear, cancellationToken);
        return new DeclaredTargetCheck(check.AgencyId, check.FiscalYear, check.ReportVersion, check.DeclarationVersion, check.RulesetVersion,
            check.ErrorCount, check.WarningCount,
            JsonSerializer.Deserialize<IReadOnlyList<TargetChangeFinding>>(check.FindingsJson, ApiJson.Options) ?? [],
            scores.Select(s => JsonSerializer.Deserialize<DeclaredScore>(s.ResultJson, ApiJson.Options)!).ToList(),
            check.ComputedAt);
    }
}
