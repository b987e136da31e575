using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Validation;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Application.YearOverYear;

/// <summary>A stored year-over-year comparison, with whose it is and when it was computed.</summary>
public sealed record ComputedYoy : YoyResult
{
    public ComputedYoy(string agencyId, YoyResult result, DateTimeOffset computedAt) : base(result)
    {
        AgencyId = agencyId;
        ComputedAt = computedAt;
    }

    public string AgencyId { get; init; }
    public DateTimeOffset ComputedAt { get; init; }

    public static ComputedYoy From(StoredYoy stored) =>
        new(stored.AgencyId, JsonSerializer.Deserialize<YoyResult>(stored.ResultJson, ApiJson.Options)!, stored.ComputedAt);
}

/// <summary>The stored year-over-year comparison of one report year.</summary>
public sealed record GetReportYoy(string AgencyId, int FiscalYear) : IQuery<ComputedYoy>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class GetReportYoyHandler(IReportRepository reports, IYoyRepository yoy, ICallerAccessor caller) : IQueryHandler<GetReportYoy, ComputedYoy>
{
    public async ValueTask<ComputedYoy> Handle(GetReportYoy query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        _ = await reports.FindHeadAsync(scope, query.AgencyId, query.FiscalYear, cancellationToken)
            ?? throw new NotFoundException($"No report of agency {query.AgencyId} for {query.FiscalYear}.");
        var stored = await yoy.FindAsync(scope, query.AgencyId, query.FiscalYear, cancellationToken)
            ?? throw new NotFoundException("The year-over-year comparison has not been computed yet; it follows each saved version shortly.");
        return ComputedYoy.From(stored);
    }
}

/// <summary>An agency's comparisons across a span of years.</summary>
public sealed record GetAgencyYoy(string AgencyId, int? FromYear, int? ToYear) : IQuery<IReadOnlyList<ComputedYoy>>, IValidatable, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;

    public IEnumerable<FieldError> Validate()
    {
        if (FromYear is { } from && ToYear is { } to && from > to) yield return new("/fromYear", "fromYear must not be after toYear.");
    }
}

public sealed class GetAgencyYoyHandler(IAgencyRepository agencies, IYoyRepository yoy, ICallerAccessor caller) : IQueryHandler<GetAgencyYoy, IReadOnlyList<ComputedYoy>>
{
    public async ValueTask<IReadOnlyList<ComputedYoy>> Handle(GetAgencyYoy query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        _ = await agencies.FindAsync(scope, query.AgencyId, cancellationToken) ?? throw new NotFoundException($"Agency {query.AgencyId} was not found.");
        var rows = await yoy.ListAsync(scope, query.AgencyId, query.FromYear ?? 1990, query.ToYear ?? 2100, cancellationToken);
        return rows.Select(ComputedYoy.From).ToList();
    }
}
