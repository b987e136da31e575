using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Publication;
using PerfEval.Application.Reports;
using PerfEval.Domain.Declarations;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Declarations;

public sealed record PutDeclarationResult(DeclarationSummary Saved, bool Created, bool Replayed);

/// <summary>
/// Creates the declaration or a new immutable version of it (a draft; after approval, an adjustment awaiting review).
/// The body is stored exactly as received; If-Match and Idempotency-Key work as for reports.
/// </summary>
public sealed record PutDeclaration(string AgencyId, int FiscalYear, DeclarationBody Body, int? IfMatch, string? IdempotencyKey)
    : ICommand<PutDeclarationResult>, IValidatable, ITransactional, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Writers;

    public IEnumerable<FieldError> Validate()
    {
        if (IdempotencyKey is { } key && (key.Length is 0 or > PutReport.MaxIdempotencyKeyLength || key.Any(c => c is < ' ' or > '~')))
            yield return new("", $"Idempotency-Key must be 1-{PutReport.MaxIdempotencyKeyLength} printable ASCII characters.");
        foreach (var error in Body.Parsed.Errors) yield return error;
        if (Body.Parsed.Document is { } document && document.FiscalYear != FiscalYear)
            yield return new("/fiscalYear", $"The document is for {document.FiscalYear} but the URL says {FiscalYear}.");
    }
}

public sealed class PutDeclarationHandler(
    IDeclarationRepository declarations,
    IAgencyRepository agencies,
    IIdempotencyRepository idempotency,
    ICallerAccessor caller,
    IClock clock) : ICommandHandler<PutDeclaration, PutDeclarationResult>
{
    public async ValueTask<PutDeclarationResult> Handle(PutDeclaration command, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var requestHash = Hashes.Sha256($"PUT declaration {command.AgencyId}/{command.FiscalYear}\n{command.IfMatch}\n{command.Body.Raw}");
        var idempotencyScope = $"{scope.KeyId}";
        if (command.IdempotencyKey is not null
            && await idempotency.FindAsync(idempotencyScope, command.IdempotencyKey, cancellationToken) is { } previous)
        {
            if (previous.RequestHash != requestHash)
                throw new ConflictException("This Idempotency-Key was already used with a different request.");
            return new PutDeclarationResult(JsonSerializer.Deserialize<DeclarationSummary>(previous.Body, ApiJson.Options)!, previous.Created, Replayed: true);
        }

        _ = await agencies.FindAsync(scope, command.AgencyId, cancellationToken)
            ?? throw new NotFoundException($"Agency {command.AgencyId} was not found.");
        var head = await declarations.FindHeadAsync(scope, command.AgencyId, command.FiscalYear, cancellationToken);
        if (command.IfMatch is { } expected && (expected == ETags.AnyVersion ? head is null : expected != head?.Version))
            throw new PreconditionFailedException(head is null
                ? "If-Match was given but the declaration does not exist yet."
                : $"If-Match is version {expected} but the current version is {head.Version}.");

        var now = clock.UtcNow;
        var key = new VersionKey(command.AgencyId, command.FiscalYear, (head?.Version ?? 0) + 1);
        var version = new NewDeclarationVersion(key, command.Body.Raw, Hashes.Sha256(command.Body.Raw), now, scope.KeyId);
        var stored = head is null
            ? await declarations.InsertFirstAsync(scope, version, cancellationToken)
            : await declarations.InsertNextAsync(scope, version, head.Version, cancellationToken);
        if (!stored) throw ConcurrentChange.For(command.IfMatch);

        var saved = new DeclarationHead(key.AgencyId, key.FiscalYear, key.Version, DeclarationWorkflow.Draft, head?.ApprovedVersion, null, scope.KeyId,
            head?.CreatedAt ?? now, now);
        var summary = DeclarationSummary.From(saved, DeclarationWorkflow.AllowedActions(DeclarationWorkflow.Draft, WorkflowRoles.Of(scope.Role)));
        if (command.IdempotencyKey is not null)
            await idempotency.InsertAsync(idempotencyScope, command.IdempotencyKey,
                new StoredResponse(requestHash, head is null, JsonSerializer.Serialize(summary, ApiJson.Options)), now, cancellationToken);
        return new PutDeclarationResult(summary, Created: head is null, Replayed: false);
    }
}
