using System.Data.Common;

namespace PerfEval.Infrastructure.Database;

/// <summary>
/// The few places where SQLite, PostgreSQL and SQL Server differ. Everything else is one parameterised SQL text
/// shared by all three (see the *Sql classes next to the repositories).
/// </summary>
public interface ISqlDialect
{
    string Name { get; }
    DbConnection CreateConnection();
    int CommandTimeoutSeconds { get; }

    /// <summary>Row limit clause appended after ORDER BY.</summary>
    string Limit(string parameterName);

    /// <summary>Claims up to @Limit undispatched outbox rows so that concurrent dispatchers never take the same row.</summary>
    string ClaimOutboxSql { get; }

    /// <summary>A statement that serialises concurrent migration runners for the current transaction.</summary>
    string? MigrationLockSql { get; }

    bool IsUniqueViolation(Exception exception);

    /// <summary>INSERT of one row that does nothing when a row with the same key exists (safe under concurrency).</summary>
    string InsertIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns);

    /// <summary>INSERT of one row, or UPDATE of the non-key columns when a row with the same key exists.</summary>
    string Upsert(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns);
}
