using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Regions;
using PerfEval.Application.Reports;
using PerfEval.Application.Scoring;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Public;

public sealed record PublishedReportSummary(string AgencyId, string AgencyName, string RegionCode, int FiscalYear, int Version, DateTimeOffset PublishedAt,
    FindingCounts FindingCounts);

/// <summary>A published report: the document as published, its findings summary and its computed scores.</summary>
public sealed record PublishedReport(string AgencyId, string AgencyName, string RegionCode, int FiscalYear, int Version, DateTimeOffset PublishedAt,
    string RulesetVersion, FindingCounts FindingCounts, IReadOnlyList<ComputedScore> Scores, JsonElement Document);

/// <summary>What is left of a retracted report in public: when and why it was withdrawn.</summary>
public sealed class RetractedException : AppException
{
    public RetractedException(TransitionRecord retraction)
        : base("Retracted", $"This report was retracted on {retraction.At:yyyy-MM-dd}: {retraction.Reason}")
    {
        Extensions["retractedAt"] = retraction.At;
        Extensions["reason"] = retraction.Reason;
    }

    public override int StatusCode => 410;
}

/// <summary>Published reports, for anyone (no key): a region (and below) and a fiscal year, cursor-paged.</summary>
public sealed record ListPublishedReports(string? RegionCode, int? FiscalYear, int? Limit, string? Cursor) : IQuery<Page<PublishedReportSummary>>, IMayReadFromReplica, IValidatable
{
    public const int MaxLimit = 200;

    public IEnumerable<FieldError> Validate()
    {
        if (RegionCode is not null && !RegionCodes.IsWellFormed(RegionCode)) yield return new("/regionCode", "Region code must be 6 digits.");
        if (FiscalYear is < 1990 or > 2100) yield return new("/fiscalYear", "fiscalYear must be between 1990 and 2100.");
        if (Limit is < 1 or > MaxLimit) yield return new("/limit", $"limit must be between 1 and {MaxLimit}.");
        if (Cursor is not null && !ReportCursor.TryDecode(Cursor, out _, out _)) yield return new("/cursor", "Unrecognised cursor.");
    }
}

public sealed class ListPublishedReportsHandler(IPublicReportRepository published, IRegionRepository regions)
    : IQueryHandler<ListPublishedReports, Page<PublishedReportSummary>>
{
    public async ValueTask<Page<PublishedReportSummary>> Handle(ListPublishedReports query, CancellationToken cancellationToken)
    {
        var region = await RegionFilter.ResolveAsync(regions, query.RegionCode, cancellationToken);
        if (!region.Matches) return new([], null);
        var page = await published.ListAsync(region.Path, query.FiscalYear, query.Limit ?? 50, query.Cursor, cancellationToken);
        return new(page.Items.Select(p => new PublishedReportSummary(p.AgencyId, p.AgencyName, p.RegionCode, p.FiscalYear, p.Version, p.FirstPublishedAt,
            new FindingCounts(p.ErrorCount, p.WarningCount, p.InfoCount))).ToList(), page.NextCursor);
    }
}

/// <summary>One published report, or 410 with a tombstone when it was retracted; anything unpublished is 404.</summary>
public sealed record GetPublishedReport(string AgencyId, int FiscalYear) : IQuery<PublishedReport>, IMayReadFromReplica;

public sealed class GetPublishedReportHandler(IPublicReportRepository published) : IQueryHandler<GetPublishedReport, PublishedReport>
{
    public async ValueTask<PublishedReport> Handle(GetPublishedReport query, CancellationToken cancellationToken)
    {
        var report = await published.FindAsync(query.AgencyId, query.FiscalYear, cancellationToken);
        if (report is null)
        {
            var retraction = await published.FindRetractionAsync(query.AgencyId, query.FiscalYear, cancellationToken);
            throw retraction is null ? new NotFoundException($"No published report of agency {query.AgencyId} for {query.FiscalYear}.") : new RetractedException(retraction);
        }
        var scores = (await published.ListScoresAsync(new VersionKey(report.AgencyId, report.FiscalYear, report.Version), cancellationToken))
            .GroupBy(s => s.Profile).Select(g => g.OrderByDescending(s => s.ComputedAt).First())
            .Select(s => new ComputedScore(JsonSerializer.Deserialize<ScoreResult>(s.ResultJson, ApiJson.Options)!, s.ComputedAt)).ToList();
        using var document = JsonDocument.Parse(report.DocumentJson);
        return new PublishedReport(report.AgencyId, report.AgencyName, report.RegionCode, report.FiscalYear, report.Version, report.FirstPublishedAt,
            report.RulesetVersion, new FindingCounts(report.ErrorCount, report.WarningCount, report.InfoCount), scores, document.RootElement.Clone());
    }
}
