using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using PerfEval.Application.Abstractions;

namespace PerfEval.Infrastructure.Database;

/// <summary>
/// One connection per request or job scope, opened on first use, with at most one transaction that every
/// repository call joins. Implements the application's unit of work.
/// <para>
/// It is also the one place that routes reads to a read replica: while a scope has declared that its reads tolerate
/// lag (<see cref="IReadRouting.MayReadFromReplica"/>), no transaction is open and the dialect has a replica, the query
/// methods use a second connection to the replica. Statements that write (Execute, Insert*, Upsert*) and everything
/// inside a transaction always use the primary. A replica that cannot be reached is logged and the primary serves.
/// </para>
/// </summary>
public sealed class DbSession(ISqlDialect dialect, ILogger<DbSession> logger) : IUnitOfWork, IReadRouting, IAsyncDisposable
{
    static DbSession() => DapperTypeHandlers.Register();

    private DbConnection? _connection;
    private readonly DeferredWrites _deferred = new();
    private DbConnection? _replica;
    private bool _replicaUnavailable;
    private int _replicaTolerantScopes;

    public ISqlDialect Dialect => dialect;
    public DbTransaction? Transaction { get; private set; }
    public bool InTransaction => Transaction is not null;

    /// <summary>The primary's connection (every write, every transaction), with every deferred write of the transaction sent first.</summary>
    public async Task<DbConnection> ConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        if (_deferred.Count > 0) await FlushAsync(connection, cancellationToken);
        return connection;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (_connection is null)
        {
            _connection = dialect.CreateConnection();
            await _connection.OpenAsync(cancellationToken);
        }
        return _connection;
    }

    public IDisposable MayReadFromReplica()
    {
        _replicaTolerantScopes++;
        return new ReplicaScope(this);
    }

    /// <summary>The connection a read uses: the replica's when the scope tolerates lag and nothing is in a transaction.</summary>
    private async Task<DbConnection> ReadConnectionAsync(CancellationToken cancellationToken)
    {
        if (_replicaTolerantScopes == 0 || Transaction is not null || _replicaUnavailable) return await ConnectionAsync(cancellationToken);
        if (_replica is not null) return _replica;
        var replica = dialect.CreateReplicaConnection();
        if (replica is null)
        {
            _replicaUnavailable = true;
            return await ConnectionAsync(cancellationToken);
        }
        try
        {
            await replica.OpenAsync(cancellationToken);
            return _replica = replica;
        }
        catch (Exception ex) when (ex is DbException or TimeoutException or System.Net.Sockets.SocketException)
        {
            await replica.DisposeAsync();
            _replicaUnavailable = true;
            logger.LogWarning(ex, "The read replica could not be reached; this request reads from the primary.");
            return await ConnectionAsync(cancellationToken);
        }
    }

    private sealed class ReplicaScope(DbSession session) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            session._replicaTolerantScopes--;
        }
    }

    public CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, Transaction, dialect.CommandTimeoutSeconds, CommandType.Text, CommandFlags.Buffered, cancellationToken);

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        if (Transaction is not null) throw new InvalidOperationException("A transaction is already open.");
        var connection = await OpenAsync(cancellationToken);
        Transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (Transaction is null) return;
        if (_deferred.Count > 0) await FlushAsync(await OpenAsync(cancellationToken), cancellationToken);
        await Transaction.CommitAsync(cancellationToken);
        await Transaction.DisposeAsync();
        Transaction = null;
    }

    public bool IsTransientConflict(Exception exception) => dialect.IsTransientConflict(exception);

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        _deferred.Clear();
        if (Transaction is null) return;
        try { await Transaction.RollbackAsync(cancellationToken); }
        finally
        {
            await Transaction.DisposeAsync();
            Transaction = null;
        }
    }

    public async Task<int> ExecuteAsync(string sql, object? parameters, CancellationToken cancellationToken)
    {
        var connection = await ConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(Command(sql, parameters, cancellationToken));
    }

    /// <summary>
    /// A write whose row count nobody reads. In a transaction on a database server it is held and sent together with
    /// the transaction's next statement or its commit (one round trip for all of them; see <see cref="DeferredWrites"/>);
    /// otherwise it runs now. Its errors surface there, still inside the transaction, which then rolls back whole.
    /// </summary>
    public Task DeferAsync(string sql, object? parameters, CancellationToken cancellationToken)
    {
        if (Transaction is null || !dialect.BatchesWrites) return ExecuteAsync(sql, parameters, cancellationToken);
        _deferred.Add(sql, parameters);
        return Task.CompletedTask;
    }

    private async Task FlushAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var (sql, parameters) = _deferred.Take();
        await connection.ExecuteAsync(Command(sql, parameters, cancellationToken));
    }

    public async Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? parameters, CancellationToken cancellationToken)
    {
        var connection = await ReadConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<T>(Command(sql, parameters, cancellationToken));
    }

    /// <summary>Inserts many rows with as few statements as the provider's parameter limit allows (one for small batches).</summary>
    public async Task<int> InsertManyAsync<T>(string table, IReadOnlyList<string> columns, IReadOnlyList<T> rows, Func<T, object?[]> values, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return 0;
        return await InsertManyAsync(table, columns, rows, values, deferred: false, cancellationToken);
    }

    /// <summary>As <see cref="InsertManyAsync{T}(string, IReadOnlyList{string}, IReadOnlyList{T}, Func{T, object?[]}, CancellationToken)"/>, held like <see cref="DeferAsync"/>.</summary>
    public async Task InsertManyDeferredAsync<T>(string table, IReadOnlyList<string> columns, IReadOnlyList<T> rows, Func<T, object?[]> values, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        await InsertManyAsync(table, columns, rows, values, deferred: true, cancellationToken);
    }

    private async Task<int> InsertManyAsync<T>(string table, IReadOnlyList<string> columns, IReadOnlyList<T> rows, Func<T, object?[]> values, bool deferred,
        CancellationToken cancellationToken)
    {
        if (dialect.InsertsRowByRow) return await InsertRowByRowAsync(table, columns, rows, values, cancellationToken);
        var rowsPerStatement = Math.Max(1, 1000 / columns.Count);
        var inserted = 0;
        foreach (var chunk in rows.Chunk(rowsPerStatement))
        {
            var parameters = new DynamicParameters();
            var tuples = new List<string>(chunk.Length);
            for (var r = 0; r < chunk.Length; r++)
            {
                var row = values(chunk[r]);
                var names = new string[columns.Count];
                for (var c = 0; c < columns.Count; c++)
                {
                    names[c] = $"@p{r}_{c}";
                    parameters.Add(names[c], row[c]);
                }
                tuples.Add("(" + string.Join(", ", names) + ")");
            }
            var sql = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES {string.Join(", ", tuples)}";
            if (deferred) await DeferAsync(sql, parameters, cancellationToken);
            else inserted += await ExecuteAsync(sql, parameters, cancellationToken);
        }
        return inserted;
    }

    /// <summary>
    /// Upserts many rows (distinct keys) with as few statements as the provider's parameter limit allows; SQLite runs
    /// one prepared single-row statement per row instead (see <see cref="ISqlDialect.InsertsRowByRow"/>).
    /// </summary>
    public async Task<int> UpsertManyAsync<T>(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns, IReadOnlyList<T> rows,
        Func<T, object?[]> values, CancellationToken cancellationToken, IReadOnlyCollection<string>? added = null)
    {
        if (rows.Count == 0) return 0;
        if (dialect.InsertsRowByRow)
        {
            var connection = await ConnectionAsync(cancellationToken);
            return await connection.ExecuteAsync(Command(dialect.UpsertMany(table, columns, keyColumns, 1, added), rows.Select(r => RowParameters(0, values(r))).ToList(), cancellationToken));
        }
        var changed = 0;
        foreach (var chunk in rows.Chunk(RowsPerStatement(columns.Count)))
            changed += await ExecuteAsync(dialect.UpsertMany(table, columns, keyColumns, chunk.Length, added), ChunkParameters(chunk, values), cancellationToken);
        return changed;
    }

    /// <summary>
    /// Inserts the rows whose key is not stored yet and returns the keys it inserted (read as <typeparamref name="TKey"/>),
    /// so that a caller knows exactly which rows are new even when another writer stored some of them first.
    /// </summary>
    public async Task<IReadOnlyList<TKey>> InsertManyIfAbsentAsync<T, TKey>(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns,
        IReadOnlyList<T> rows, Func<T, object?[]> values, Func<T, TKey> keyOf, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return [];
        var inserted = new List<TKey>();
        if (dialect.InsertsRowByRow)
        {
            var single = dialect.InsertIfAbsent(table, columns, keyColumns);
            foreach (var row in rows)
            {
                var value = values(row);
                var parameters = new DynamicParameters();
                for (var c = 0; c < columns.Count; c++) parameters.Add(OnConflictSql.Parameter(columns[c])[1..], value[c]);
                if (await ExecuteAsync(single, parameters, cancellationToken) == 1) inserted.Add(keyOf(row));
            }
            return inserted;
        }
        foreach (var chunk in rows.Chunk(RowsPerStatement(columns.Count)))
        {
            var connection = await ConnectionAsync(cancellationToken);
            inserted.AddRange(await connection.QueryAsync<TKey>(Command(dialect.InsertManyIfAbsent(table, columns, keyColumns, chunk.Length), ChunkParameters(chunk, values), cancellationToken)));
        }
        return inserted;
    }

    // SQL Server takes at most 2,100 parameters per command; PostgreSQL 65,535. A thousand keeps every dialect safe.
    private static int RowsPerStatement(int columnCount) => Math.Max(1, 1000 / columnCount);

    private static DynamicParameters ChunkParameters<T>(IReadOnlyList<T> chunk, Func<T, object?[]> values)
    {
        var parameters = new DynamicParameters();
        for (var r = 0; r < chunk.Count; r++)
        {
            var row = values(chunk[r]);
            for (var c = 0; c < row.Length; c++) parameters.Add($"p{r}_{c}", row[c]);
        }
        return parameters;
    }

    private static DynamicParameters RowParameters(int r, object?[] row)
    {
        var parameters = new DynamicParameters();
        for (var c = 0; c < row.Length; c++) parameters.Add($"p{r}_{c}", row[c]);
        return parameters;
    }

    /// <summary>One single-row statement; Dapper runs it once per row on the same command, so it is prepared once.</summary>
    private async Task<int> InsertRowByRowAsync<T>(string table, IReadOnlyList<string> columns, IReadOnlyList<T> rows, Func<T, object?[]> values, CancellationToken cancellationToken)
    {
        var names = columns.Select((_, c) => $"@p{c}").ToArray();
        var perRow = rows.Select(row =>
        {
            var parameters = new DynamicParameters();
            var value = values(row);
            for (var c = 0; c < names.Length; c++) parameters.Add(names[c], value[c]);
            return parameters;
        }).ToList();
        var connection = await ConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(Command($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", names)})", perRow, cancellationToken));
    }

    /// <summary>Rows that fill two records: the columns up to <paramref name="splitOn"/> the first, the rest the second.</summary>
    public async Task<IReadOnlyList<TReturn>> QueryAsync<TFirst, TSecond, TReturn>(string sql, object? parameters, Func<TFirst, TSecond, TReturn> map,
        string splitOn, CancellationToken cancellationToken)
    {
        var connection = await ReadConnectionAsync(cancellationToken);
        return (await connection.QueryAsync(Command(sql, parameters, cancellationToken), map, splitOn)).AsList();
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters, CancellationToken cancellationToken)
    {
        var connection = await ReadConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<T>(Command(sql, parameters, cancellationToken))).AsList();
    }

    /// <summary>Streams rows as the database returns them (for exports): nothing is held in memory beyond the current row.</summary>
    public async IAsyncEnumerable<T> QueryUnbufferedAsync<T>(string sql, object? parameters, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connection = await ReadConnectionAsync(cancellationToken);
        var command = new CommandDefinition(sql, parameters, Transaction, dialect.CommandTimeoutSeconds, CommandType.Text, CommandFlags.None, cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(command);
        var parse = reader.GetRowParser<T>();
        while (await reader.ReadAsync(cancellationToken)) yield return parse(reader);
    }

    public async ValueTask DisposeAsync()
    {
        if (Transaction is not null) await Transaction.DisposeAsync();
        if (_connection is not null) await _connection.DisposeAsync();
        if (_replica is not null) await _replica.DisposeAsync();
    }
}
