using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Dashboards;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Exports;

/// <summary>What an export will stream: the caller's scope and the region path (checked like a dashboard's).</summary>
public sealed record ExportPlan(TenantScope Scope, string RegionPath, int? FiscalYear);

/// <summary>Checks a bulk export request (admin and region keys; the region must be within the caller's).</summary>
public sealed record ResolveExport(string? RegionCode, int? FiscalYear) : IQuery<ExportPlan>, IMayReadFromReplica, IValidatable, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Reviewers;

    public IEnumerable<FieldError> Validate()
    {
        if (string.IsNullOrWhiteSpace(RegionCode)) yield return new("/regionCode", "regionCode is required.");
    }
}

public sealed class ResolveExportHandler(IRegionRepository regions, ICallerAccessor caller) : IQueryHandler<ResolveExport, ExportPlan>
{
    public async ValueTask<ExportPlan> Handle(ResolveExport query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var region = await DashboardScope.RegionAsync(regions, scope, query.RegionCode!, cancellationToken);
        return new ExportPlan(scope, region.Path, query.FiscalYear);
    }
}
