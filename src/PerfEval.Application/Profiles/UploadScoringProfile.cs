using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Admin;
using PerfEval.Application.Common;
using PerfEval.Application.Derivations;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Profiles;

/// <summary>The body of a profile upload: the text as received and the profile it validates to (or its errors).</summary>
public sealed record ProfileBody(string Raw, ScoringProfile? Profile, IReadOnlyList<FieldError> Errors)
{
    public static ProfileBody From(string id, string raw, JsonElement root)
    {
        var (profile, errors) = ScoringProfileValidator.Validate(root, id);
        return new(raw, profile, errors);
    }
}

/// <summary><see cref="Run"/> is the work the upload queued (null when the upload repeated the current revision).</summary>
public sealed record ProfileUploaded(ProfileSummary Profile, bool Created, RescoreProgress? Run);

/// <summary>
/// Stores a new revision of a scoring profile (admin): a new id, a new version of an uploaded one, or a regional
/// replacement of a built-in one. The scores it owes are queued in the same transaction for the current versions of
/// the stored reports it applies to, as a rescore run whose progress is read like any other. A profile changed under
/// the same version string is refused (a score names the profile version it was computed under).
/// </summary>
public sealed record UploadScoringProfile(string Id, ProfileBody Body) : ICommand<ProfileUploaded>, IValidatable, ITransactional, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.AdminOnly;

    public IEnumerable<FieldError> Validate() => Body.Errors;
}

public sealed class UploadScoringProfileHandler(IProfileRepository profiles, Scoring.ProfileCatalog catalog, IRescoreRepository runs, FollowUps followUps,
    ICallerAccessor caller, IClock clock) : ICommandHandler<UploadScoringProfile, ProfileUploaded>
{
    public async ValueTask<ProfileUploaded> Handle(UploadScoringProfile command, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var profile = command.Body.Profile!;
        var hash = Hashes.Sha256(command.Body.Raw);
        var revisions = await profiles.ListRevisionsAsync(command.Id, cancellationToken);
        var latest = revisions.Count == 0 ? null : revisions[^1];
        var inForce = latest is not null ? ScoringProfile.Parse(latest.DocumentJson) : ScoringProfiles.Find(command.Id);
        if (latest?.DocumentHash == hash) return new ProfileUploaded(ProfileSummary.Of(inForce!, latest), false, null);
        if (inForce is not null && inForce.Version == profile.Version)
            throw new RequestValidationException([new("/version", $"Version {profile.Version} is in force with other content: a changed profile needs a new version.")]);

        var now = clock.UtcNow;
        var stored = new StoredProfile(command.Id, (latest?.Revision ?? 0) + 1, profile.Version, profile.Kind, command.Body.Raw, hash, now, scope.KeyId);
        if (!await profiles.InsertAsync(stored, cancellationToken))
            throw new ConflictException($"Another upload stored revision {stored.Revision} of {command.Id} first; read the revisions and upload again.");
        catalog.Invalidate();
        var run = await RequestRescoreHandler.StartAsync(runs, followUps, new ReportListFilter(null, null, null), null, null, command.Id, [profile], now, cancellationToken);
        return new ProfileUploaded(ProfileSummary.Of(profile, stored), true, run);
    }
}
