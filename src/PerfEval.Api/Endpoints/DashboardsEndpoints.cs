using Mediator;
using PerfEval.Api.Http;
using PerfEval.Application.Dashboards;

namespace PerfEval.Api.Endpoints;

public static class DashboardsEndpoints
{
    public static IEndpointRouteBuilder MapDashboardsApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/dashboards").WithTags("Dashboards").RequireAuthorization();

        group.MapGet("/regions/{code}/summary", (string code, int? fiscalYear, string? format, HttpContext http, ISender sender, CancellationToken ct) =>
                DashboardResponses.SendAsync(http, sender, new GetDashboardStamp(code, null, fiscalYear),
                    async () => await sender.Send(new GetRegionSummary(code, fiscalYear), ct), DashboardCsv.Summary, format, ct))
            .WithSummary("Counts by workflow and publication status, score distribution and grades, score inflation, frequent findings and overdue agencies of a region and its descendants")
            .Documented<RegionSummary>();

        group.MapGet("/regions/{code}/rankings", (string code, int? fiscalYear, string? metric, int? limit, int? offset, string? format, HttpContext http, ISender sender,
                CancellationToken ct) =>
                DashboardResponses.SendAsync(http, sender, new GetDashboardStamp(code, null, fiscalYear),
                    async () => await sender.Send(new GetRankings(code, fiscalYear, metric, limit, offset), ct), DashboardCsv.Rankings, format, ct))
            .WithSummary("Agencies of a region ranked by a metric (score, a report metric or common indicator, score:<profile>, yoy:<metric>), with percentiles in the region and in the same sector")
            .WithDescription("Every ranked agency by default; limit and offset return one page of the same ranking (ranks and percentiles "
                + "are always among every agency of the region), and total says how many there are.")
            .Documented<Rankings>();

        group.MapGet("/agencies/{agencyId}/timeseries", (string agencyId, string? format, HttpContext http, ISender sender, CancellationToken ct) =>
                DashboardResponses.SendAsync(http, sender, new GetDashboardStamp(null, agencyId, null),
                    async () => await sender.Send(new GetAgencyTimeseries(agencyId), ct), DashboardCsv.Timeseries, format, ct))
            .WithSummary("Every metric and score of an agency over the years")
            .Documented<AgencyTimeseries>();
        return app;
    }

    private static RouteHandlerBuilder Documented<T>(this RouteHandlerBuilder builder) => builder
        .Produces<T>(StatusCodes.Status200OK, "application/json")
        .AlsoAs(StatusCodes.Status200OK, "text/csv")
        .Produces(StatusCodes.Status304NotModified)
        .WithStandardProblems();
}
