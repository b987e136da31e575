namespace PerfEval.Application.Abstractions;

/// <summary>
/// Who is asking, and therefore what data may be touched. Every repository call takes one; the SQL it produces
/// always carries the matching predicate, so isolation does not depend on an endpoint remembering to check.
/// </summary>
public sealed record TenantScope
{
    private TenantScope(CallerRole role, string? regionCode, string? regionPath, string? agencyId, string? keyId, string? keyName = null)
    {
        KeyName = keyName;
        Role = role;
        RegionCode = regionCode;
        RegionPath = regionPath;
        AgencyId = agencyId;
        KeyId = keyId;
    }

    public CallerRole Role { get; }
    public string? RegionCode { get; }
    /// <summary>Materialised path of the region ("430000/430400/"), used as a prefix match.</summary>
    public string? RegionPath { get; }
    public string? AgencyId { get; }
    /// <summary>The API key (or system actor) acting; recorded with every write.</summary>
    public string? KeyId { get; }
    /// <summary>The API key's name, recorded with workflow transitions.</summary>
    public string? KeyName { get; }

    public static TenantScope Admin(string? keyId, string? keyName = null) => new(CallerRole.Admin, null, null, null, keyId, keyName);

    public static TenantScope Region(string regionCode, string regionPath, string? keyId, string? keyName = null) =>
        new(CallerRole.Region, regionCode, regionPath, null, keyId, keyName);

    public static TenantScope Agency(string agencyId, string? keyId, string? keyName = null) => new(CallerRole.Agency, null, null, agencyId, keyId, keyName);

    /// <summary>The scope background jobs run with: platform-wide, attributed to the system.</summary>
    public static TenantScope System { get; } = new(CallerRole.Admin, null, null, null, "system", "system");

    public bool IsAdmin => Role == CallerRole.Admin;

    public override string ToString() => Role switch
    {
        CallerRole.Admin => "admin",
        CallerRole.Region => $"region:{RegionCode}",
        _ => $"agency:{AgencyId}",
    };
}
