using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.YearOverYear;

/// <summary>The stored year-over-year comparison of one report year.</summary>
public sealed record GetReportYoy(string AgencyId, int FiscalYear) : IQuery<JsonElement>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class GetReportYoyHandler(IReportRepository reports, IYoyRepository yoy, ICallerAccessor caller) : IQueryHandler<GetReportYoy, JsonElement>
{
    public async ValueTask<JsonElement> Handle(GetReportYoy query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        _ = await reports.FindHeadAsync(scope, query.AgencyId, query.FiscalYear, cancellationToken)
            ?? throw new NotFoundException($"No report of agency {query.AgencyId} for {query.FiscalYear}.");
        var stored = await yoy.FindAsync(scope, query.AgencyId, query.FiscalYear, cancellationToken)
            ?? throw new NotFoundException("The year-over-year comparison has not been computed yet; it follows each saved version shortly.");
        using var json = JsonDocument.Parse(stored.ResultJson);
        return json.RootElement.Clone();
    }
}

/// <summary>An agency's comparisons across a span of years.</summary>
public sealed record GetAgencyYoy(string AgencyId, int? FromYear, int? ToYear) : IQuery<IReadOnlyList<JsonElement>>, IValidatable, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;

    public IEnumerable<FieldError> Validate()
    {
        if (FromYear is { } from && ToYear is { } to && from > to) yield return new("/fromYear", "fromYear must not be after toYear.");
    }
}

public sealed class GetAgencyYoyHandler(IAgencyRepository agencies, IYoyRepository yoy, ICallerAccessor caller) : IQueryHandler<GetAgencyYoy, IReadOnlyList<JsonElement>>
{
    public async ValueTask<IReadOnlyList<JsonElement>> Handle(GetAgencyYoy query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        _ = await agencies.FindAsync(scope, query.AgencyId, cancellationToken) ?? throw new NotFoundException($"Agency {query.AgencyId} was not found.");
        var rows = await yoy.ListAsync(scope, query.AgencyId, query.FromYear ?? 1990, query.ToYear ?? 2100, cancellationToken);
        return rows.Select(r =>
        {
            using var json = JsonDocument.Parse(r);
            return json.RootElement.Clone();
        }).ToList();
    }
}
