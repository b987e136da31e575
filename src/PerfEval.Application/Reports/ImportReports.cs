using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Changes;
using PerfEval.Application.Common;
using PerfEval.Application.Derivations;
using PerfEval.Application.Publication;
using PerfEval.Domain.Publication;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Reports;

/// <summary>
/// One line of an NDJSON import as the host read it: what a PUT takes in its URL, headers and body, or the problem that
/// kept the host from reading the line (<see cref="Problem"/>: malformed JSON, a missing member …).
/// </summary>
public sealed record ImportLine(int LineNumber, string? AgencyId, int? FiscalYear, int? IfMatch, string? IdempotencyKey, ReportBody? Body, ImportProblem? Problem);

/// <summary>An RFC 9457 problem of one line; pointers are into the line (the document's members under <c>/report</c>).</summary>
public sealed record ImportProblem(int Status, string Title, string Detail, IReadOnlyList<FieldError> Errors)
{
    public static ImportProblem From(AppException exception, string pointerPrefix = "") => new(exception.StatusCode, exception.Title, exception.Message,
        exception is RequestValidationException invalid ? [.. invalid.Errors.Select(e => e with { Pointer = pointerPrefix + e.Pointer })] : []);
}

/// <summary>The answer to one line: the version it stored (or replayed), or its problem.</summary>
public sealed record ImportLineResult(int Line, string? AgencyId, int? FiscalYear, ReportSaved? Saved, bool Created, bool Replayed, ImportProblem? Problem)
{
    public int Status => Problem?.Status ?? (Created ? 201 : 200);
}

/// <summary>
/// A chunk of a bulk import (<c>POST /api/v1/imports/reports</c>). Each line is validated, audited and decided exactly
/// as <see cref="PutReport"/> decides a PUT (idempotency, tenancy, identity, If-Match, workflow); the good lines are
/// stored in one transaction with set-based writes, each as its own version; a bad line only gets its problem.
/// </summary>
public sealed record ImportReports(IReadOnlyList<ImportLine> Lines) : ICommand<IReadOnlyList<ImportLineResult>>, IRequiresRole
{
    /// <summary>Lines decided and stored per transaction: bounded statements (SQL Server's 2,100 parameters) and memory.</summary>
    public const int ChunkLines = 500;

    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Writers;
}

