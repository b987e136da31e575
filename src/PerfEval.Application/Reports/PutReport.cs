using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Derivations;
using PerfEval.Application.Publication;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Publication;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Validation;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Application.Reports;

/// <summary>
/// A request body as received (exact text, stored as is), as parsed once from that text, and — when it parses — as
/// audited: the audit and metrics are computed here, where the host reads the body, so no transaction is open while
/// they run and no command is changed after it is made.
/// </summary>
public sealed record ReportBody(string Raw, ParseOutcome Parsed)
{
    /// <summary>The audit and metrics snapshot of the parsed document; null when the body did not parse.</summary>
    public ReportAssessment? Assessment { get; } = Parsed.Document is { } document ? ReportAssessment.Of(document) : null;

    /// <summary>From a body the host already read into a JSON document (well-formedness is the host's 400).</summary>
    public static ReportBody From(string raw, JsonElement root) => new(raw, ReportParser.Parse(root));

    public static ReportBody Parse(string raw)
    {
        using var json = JsonDocument.Parse(raw);
        return From(raw, json.RootElement);
    }
}

/// <summary>What the audit found in a parsed report and the figures its comparisons read, computed once per body.</summary>
public sealed record ReportAssessment(AuditResult Audit, MetricsSnapshot Metrics)
{
    public static ReportAssessment Of(ReportDocument document) => new(AuditEngine.Run(document), MetricsSnapshot.Of(document));
}

/// <summary><see cref="Created"/>: version 1 was created; <see cref="Replayed"/>: an Idempotency-Key replay of an earlier response.</summary>
public sealed record PutReportResult(ReportSaved Saved, bool Created, bool Replayed) : Telemetry.IAcceptedReport
{
    public FindingCounts? AcceptedFindings => Replayed ? null : Saved.FindingCounts;
}

/// <summary>
/// Creates the report or a new immutable version of it. The body is stored exactly as received.
/// <see cref="IfMatch"/> is the version the client last saw; <see cref="IdempotencyKey"/> makes a retry safe.
/// </summary>
public sealed record PutReport(string AgencyId, int FiscalYear, ReportBody Body, int? IfMatch, string? IdempotencyKey)
    : ICommand<PutReportResult>, IValidatable, ITransactional, IRequiresRole
{
    public const int MaxIdempotencyKeyLength = 200;

    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Writers;

    public IEnumerable<FieldError> Validate()
    {
        if (IdempotencyKey is { } key && (key.Length is 0 or > MaxIdempotencyKeyLength || key.Any(c => c is < ' ' or > '~')))
            yield return new("", $"Idempotency-Key must be 1-{MaxIdempotencyKeyLength} printable ASCII characters.");
        foreach (var error in Body.Parsed.Errors) yield return error;
    }
}

public sealed class PutReportHandler(
    IReportRepository reports,
    IIdempotencyRepository idempotency,
    IWorkflowRepository workflow,
    FollowUps followUps,
    ICallerAccessor caller,
    IClock clock) : ICommandHandler<PutReport, PutReportResult>
{
    public async ValueTask<PutReportResult> Handle(PutReport command, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var requestHash = Hashes.Sha256($"PUT {command.AgencyId}/{command.FiscalYear}\n{command.IfMatch}\n{command.Body.Raw}");
        var idempotencyScope = $"{scope.KeyId}";
        if (command.IdempotencyKey is not null
            && await idempotency.FindAsync(idempotencyScope, command.IdempotencyKey, cancellationToken) is { } previous)
        {
            if (previous.RequestHash != requestHash)
                throw new ConflictException("This Idempotency-Key was already used with a different request.");
            var replayed = JsonSerializer.Deserialize<ReportSaved>(previous.Body, ApiJson.Options)!;
            return new PutReportResult(replayed, previous.Created, Replayed: true);
        }

        var (found, head) = await reports.FindAgencyAndHeadAsync(scope, command.AgencyId, command.FiscalYear, cancellationToken);
        var agency = found ?? throw new NotFoundException($"Agency {command.AgencyId} was not found.");
        var document = command.Body.Parsed.Document!;
        var contradictions = ReportIdentity.Contradictions(document, agency, command.FiscalYear);
        if (contradictions.Count > 0)
            throw new RequestValidationException(contradictions, "The document contradicts the agency or fiscal year in the URL.");

        RevisionPreconditions.Check(head, command.IfMatch, scope);

        var (audit, metrics) = command.Body.Assessment!;
        var now = clock.UtcNow;
        var key = new VersionKey(command.AgencyId, command.FiscalYear, (head?.Version ?? 0) + 1);
        var version = new NewReportVersion(key, command.Body.Raw, Hashes.Sha256(command.Body.Raw), now, scope.KeyId, audit.RulesetVersion,
            audit.Findings, metrics);

        var stored = head is null
            ? await reports.InsertFirstAsync(scope, version, cancellationToken)
            : await reports.InsertNextAsync(scope, version, head.Version, cancellationToken);
        if (!stored) throw ConcurrentChange.For(command.IfMatch);
        await workflow.AppendAsync(new TransitionRecord(key.AgencyId, key.FiscalYear, 0, key.Version, head is null ? "create" : WorkflowNames.Of(WorkflowAction.Revise),
            head?.Status, WorkflowNames.Draft, null, false, scope.KeyId, scope.KeyName, now), cancellationToken);
        await followUps.VersionSavedAsync(version, WorkflowNames.Draft, now, cancellationToken);
        await followUps.FindingsKnownAsync(key, version.Counts, now, cancellationToken);

        var saved = new ReportSaved(key.AgencyId, key.FiscalYear, key.Version, WorkflowNames.Draft, head?.CreatedAt ?? now, now,
            audit.RulesetVersion, version.Counts, audit.Findings);
        if (command.IdempotencyKey is not null)
            await idempotency.InsertAsync(idempotencyScope, command.IdempotencyKey,
                new StoredResponse(requestHash, head is null, JsonSerializer.Serialize(saved, ApiJson.Options)), now, cancellationToken);
        return new PutReportResult(saved, Created: head is null, Replayed: false);
    }
}
