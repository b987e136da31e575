using System.Text.Json;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Publication;
using PerfEval.Application.Reports;
using PerfEval.Domain.Review;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Review;

/// <summary>A PUT of a reviewed document: where it goes, what it is called in messages, the body as received and its preconditions.</summary>
public sealed record ReviewedPut(ReviewKey Key, string Subject, string Raw, int? IfMatch, string? IdempotencyKey);

/// <summary><see cref="Created"/>: version 1 was created; <see cref="Replayed"/>: an Idempotency-Key replay of an earlier response.</summary>
public sealed record ReviewedPutResult(ReviewSummary Saved, bool Created, bool Replayed);

/// <summary>
/// Stores a new immutable version of a reviewed document (declaration or monitoring report) the way reports are stored:
/// an Idempotency-Key replays the first response (409 when reused for another request), If-Match names the current
/// version or "*" an existing document (412 otherwise), and the head moves only if no one else moved it meanwhile.
/// A new version is always a draft; the approved version, if any, stays approved until its successor is.
/// </summary>
public static class ReviewedVersions
{
    public static IEnumerable<FieldError> ValidateIdempotencyKey(string? key)
    {
        if (key is not null && (key.Length is 0 or > PutReport.MaxIdempotencyKeyLength || key.Any(c => c is < ' ' or > '~')))
            yield return new("", $"Idempotency-Key must be 1-{PutReport.MaxIdempotencyKeyLength} printable ASCII characters.");
    }

    /// <summary>412 unless If-Match (when given) names <paramref name="head"/>'s version, or is "*" and the head exists.</summary>
    public static void CheckIfMatch(ReviewHead? head, int? ifMatch, string subject)
    {
        if (ifMatch is { } expected && (expected == ETags.AnyVersion ? head is null : expected != head?.Version))
            throw new PreconditionFailedException(head is null
                ? $"If-Match was given but the {subject} does not exist yet."
                : $"If-Match is version {expected} but the current version is {head.Version}.");
    }

    /// <param name="storeVersion">Stores the version whose number it is given, after its head was written.</param>
    public static async Task<ReviewedPutResult> PutAsync(ReviewedPut put, IReviewHeads heads, IIdempotencyRepository idempotency, TenantScope scope, DateTimeOffset now,
        Func<int, Task> storeVersion, CancellationToken cancellationToken)
    {
        var requestHash = Hashes.Sha256($"PUT {put.Subject} {put.Key.Path}\n{put.IfMatch}\n{put.Raw}");
        var idempotencyScope = $"{scope.KeyId}";
        if (put.IdempotencyKey is not null && await idempotency.FindAsync(idempotencyScope, put.IdempotencyKey, cancellationToken) is { } previous)
        {
            if (previous.RequestHash != requestHash)
                throw new ConflictException("This Idempotency-Key was already used with a different request.");
            return new ReviewedPutResult(JsonSerializer.Deserialize<ReviewSummary>(previous.Body, ApiJson.Options)!, previous.Created, Replayed: true);
        }

        var head = await heads.FindAsync(scope, put.Key, cancellationToken);
        CheckIfMatch(head, put.IfMatch, put.Subject);
        var version = (head?.Version ?? 0) + 1;
        var stored = head is null
            ? await heads.InsertFirstAsync(scope, put.Key, scope.KeyId, now, cancellationToken)
            : await heads.AdvanceAsync(scope, put.Key, version, head.Version, scope.KeyId, now, cancellationToken);
        if (!stored) throw ConcurrentChange.For(put.IfMatch);
        await storeVersion(version);

        var saved = new ReviewHead(put.Key.AgencyId, put.Key.FiscalYear, put.Key.Period, version, ReviewWorkflow.Draft, head?.ApprovedVersion, null, scope.KeyId,
            head?.CreatedAt ?? now, now);
        var summary = ReviewSummary.From(saved, WorkflowRoles.Of(scope.Role));
        if (put.IdempotencyKey is not null)
            await idempotency.InsertAsync(idempotencyScope, put.IdempotencyKey,
                new StoredResponse(requestHash, head is null, JsonSerializer.Serialize(summary, ApiJson.Options)), now, cancellationToken);
        return new ReviewedPutResult(summary, Created: head is null, Replayed: false);
    }
}
