using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Changes;

/// <summary>One change: a new version, its finding set, a workflow move, a score, a comparison or a publication status.</summary>
public sealed record ChangeEntry(long Seq, string Kind, string AgencyId, int FiscalYear, int Version, DateTimeOffset At, JsonElement Detail);

/// <summary>A page of the feed. <see cref="NextCursor"/> is always given: resume from it to get what follows, now or later.</summary>
public sealed record ChangePage(IReadOnlyList<ChangeEntry> Items, string NextCursor, bool MoreNow);

/// <summary>Every change the caller may see, in commit order, from a cursor (the beginning when none).</summary>
public sealed record GetChanges(string? Since, int? Limit) : IQuery<ChangePage>, IMayReadFromReplica, IValidatable, IRequiresRole
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;

    public IEnumerable<FieldError> Validate()
    {
        if (Limit is < 1 or > MaxLimit) yield return new("/limit", $"limit must be between 1 and {MaxLimit}.");
        if (Since is not null && !ChangeCursor.TryDecode(Since, out _)) yield return new("/since", "Unrecognised cursor.");
    }
}

public sealed class GetChangesHandler(IChangeLog changes, ICallerAccessor caller) : IQueryHandler<GetChanges, ChangePage>
{
    public async ValueTask<ChangePage> Handle(GetChanges query, CancellationToken cancellationToken)
    {
        var after = FeedPosition.Start;
        if (query.Since is not null) ChangeCursor.TryDecode(query.Since, out after);
        var limit = query.Limit ?? GetChanges.DefaultLimit;
        var rows = await changes.ListAsync(caller.Require(), after, limit, cancellationToken);
        var last = rows.Count > 0 ? rows[^1].Position : after;
        var items = rows.Select(r => new ChangeEntry(r.Seq, r.Kind, r.AgencyId, r.FiscalYear, r.Version, r.At, JsonDocument.Parse(r.DetailJson).RootElement.Clone())).ToList();
        return new ChangePage(items, ChangeCursor.Encode(last), rows.Count == limit);
    }
}
