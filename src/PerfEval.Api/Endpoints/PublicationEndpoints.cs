using Mediator;
using PerfEval.Api.Http;
using PerfEval.Application.Publication;

namespace PerfEval.Api.Endpoints;

/// <summary>Rosters of expected reports, deadline rules and holiday calendars, and the publication status derived from them.</summary>
public static class PublicationEndpoints
{
    public static IEndpointRouteBuilder MapPublicationApiV1(this IEndpointRouteBuilder app)
    {
        var roster = app.MapGroup("/api/v1/roster/{fiscalYear:int}").WithTags("Publication").RequireAuthorization();
        roster.MapGet("/", async (int fiscalYear, string? regionCode, string? status, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListRoster(regionCode, fiscalYear, status), ct)))
            .WithSummary("Expected reports of a fiscal year in a region and below, with publication status, due date and days late (admin, region)")
            .WithStandardProblems();
        roster.MapPut("/agencies/{agencyId}", async (int fiscalYear, string agencyId, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadOptionalAsync(request, new RosterBody(null), ct);
                return TypedResults.Ok(await sender.Send(new PutRosterEntry(agencyId, fiscalYear, body.ApprovalDate), ct));
            })
            .Accepts<RosterBody>("application/json")
            .WithSummary("Put an agency on the year's roster, with its 决算批复 date once known (admin, region)")
            .WithStandardProblems();
        roster.MapDelete("/agencies/{agencyId}", async (int fiscalYear, string agencyId, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RemoveRosterEntry(agencyId, fiscalYear), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Take an agency off the year's roster (admin, region)")
            .WithStandardProblems();

        var rules = app.MapGroup("/api/v1/deadline-rules").WithTags("Publication").RequireAuthorization();
        rules.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListDeadlineRules(), ct)))
            .WithSummary("Publication deadline rules per region and fiscal year (without one, the national rule: 20 days after the 批复, 预算法 §14)")
            .WithStandardProblems();
        rules.MapPost("/", async (HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var rule = await sender.Send(await JsonBody.ReadAsync<CreateDeadlineRule>(request, ct), ct);
                return TypedResults.Created($"/api/v1/deadline-rules/{rule.Id}", rule);
            })
            .Accepts<CreateDeadlineRule>("application/json")
            .WithSummary("Add a deadline rule: fixedDate, calendarDaysAfterApproval or workingDaysAfterApproval (admin; region keys for their region)")
            .WithStandardProblems();
        rules.MapDelete("/{id}", async (string id, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeleteDeadlineRule(id), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Delete a deadline rule")
            .WithStandardProblems();

        app.MapPut("/api/v1/holidays/{year:int}", async (int year, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadAsync<HolidayYearBody>(request, ct);
                return TypedResults.Ok(await sender.Send(new LoadHolidayYear(year, body.Source, body.Days), ct));
            })
            .WithTags("Publication")
            .RequireAuthorization()
            .Accepts<HolidayYearBody>("application/json")
            .WithSummary("Load one year's 法定节假日 and 调休 working days from its 国务院办公厅 notice (admin); replaces the built-in year")
            .WithStandardProblems();
        return app;
    }

    public sealed record RosterBody(DateOnly? ApprovalDate);

    public sealed record HolidayYearBody(string? Source, IReadOnlyList<HolidayDay>? Days);
}
