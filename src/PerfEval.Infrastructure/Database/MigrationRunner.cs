using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Extensions.Logging;

namespace PerfEval.Infrastructure.Database;

/// <summary>
/// Applies the embedded scripts Migrations/{folder}/NNNN_name.sql in order, each in its own transaction, and
/// records them with a SHA-256 checksum of the SQL as run (type tokens expanded for the dialect). A changed script that
/// was already applied stops start-up: migrations are append-only; the few scripts reworded without a change in effect
/// list their earlier checksums in Migrations/earlier-checksums.txt. (DbUp was considered; its served packages need
/// different core versions per database.)
/// </summary>
public sealed class MigrationRunner(ISqlDialect dialect, ILogger<MigrationRunner> logger)
{
    public sealed record Script(string Id, string Sql, string Checksum);

    /// <summary>
    /// The ordered scripts of a dialect from its <see cref="ISqlDialect.MigrationFolders"/>: every dialect shares
    /// Migrations/portable (one script per change, column types as tokens) except where a dialect's own folder has a
    /// script of the same id because its SQL truly differs.
    /// </summary>
    public static IReadOnlyList<Script> ScriptsFor(ISqlDialect dialect)
    {
        var assembly = typeof(MigrationRunner).Assembly;
        var names = assembly.GetManifestResourceNames();
        var byId = new SortedDictionary<string, Script>(StringComparer.Ordinal);
        foreach (var folder in dialect.MigrationFolders)
            foreach (var script in Scripts(assembly, names, $"migrations/{folder}/", dialect)) byId[script.Id] = script;
        return byId.Values.ToList();
    }

    private sealed record EarlierChecksum(string Id, string Checksum, string? Dialect);

    private static readonly IReadOnlyList<EarlierChecksum> Earlier = LoadEarlierChecksums();

    /// <summary>Checksums of earlier texts of reworded scripts as the dialect ran them, by script id (lines naming no dialect hold for all).</summary>
    public static ILookup<string, string> EarlierChecksumsFor(ISqlDialect dialect) =>
        Earlier.Where(e => e.Dialect is null || e.Dialect == dialect.Name).ToLookup(e => e.Id, e => e.Checksum, StringComparer.Ordinal);

    private static List<Script> Scripts(Assembly assembly, string[] names, string prefix, ISqlDialect dialect) =>
        names.Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Load(assembly, n, n[prefix.Length..^4], dialect))
            .ToList();

    private static Script Load(Assembly assembly, string resource, string id, ISqlDialect dialect)
    {
        var sql = ExpandTypes(ReadResource(assembly, resource), dialect);
        return new Script(id, sql, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql))));
    }

    /// <summary>Replaces the type tokens of a portable script with the dialect's types; a token it does not know stays and fails the script.</summary>
    public static string ExpandTypes(string sql, ISqlDialect dialect)
    {
        foreach (var (token, type) in dialect.MigrationTypes) sql = sql.Replace(token, type, StringComparison.Ordinal);
        return sql;
    }

    private static string ReadResource(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static List<EarlierChecksum> LoadEarlierChecksums() =>
        ReadResource(typeof(MigrationRunner).Assembly, "migrations/earlier-checksums.txt")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(parts => new EarlierChecksum(parts[0], parts[1], parts.Length > 2 ? parts[2] : null))
            .ToList();

    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        if (dialect.DatabaseSetupSql is { } setup)
            await connection.ExecuteAsync(new CommandDefinition(setup, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(dialect.CreateMigrationsTableSql, cancellationToken: cancellationToken));

        var applied = 0;
        var earlier = EarlierChecksumsFor(dialect);
        foreach (var script in ScriptsFor(dialect))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (dialect.MigrationLockSql is { } lockSql)
                await connection.ExecuteAsync(new CommandDefinition(lockSql, transaction: transaction, cancellationToken: cancellationToken));

            var checksum = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
                "SELECT checksum FROM schema_migrations WHERE id = @Id", new { script.Id }, transaction, cancellationToken: cancellationToken));
            if (checksum is not null)
            {
                if (checksum != script.Checksum && !earlier[script.Id].Contains(checksum))
                    throw new InvalidOperationException($"Migration {script.Id} was changed after it was applied (checksum {checksum} → {script.Checksum}).");
                if (checksum != script.Checksum)
                {
                    await connection.ExecuteAsync(new CommandDefinition("UPDATE schema_migrations SET checksum = @Checksum WHERE id = @Id",
                        new { script.Id, script.Checksum }, transaction, cancellationToken: cancellationToken));
                    logger.LogInformation("Migration {Migration} was applied as its earlier text; its record now names the current text", script.Id);
                }
                await transaction.CommitAsync(cancellationToken);
                continue;
            }

            await connection.ExecuteAsync(new CommandDefinition(script.Sql, transaction: transaction, commandTimeout: 300, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (id, checksum, applied_at) VALUES (@Id, @Checksum, @AppliedAt)",
                new { script.Id, script.Checksum, AppliedAt = DateTimeOffset.UtcNow.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture) }, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            applied++;
            logger.LogInformation("Applied migration {Migration} ({Dialect})", script.Id, dialect.Name);
        }
        return applied;
    }

    /// <summary>True when every embedded script is recorded as applied (the readiness check).</summary>
    public async Task<bool> IsUpToDateAsync(CancellationToken cancellationToken)
    {
        await using var connection = dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        var ids = (await connection.QueryAsync<string>(new CommandDefinition("SELECT id FROM schema_migrations", cancellationToken: cancellationToken))).ToHashSet();
        return ScriptsFor(dialect).All(s => ids.Contains(s.Id));
    }
}
