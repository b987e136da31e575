using System.Data;
using Dapper;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>Owed ledger rows of one kind: how many wait, how many run, and since when the longest-waiting one waits.</summary>
public sealed record BacklogOfKind(string Kind, int Pending, int Running, DateTimeOffset OldestSince);

/// <summary>
/// The derivation backlog for operators (metrics and readiness): a system query over the whole ledger, outside any
/// request or tenant scope, on a connection of its own. A row's wait is measured from <c>updated_at</c>, the time it
/// entered its current state, rather than from <c>created_at</c>: a rescore re-queues rows created long ago, and those
/// have waited only since the rescore.
/// </summary>
public sealed class DerivationBacklog(ISqlDialect dialect)
{
    internal const string BacklogSql =
        "SELECT kind AS Kind, SUM(CASE WHEN state = 'pending' THEN 1 ELSE 0 END) AS Pending, SUM(CASE WHEN state = 'running' THEN 1 ELSE 0 END) AS Running, "
        + "MIN(updated_at) AS OldestSince FROM derivations WHERE state IN ('pending', 'running') GROUP BY kind";

    static DerivationBacklog() => DapperTypeHandlers.Register();

    public async Task<IReadOnlyList<BacklogOfKind>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(Command(cancellationToken));
        return rows.Select(r => r.ToBacklog()).ToList();
    }

    /// <summary>Synchronous, for metric callbacks, which the exporter calls synchronously on a scrape.</summary>
    public IReadOnlyList<BacklogOfKind> Read()
    {
        using var connection = dialect.CreateConnection();
        connection.Open();
        return connection.Query<Row>(Command(CancellationToken.None)).Select(r => r.ToBacklog()).ToList();
    }

    private CommandDefinition Command(CancellationToken cancellationToken) =>
        new(BacklogSql, null, null, dialect.CommandTimeoutSeconds, CommandType.Text, CommandFlags.Buffered, cancellationToken);

    private sealed class Row
    {
        public string Kind { get; set; } = "";
        public long Pending { get; set; }
        public long Running { get; set; }
        public DateTimeOffset OldestSince { get; set; }

        public BacklogOfKind ToBacklog() => new(Kind, (int)Pending, (int)Running, OldestSince);
    }
}
