namespace PerfEval.Application.Abstractions;

/// <summary>One uploaded revision of a scoring profile: the document exactly as received, numbered per profile id.</summary>
public sealed record StoredProfile(string Id, int Revision, string Version, string Kind, string DocumentJson, string DocumentHash, DateTimeOffset UploadedAt,
    string? UploadedBy)
{
    private StoredProfile() : this("", 0, "", "", "", "", default, null) { }
}
