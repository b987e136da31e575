using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Derivations;

namespace PerfEval.Application.Publication;

/// <summary>
/// Job (daily, China Standard Time): queues the publication status of every unpublished expected report, since time
/// alone turns "in progress" into "overdue". Returns how many report years were queued.
/// </summary>
public sealed record RecomputePublicationStatuses : ICommand<int>, ITransactional;

public sealed class RecomputePublicationStatusesHandler(FollowUps followUps, IClock clock) : ICommandHandler<RecomputePublicationStatuses, int>
{
    public async ValueTask<int> Handle(RecomputePublicationStatuses command, CancellationToken cancellationToken) =>
        await followUps.DayStartedAsync(clock.UtcNow, cancellationToken);
}
