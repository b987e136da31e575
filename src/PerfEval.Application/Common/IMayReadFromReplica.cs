namespace PerfEval.Application.Common;

/// <summary>
/// A query whose answer may come from a read replica (a streaming standby that replays the primary's log a little
/// later), so it may miss the last seconds of writes. Only for answers that are already derived or published after the
/// fact (dashboards, rankings, the public API, exports, the change feed), never for the reads a caller makes to see its
/// own write (a report's GET after its PUT, ETags for If-Match, idempotency, workflow). See ReplicaReadBehavior.
/// </summary>
public interface IMayReadFromReplica;
