namespace PerfEval.Application.Abstractions;

/// <summary>
/// What the dashboards need of one agency and fiscal year, kept up to date by the <c>dashboard</c> derivation so that
/// a region's summary is one pass over small rows instead of a recomputation from documents and results.
/// </summary>
public sealed record DashboardFact(
    string AgencyId,
    int FiscalYear,
    int? Version,
    string? WorkflowState,
    string? PublicationStatus,
    decimal? Score,
    string? Grade,
    decimal? SelfScore,
    /// <summary>Self-score minus computed score: positive when the agency scored itself higher ("score inflation").</summary>
    decimal? ScoreDifference,
    int ErrorCount,
    int WarningCount,
    int InfoCount,
    IReadOnlyDictionary<string, int> FindingsByRule,
    IReadOnlyDictionary<string, decimal> Metrics,
    DateTimeOffset ComputedAt)
{
    private DashboardFact() : this("", 0, null, null, null, null, null, null, null, 0, 0, 0, new Dictionary<string, int>(), new Dictionary<string, decimal>(), default) { }
}

/// <summary>A fact with the agency it belongs to.</summary>
public sealed record AgencyFact(string AgencyName, string RegionCode, string? Sector, DashboardFact Fact)
{
    private AgencyFact() : this("", "", null, null!) { }
}

/// <summary>When the facts a dashboard reads were last computed, and how many there are (together they change whenever the facts do).</summary>
public sealed record FactsVersion(DateTimeOffset? DataAsOf, int FactCount)
{
    private FactsVersion() : this(null, 0) { }
}

public interface IDashboardRepository
{
    Task UpsertAsync(DashboardFact fact, CancellationToken cancellationToken);
    Task UpsertManyAsync(IReadOnlyList<DashboardFact> facts, CancellationToken cancellationToken);
    Task DeleteManyAsync(IReadOnlyList<ReportYear> years, CancellationToken cancellationToken);

    /// <summary>Drops the fact of a report year that is neither reported nor expected any more.</summary>
    Task DeleteAsync(string agencyId, int fiscalYear, CancellationToken cancellationToken);

    Task<FactsVersion> VersionAsync(TenantScope scope, string regionPath, int? fiscalYear, string? agencyId, CancellationToken cancellationToken);

    /// <summary>The facts of a region and its descendants (one fiscal year or all), visible to <paramref name="scope"/>.</summary>
    Task<IReadOnlyList<AgencyFact>> ListAsync(TenantScope scope, string regionPath, int? fiscalYear, string? agencyId, bool withMetrics, CancellationToken cancellationToken);
}
