using Mediator;
using PerfEval.Application.Findings;

namespace PerfEval.Api.Endpoints;

public static class FindingsEndpoints
{
    public static IEndpointRouteBuilder MapFindingsApiV1(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/agencies/{agencyId}/reports/{fiscalYear:int}/findings",
                async (string agencyId, int fiscalYear, int? version, ISender sender, CancellationToken ct) =>
                    TypedResults.Ok(await sender.Send(new GetReportFindings(agencyId, fiscalYear, version), ct)))
            .WithTags("Findings")
            .RequireAuthorization()
            .WithSummary("Consistency findings stored with a version (current unless ?version=)")
            .WithStandardProblems();

        app.MapGet("/api/v1/agencies/{agencyId}/reports/{fiscalYear:int}/audits",
                async (string agencyId, int fiscalYear, int? version, ISender sender, CancellationToken ct) =>
                    TypedResults.Ok(await sender.Send(new ListVersionAudits(agencyId, fiscalYear, version), ct)))
            .WithTags("Findings")
            .RequireAuthorization()
            .WithSummary("Every audit of a version by ruleset: the one at save and any re-audit under a newer ruleset (current version unless ?version=)")
            .WithStandardProblems();

        app.MapGet("/api/v1/findings",
                async (string? regionCode, int? fiscalYear, string? ruleId, string? severity, int? limit, ISender sender, CancellationToken ct) =>
                    TypedResults.Ok(await sender.Send(new ListFindings(regionCode, fiscalYear, ruleId, severity, limit), ct)))
            .WithTags("Findings")
            .RequireAuthorization()
            .WithSummary("Findings of current report versions across a region (admin and region keys)")
            .WithStandardProblems();

        return app;
    }
}