public sealed class ImportReportsHandler(
    IReportImportStore store,
    IReportRepository reports,
    IChangeLog changes,
    IDerivationLedger ledger,
    FollowUps followUps,
    IUnitOfWork unitOfWork,
    ICallerAccessor caller,
    IClock clock) : ICommandHandler<ImportReports, IReadOnlyList<ImportLineResult>>
{
    /// <summary>Another writer may move a head between this chunk's reads and its writes; the chunk is then decided again.</summary>
    private const int Attempts = 3;

    public async ValueTask<IReadOnlyList<ImportLineResult>> Handle(ImportReports command, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        // Validation and audit are CPU work: done once, before any transaction is open.
        var lines = command.Lines.Select(Check).ToList();
        for (var attempt = 1; ; attempt++)
        {
            await unitOfWork.BeginAsync(cancellationToken);
            try
            {
                var now = clock.UtcNow;
                var (results, versions) = await DecideAsync(scope, lines, now, cancellationToken);
                if (versions.Count == 0 || await StoreAsync(scope, versions, now, cancellationToken))
                {
                    await unitOfWork.CommitAsync(cancellationToken);
                    return results;
                }
                await unitOfWork.RollbackAsync(cancellationToken);
                if (attempt == Attempts)
                    return [.. results.Select((r, i) => r.Problem is null && !r.Replayed
                        ? r with { Saved = null, Created = false, Problem = ImportProblem.From(ConcurrentChange.For(lines[i].Line.IfMatch)) } : r)];
            }
            catch
            {
                await unitOfWork.RollbackAsync(CancellationToken.None);
                throw;
            }
        }
    }

    /// <summary>A line with its PUT (validated and audited), or the problem that ends it.</summary>
    private sealed record CheckedLine(ImportLine Line, PutReport? Put, ImportProblem? Problem);

    private static CheckedLine Check(ImportLine line)
    {
        if (line.Problem is not null || line.Body is null || line.AgencyId is null || line.FiscalYear is null)
            return new(line, null, line.Problem ?? new ImportProblem(422, "Validation failed", "The line is incomplete.", [new("", "agencyId, fiscalYear and report are required.")]));
        var put = new PutReport(line.AgencyId, line.FiscalYear.Value, line.Body, line.IfMatch, line.IdempotencyKey);
        var bodyErrors = line.Body.Parsed.Errors.ToHashSet();
        var errors = put.Validate().Select(e => bodyErrors.Contains(e) ? e with { Pointer = "/report" + e.Pointer } : e with { Pointer = "/idempotencyKey" }).ToList();
        if (errors.Count > 0) return new(line, null, new ImportProblem(422, "Validation failed", "The line has invalid fields.", errors));
        return new(line, put, null);
    }

    private async Task<(List<ImportLineResult> Results, List<ImportedVersion> Versions)> DecideAsync(TenantScope scope, IReadOnlyList<CheckedLine> lines,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var puts = lines.Where(l => l.Put is not null).Select(l => l.Put!).ToList();
        var idempotencyScope = $"{scope.KeyId}";
        var keys = puts.Where(p => p.IdempotencyKey is not null).Select(p => p.IdempotencyKey!).ToHashSet(StringComparer.Ordinal);
        var stored = keys.Count == 0 ? new Dictionary<string, StoredResponse>() : await store.FindResponsesAsync(idempotencyScope, keys, cancellationToken);
        var agencies = (await store.FindAgenciesAsync(scope, puts.Select(p => p.AgencyId).ToHashSet(StringComparer.Ordinal), cancellationToken))
            .ToDictionary(a => a.Id, StringComparer.Ordinal);
        var years = puts.Where(p => agencies.ContainsKey(p.AgencyId)).Select(p => new ReportYear(p.AgencyId, p.FiscalYear)).ToHashSet();
        var heads = (await reports.ListHeadsAsync(scope, years, cancellationToken)).ToDictionary(h => new ReportYear(h.AgencyId, h.FiscalYear), h => (ReportHead?)h);

        var responses = new Dictionary<string, StoredResponse>(stored, StringComparer.Ordinal);
        var results = new List<ImportLineResult>(lines.Count);
        var versions = new List<ImportedVersion>();
        foreach (var line in lines)
        {
            var (number, agencyId, fiscalYear) = (line.Line.LineNumber, line.Line.AgencyId, line.Line.FiscalYear);
            if (line.Put is not { } put)
            {
                results.Add(new(number, agencyId, fiscalYear, null, false, false, line.Problem));
                continue;
            }
            try
            {
                results.Add(Decide(scope, put, number, agencies, heads, responses, versions, now));
            }
            catch (AppException refused)
            {
                results.Add(new(number, agencyId, fiscalYear, null, false, false, ImportProblem.From(refused, "/report")));
            }
        }
        return (results, versions);
    }

    /// <summary>The decisions of <see cref="PutReportHandler"/>, in its order, against the heads as this chunk leaves them.</summary>
    private static ImportLineResult Decide(TenantScope scope, PutReport put, int number, IReadOnlyDictionary<string, AgencyRecord> agencies,
        Dictionary<ReportYear, ReportHead?> heads, Dictionary<string, StoredResponse> responses, List<ImportedVersion> versions, DateTimeOffset now)
    {
        var requestHash = Hashes.Sha256($"PUT {put.AgencyId}/{put.FiscalYear}\n{put.IfMatch}\n{put.Body.Raw}");
        if (put.IdempotencyKey is not null && responses.TryGetValue(put.IdempotencyKey, out var previous))
        {
            if (previous.RequestHash != requestHash)
                throw new ConflictException("This Idempotency-Key was already used with a different request.");
            var replayed = JsonSerializer.Deserialize<ReportSaved>(previous.Body, ApiJson.Options)!;
            return new(number, put.AgencyId, put.FiscalYear, replayed, previous.Created, true, null);
        }

        var agency = agencies.GetValueOrDefault(put.AgencyId) ?? throw new NotFoundException($"Agency {put.AgencyId} was not found.");
        var document = put.Body.Parsed.Document!;
        var contradictions = ReportIdentity.Contradictions(document, agency, put.FiscalYear);
        if (contradictions.Count > 0)
            throw new RequestValidationException(contradictions, "The document contradicts the line's agency or fiscal year.");

        var year = new ReportYear(put.AgencyId, put.FiscalYear);
        var head = heads.GetValueOrDefault(year);
        RevisionPreconditions.Check(head, put.IfMatch, scope);

        var (audit, metrics) = put.Body.Assessment!;
        var key = new VersionKey(put.AgencyId, put.FiscalYear, (head?.Version ?? 0) + 1);
        var version = new NewReportVersion(key, put.Body.Raw, Hashes.Sha256(put.Body.Raw), now, scope.KeyId, audit.RulesetVersion, audit.Findings, metrics);
        var saved = new ReportSaved(key.AgencyId, key.FiscalYear, key.Version, WorkflowNames.Draft, head?.CreatedAt ?? now, now,
            audit.RulesetVersion, version.Counts, audit.Findings);
        var transition = new TransitionRecord(key.AgencyId, key.FiscalYear, 0, key.Version, head is null ? "create" : WorkflowNames.Of(WorkflowAction.Revise),
            head?.Status, WorkflowNames.Draft, null, false, scope.KeyId, scope.KeyName, now);
        StoredResponse? response = null;
        if (put.IdempotencyKey is not null)
            responses[put.IdempotencyKey] = response = new StoredResponse(requestHash, head is null, JsonSerializer.Serialize(saved, ApiJson.Options));
        versions.Add(new ImportedVersion(version, head?.Version ?? 0, transition, put.IdempotencyKey, response));
        heads[year] = new ReportHead(key.AgencyId, key.FiscalYear, key.Version, WorkflowNames.Draft, head?.CreatedAt ?? now, now,
            version.Counts.Errors, version.Counts.Warnings, version.Counts.Infos, head?.FirstPublishedAt);
        return new(number, key.AgencyId, key.FiscalYear, saved, head is null, false, null);
    }

    /// <summary>The rows, then the follow-ups a PUT records (see <see cref="FollowUps.VersionSavedAsync"/>), each written for the whole chunk at once.</summary>
    private async Task<bool> StoreAsync(TenantScope scope, IReadOnlyList<ImportedVersion> versions, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await store.StoreAsync(scope, $"{scope.KeyId}", versions, cancellationToken)) return false;
        var keys = versions.Select(v => v.Version.Key).ToList();
        var years = versions.Select(v => v.Year).Distinct().ToList();
        await store.AddDerivationsAsync(keys, FollowUps.AfterSave, now, cancellationToken);
        await store.RequeueRosterAsync(FollowUps.PublicationStatus, years, now, cancellationToken);
        await changes.AppendAsync([.. versions.SelectMany(v => new[]
        {
            ChangeDetails.Version(v.Version.Key, WorkflowNames.Draft, v.Version.DocumentHash, now),
            ChangeDetails.Findings(v.Version.Key, v.Version.Counts, v.Version.RulesetVersion, now),
        })], cancellationToken);
        await ledger.RequeueYearsAsync(DerivationKinds.Dashboard, years, now, now + FollowUps.DashboardSettle, cancellationToken);
        await followUps.YearsImportedAsync(years, now, cancellationToken);
        foreach (var version in versions.Where(v => v.Version.Counts.Errors > 0))
            await followUps.FindingsKnownAsync(version.Version.Key, version.Version.Counts, now, cancellationToken);
        return true;
    }
}
