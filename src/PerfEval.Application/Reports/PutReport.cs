using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Reports;

public sealed record PutReportResult(int StatusCode, string Body, string ETag, string Location, bool Replayed);

/// <summary>
/// Creates the report (201) or a new immutable version of it (200). The body is stored exactly as received.
/// <see cref="IfMatch"/> is the version the client last saw; <see cref="IdempotencyKey"/> makes a retry safe.
/// </summary>
public sealed record PutReport(string AgencyId, int FiscalYear, string DocumentJson, int? IfMatch, string? IdempotencyKey)
    : ICommand<PutReportResult>, IValidatable, ITransactional, IRequiresRole
{
    private ParseOutcome? _parsed;

    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Writers;

    public ParseOutcome Parsed => _parsed ??= ParseBody();

    public IEnumerable<FieldError> Validate()
    {
        if (IdempotencyKey is { Length: 0 or > 200 }) yield return new("", "Idempotency-Key must be 1-200 characters.");
        foreach (var error in Parsed.Errors) yield return error;
    }

    private ParseOutcome ParseBody()
    {
        using var json = JsonDocument.Parse(DocumentJson);
        return ReportParser.Parse(json.RootElement);
    }
}

public sealed class PutReportHandler(
    IReportRepository reports,
    IAgencyRepository agencies,
    IIdempotencyRepository idempotency,
    IReportWorkQueue work,
    ICallerAccessor caller,
    IClock clock) : ICommandHandler<PutReport, PutReportResult>
{
    public async ValueTask<PutReportResult> Handle(PutReport command, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var requestHash = Hash($"PUT {command.AgencyId}/{command.FiscalYear}\n{command.IfMatch}\n{command.DocumentJson}");
        var idempotencyScope = $"{scope.KeyId}";
        if (command.IdempotencyKey is not null
            && await idempotency.FindAsync(idempotencyScope, command.IdempotencyKey, cancellationToken) is { } previous)
        {
            if (previous.RequestHash != requestHash)
                throw new ConflictException("This Idempotency-Key was already used with a different request.");
            var replay = previous.Response;
            return new PutReportResult(replay.StatusCode, replay.Body, replay.ETag ?? "", replay.Location ?? "", Replayed: true);
        }

        var agency = await agencies.FindAsync(scope, command.AgencyId, cancellationToken)
            ?? throw new NotFoundException($"Agency {command.AgencyId} was not found.");
        var document = command.Parsed.Document!;
        var contradictions = ReportIdentity.Contradictions(document, agency, command.FiscalYear);
        if (contradictions.Count > 0)
            throw new RequestValidationException(contradictions, "The document contradicts the agency or fiscal year in the URL.");

        var head = await reports.FindHeadAsync(scope, command.AgencyId, command.FiscalYear, cancellationToken);
        if (command.IfMatch is { } expected && (expected == ETags.AnyVersion ? head is null : expected != head?.Version))
            throw new PreconditionFailedException(head is null
                ? "If-Match was given but the report does not exist yet."
                : $"If-Match is version {expected} but the current version is {head.Version}.");

        var audit = ReportAudit.Run(document);
        var now = clock.UtcNow;
        var version = new NewReportVersion(command.AgencyId, command.FiscalYear, (head?.Version ?? 0) + 1, command.DocumentJson,
            Hash(command.DocumentJson), now, scope.KeyId, audit.Counts, audit.FindingsJson, audit.RulesetVersion, audit.Rows);

        var stored = head is null
            ? await reports.InsertFirstAsync(scope, version, cancellationToken)
            : await reports.InsertNextAsync(scope, version, head.Version, cancellationToken);
        if (!stored) throw new ConflictException("The report was changed concurrently; read it again and retry.");
        await work.ReportVersionSavedAsync(command.AgencyId, command.FiscalYear, version.Version, now, cancellationToken);

        using var findings = JsonDocument.Parse(audit.FindingsJson);
        var body = new ReportSaved(command.AgencyId, command.FiscalYear, version.Version, ReportStatuses.Draft,
            head?.CreatedAt ?? now, now, audit.RulesetVersion, audit.Counts, findings.RootElement.Clone());
        var response = new StoredResponse(head is null ? 201 : 200, JsonSerializer.Serialize(body, ApiJson.Options),
            ETags.For(version.Version), $"/api/v1/agencies/{command.AgencyId}/reports/{command.FiscalYear}");

        if (command.IdempotencyKey is not null)
            await idempotency.InsertAsync(idempotencyScope, command.IdempotencyKey, requestHash, response, now, cancellationToken);
        return new PutReportResult(response.StatusCode, response.Body, response.ETag!, response.Location!, Replayed: false);
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
