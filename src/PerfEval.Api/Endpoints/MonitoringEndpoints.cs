using Mediator;
using Microsoft.AspNetCore.Mvc;
using PerfEval.Api.Http;
using PerfEval.Application.Common;
using PerfEval.Application.Monitoring;
using PerfEval.Application.Reports;
using PerfEval.Domain.Monitoring;
using PerfEval.Domain.Validation;

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
        periods.MapGet("/assessment", async (string agencyId, int fiscalYear, string period, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetMonitoringAssessment(agencyId, fiscalYear, period), ct)))
            .WithSummary("The workers' assessment of the period: execution pace against the threshold, indicators at risk against the approved declaration, "
                + "the forecast year-end 预算执行率 score under the agency's headline profile, and the PE-MON findings against the year's self-evaluation")
            .WithDescription("Derived in the background after a period version is saved or approved, the thresholds change, the declaration is approved "
                + "or a report version is saved; 404 until then.")
            .WithStandardProblems();
        periods.MapReviewSteps(PutMonitoringPeriod.Subject);

        app.MapGet("/api/v1/agencies/{agencyId}/reports/{fiscalYear:int}/monitoring-consistency",
                async (string agencyId, int fiscalYear, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetMonitoringConsistency(agencyId, fiscalYear), ct)))
            .WithTags("Monitoring")
            .RequireAuthorization()
            .WithSummary("The self-evaluation checked against the year's last monitoring report: PE-MON-001 (a cumulative count below its mid-year figure) "
                + "and PE-MON-002 (execution jumping at year end beyond what the period's threshold leaves)")
            .WithDescription("Each finding points into the report version (reportPointers) and the monitoring version (monitoringPointers). "
                + "404 until the year has a report and a monitoring report.")
            .WithStandardProblems();

        app.MapGet("/api/v1/dashboards/regions/{code}/monitoring", async Task<IResult> (string code, int? fiscalYear, string? period, string? format, ISender sender,
                CancellationToken ct) =>
            {
                if (format is not (null or "json" or "csv")) throw new RequestValidationException([new("/format", "format must be json or csv.")]);
                var summary = await sender.Send(new GetMonitoringSummary(code, fiscalYear, period), ct);
                return format == "csv" ? TypedResults.File(MonitoringCsv(summary).ToBytes(), CsvTable.ContentType) : TypedResults.Ok(summary);
            })
            .WithTags("Monitoring")
            .RequireAuthorization()
            .WithSummary("Monitoring summary of a region: each agency's current period report, those below their execution threshold first")
            .WithDescription("?format=csv returns the rows as CSV (the dashboards' CSV policy: UTF-8 with a byte-order mark, formula-like text neutralised).")
            .Produces<MonitoringSummary>(StatusCodes.Status200OK, "application/json")
            .AlsoAs(StatusCodes.Status200OK, "text/csv")
            .WithStandardProblems();
        return app;
    }

    /// <summary>One row per agency and period: the same fields as the JSON rows, headers in Chinese.</summary>
    public static CsvTable MonitoringCsv(MonitoringSummary summary) =>
        new(["单位ID", "单位名称", "区划代码", "监控期", "版本", "累计执行率(%)", "预警线(%)", "低于预警线", "预计不能完成的指标数"],
            summary.Rows.Select(r => (IReadOnlyList<object?>)[r.AgencyId, r.AgencyName, r.RegionCode, r.Period, r.Version, r.ExecutionRate, r.MinExecutionRate,
                r.BelowThreshold ? "是" : "否", r.AtRiskIndicators]));

    /// <summary>A region's thresholds: the notice they rest on, and each period's end and minimum cumulative execution rate (%).</summary>
    public sealed record ThresholdsBody(string? Source, IReadOnlyList<PeriodThresholdBody>? Periods);
}
