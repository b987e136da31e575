using PerfEval.Application.Abstractions;
using PerfEval.Domain.Scoring;

namespace PerfEval.Application.Profiles;

/// <summary>A profile in force: built in (revision 0) or uploaded (its latest revision), and where it applies.</summary>
public sealed record ProfileSummary(string Id, string Version, string Kind, string Title, string Origin, int Revision, bool DefaultHeadline,
    ProfileApplicability Applicability)
{
    public static ProfileSummary Of(ScoringProfile profile, StoredProfile? stored) =>
        new(profile.Id, profile.Version, profile.Kind, profile.Title, stored is null ? ProfileOrigins.BuiltIn : ProfileOrigins.Uploaded, stored?.Revision ?? 0,
            profile.DefaultHeadline, profile.Applicability);
}

public static class ProfileOrigins
{
    public const string BuiltIn = "builtIn";
    public const string Uploaded = "uploaded";
}

/// <summary>One stored revision of a profile with the document as uploaded.</summary>
public sealed record ProfileRevision(string Id, int Revision, string Version, DateTimeOffset UploadedAt, string? UploadedBy, ScoringProfile Profile)
{
    public static ProfileRevision Of(StoredProfile stored) =>
        new(stored.Id, stored.Revision, stored.Version, stored.UploadedAt, stored.UploadedBy, ScoringProfile.Parse(stored.DocumentJson));
}
