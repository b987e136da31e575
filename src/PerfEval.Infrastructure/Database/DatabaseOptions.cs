namespace PerfEval.Infrastructure.Database;

public sealed class DatabaseOptions
{
    public const string Section = "PerfEval:Database";

    /// <summary>sqlite (default, embedded), postgres or sqlserver.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>Provider connection string. The SQLite default is a file under the content root's data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Optional read-only copy of the database (a PostgreSQL streaming standby; a SQL Server readable secondary) that
    /// serves the reads which tolerate its lag: dashboards, rankings, the public API, exports and the change feed.
    /// Everything else, and every write, uses <see cref="ConnectionString"/>. Not available for SQLite.
    /// </summary>
    public string? ReadConnectionString { get; set; }

    /// <summary>Seconds before any single statement is abandoned.</summary>
    public int CommandTimeoutSeconds { get; set; } = 30;
}
