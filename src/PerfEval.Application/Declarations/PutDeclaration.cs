using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Review;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Declarations;

/// <summary>
/// Creates the declaration or a new immutable version of it (a draft; after approval, an adjustment awaiting review).
/// The body is stored exactly as received; If-Match and Idempotency-Key work as for reports (<see cref="ReviewedVersions"/>).
/// </summary>
public sealed record PutDeclaration(string AgencyId, int FiscalYear, DeclarationBody Body, int? IfMatch, string? IdempotencyKey)
    : ICommand<ReviewedPutResult>, IValidatable, ITransactional, IRequiresRole
{
    public const string Subject = "declaration";

    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Writers;

    public IEnumerable<FieldError> Validate()
    {
        foreach (var error in ReviewedVersions.ValidateIdempotencyKey(IdempotencyKey)) yield return error;
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
    IClock clock) : ICommandHandler<PutDeclaration, ReviewedPutResult>
{
    public async ValueTask<ReviewedPutResult> Handle(PutDeclaration command, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        _ = await agencies.FindAsync(scope, command.AgencyId, cancellationToken)
            ?? throw new NotFoundException($"Agency {command.AgencyId} was not found.");
        var now = clock.UtcNow;
        var put = new ReviewedPut(new ReviewKey(command.AgencyId, command.FiscalYear), PutDeclaration.Subject, command.Body.Raw, command.IfMatch, command.IdempotencyKey);
        return await ReviewedVersions.PutAsync(put, declarations.Heads, idempotency, scope, now,
            version => declarations.InsertVersionAsync(new DeclarationVersionRecord(command.AgencyId, command.FiscalYear, version, command.Body.Raw,
                Hashes.Sha256(command.Body.Raw), now, scope.KeyId), cancellationToken),
            cancellationToken);
    }
}
