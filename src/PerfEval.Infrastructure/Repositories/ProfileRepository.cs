using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>Uploaded scoring profiles and regions' headline profiles: platform reference data, so no tenant scope;
/// agency contexts are read by the workers (system scope) to decide which profiles apply.</summary>
public sealed class ProfileRepository(DbSession db) : IProfileRepository
{
    private static readonly string[] HeadlineColumns = ["region_code", "profile_id", "updated_at"];
    private static readonly string[] HeadlineKey = ["region_code"];

    private const string Columns =
        "p.id AS Id, p.revision AS Revision, p.version AS Version, p.kind AS Kind, p.document AS DocumentJson, p.document_hash AS DocumentHash, "
        + "p.uploaded_at AS UploadedAt, p.uploaded_by AS UploadedBy";

    internal const string ListCurrentSql =
        "SELECT " + Columns + " FROM scoring_profiles p WHERE p.revision = (SELECT MAX(x.revision) FROM scoring_profiles x WHERE x.id = p.id) ORDER BY p.id";
    internal const string ListRevisionsSql = "SELECT " + Columns + " FROM scoring_profiles p WHERE p.id = @Id ORDER BY p.revision";
    internal const string InsertSql =
        "INSERT INTO scoring_profiles (id, revision, version, kind, document, document_hash, uploaded_at, uploaded_by) "
        + "VALUES (@Id, @Revision, @Version, @Kind, @DocumentJson, @DocumentHash, @UploadedAt, @UploadedBy)";
    internal const string ListHeadlinesSql =
        "SELECT h.region_code AS RegionCode, h.profile_id AS ProfileId, h.updated_at AS UpdatedAt FROM region_headline_profiles h ORDER BY h.region_code";
    /// <summary>Completed with one parameter per id (chunks keep SQL Server under its 2100-parameter limit).</summary>
    private const string AgencyContextsSelect = "SELECT a.id AS AgencyId, a.region_path AS RegionPath, a.sector AS Sector FROM agencies a WHERE a.id IN ";

    public Task<IReadOnlyList<StoredProfile>> ListCurrentAsync(CancellationToken cancellationToken) =>
        db.QueryAsync<StoredProfile>(ListCurrentSql, null, cancellationToken);

    public Task<IReadOnlyList<StoredProfile>> ListRevisionsAsync(string id, CancellationToken cancellationToken) =>
        db.QueryAsync<StoredProfile>(ListRevisionsSql, new { Id = id }, cancellationToken);

    public async Task<bool> InsertAsync(StoredProfile profile, CancellationToken cancellationToken)
    {
        try
        {
            return await db.ExecuteAsync(InsertSql, profile, cancellationToken) == 1;
        }
        catch (Exception ex) when (db.Dialect.IsUniqueViolation(ex))
        {
            return false;
        }
    }

    public Task<IReadOnlyList<RegionHeadline>> ListHeadlinesAsync(CancellationToken cancellationToken) =>
        db.QueryAsync<RegionHeadline>(ListHeadlinesSql, null, cancellationToken);

    public Task UpsertHeadlineAsync(RegionHeadline headline, CancellationToken cancellationToken) =>
        db.ExecuteAsync(db.Dialect.Upsert("region_headline_profiles", HeadlineColumns, HeadlineKey), headline, cancellationToken);

    public async Task<IReadOnlyList<AgencyContext>> ListAgencyContextsAsync(IReadOnlyCollection<string> agencyIds, CancellationToken cancellationToken)
    {
        if (agencyIds.Count == 0) return [];
        var results = new List<AgencyContext>(agencyIds.Count);
        foreach (var chunk in agencyIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Chunk(1000))
        {
            var parameters = new Dapper.DynamicParameters();
            for (var i = 0; i < chunk.Length; i++) parameters.Add($"Id{i}", chunk[i]);
            var sql = AgencyContextsSelect + "(" + string.Join(", ", chunk.Select((_, i) => $"@Id{i}")) + ")";
            results.AddRange(await db.QueryAsync<AgencyContext>(sql, parameters, cancellationToken));
        }
        return results;
    }
}
