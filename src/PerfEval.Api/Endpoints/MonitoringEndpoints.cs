using Mediator;
using Microsoft.AspNetCore.Mvc;
using PerfEval.Api.Http;
using PerfEval.Application.Common;
using PerfEval.Application.Monitoring;
using PerfEval.Application.Reports;
using PerfEval.Domain.Monitoring;

namespace PerfEval.Api.Endpoints;

/// <summary>Mid-year monitoring (绩效运行监控): thresholds per region and year, the agencies' period reports, the region's summary.</summary>
public static class MonitoringEndpoints
{
    public static IEndpointRouteBuilder MapMonitoringApiV1(this IEndpointRouteBuilder app)
    {
        var thresholds = app.MapGroup("/api/v1/regions/{code}/monitoring-thresholds/{fiscalYear:int}").WithTags("Monitoring").RequireAuthorization();
        thresholds.MapPut("/", async (string code, int fiscalYear, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadAsync<ThresholdsBody>(request, ct);
                return TypedResults.Ok(await sender.Send(new PutMonitoringThresholds(code, fiscalYear, body.Source, body.Periods), ct));
            })
            .Accepts<ThresholdsBody>("application/json")
            .WithSummary("Set a region's monitoring periods and execution thresholds for a year (region reviewer for its region and below, or admin)")
            .WithStandardProblems();
        thresholds.MapGet("/", async (string code, int fiscalYear, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetMonitoringThresholds(code, fiscalYear), ct)))
            .WithSummary("A region's own monitoring periods and thresholds for a year (reference data)")
            .WithStandardProblems();

        var periods = app.MapGroup("/api/v1/agencies/{agencyId}/monitoring/{fiscalYear:int}/{period}").WithTags("Monitoring").RequireAuthorization();
        periods.MapPut("/", async (string agencyId, int fiscalYear, string period, HttpRequest request, HttpResponse response,
                [FromHeader(Name = "If-Match")] string? ifMatch, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ISender sender, CancellationToken ct) =>
            {
                if (!MonitoringPeriods.IsWellFormed(period)) throw new NotFoundException($"No monitoring period '{period}'.");
                var body = await JsonBody.ReadDocumentAsync(request, MonitoringBody.From, ct);
                var result = await sender.Send(new PutMonitoringPeriod(agencyId, fiscalYear, period, body, ETags.Parse(ifMatch), idempotencyKey), ct);
                return ReviewRoutes.Saved(response, result, $"/api/v1/agencies/{agencyId}/monitoring/{fiscalYear}/{period}");
            })
            .Accepts<MonitoringDocument>("application/json")
            .WithSummary("Create the agency's monitoring report for a period or a new immutable version of it (a draft for the region's review)")
            .WithDescription("201 on create, 200 on a new version; ETag = version; If-Match (412) and Idempotency-Key work as for reports. "
                + "The execution pace is assessed against the nearest region's threshold and stored with the version (GET shows it).")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithStandardProblems();
        periods.MapGet("/", async (string agencyId, int fiscalYear, string period, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var view = (await sender.Send(new GetMonitoringPeriod(agencyId, fiscalYear, period), ct))[0];
                response.Headers.ETag = ETags.For(view.Version);
                return TypedResults.Ok(view);
            })
            .WithSummary("The current monitoring version of a period, with its pace")
            .WithStandardProblems();
        periods.MapGet("/versions", async (string agencyId, int fiscalYear, string period, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetMonitoringPeriod(agencyId, fiscalYear, period, AllVersions: true), ct)))
            .WithSummary("Every stored monitoring version of a period")
            .WithStandardProblems();
        periods.MapReviewSteps(PutMonitoringPeriod.Subject);

        app.MapGet("/api/v1/dashboards/regions/{code}/monitoring", async (string code, int? fiscalYear, string? period, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetMonitoringSummary(code, fiscalYear, period), ct)))
            .WithTags("Monitoring")
            .RequireAuthorization()
            .WithSummary("Monitoring summary of a region: each agency's current period report, those below their execution threshold first")
            .WithStandardProblems();
        return app;
    }

    /// <summary>A region's thresholds: the notice they rest on, and each period's end and minimum cumulative execution rate (%).</summary>
    public sealed record ThresholdsBody(string? Source, IReadOnlyList<PeriodThresholdBody>? Periods);
}
