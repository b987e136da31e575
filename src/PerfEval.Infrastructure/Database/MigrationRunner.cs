using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Extensions.Logging;

namespace PerfEval.Infrastructure.Database;

/// <summary>
/// Applies the embedded scripts Migrations/{dialect}/NNNN_name.sql in order, each in its own transaction, and
/// records them with a SHA-256 checksum. A changed script that was already applied stops start-up: migrations are
/// append-only. (DbUp was considered; its served packages need different core versions per database.)
/// </summary>
public sealed class MigrationRunner(ISqlDialect dialect, ILogger<MigrationRunner> logger)
{
    public sealed record Script(string Id, string Sql, string Checksum);

    /// <summary>
    /// The ordered scripts of a dialect from its <see cref="ISqlDialect.MigrationFolders"/>: SQLite and PostgreSQL share
    /// Migrations/portable except where their own folder has a script of the same id; SQL Server has a complete folder.
    /// </summary>
    public static IReadOnlyList<Script> ScriptsFor(ISqlDialect dialect)
    {
        var assembly = typeof(MigrationRunner).Assembly;
        var names = assembly.GetManifestResourceNames();
        var byId = new SortedDictionary<string, Script>(StringComparer.Ordinal);
        foreach (var folder in dialect.MigrationFolders)
            foreach (var script in Scripts(assembly, names, $"migrations/{folder}/")) byId[script.Id] = script;
        return byId.Values.ToList();
    }

    private static List<Script> Scripts(Assembly assembly, string[] names, string prefix) =>
        names.Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Load(assembly, n, n[prefix.Length..^4]))
            .ToList();

    private static Script Load(Assembly assembly, string resource, string id)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var sql = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        return new Script(id, sql, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql))));
    }

    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        if (dialect.DatabaseSetupSql is { } setup)
            await connection.ExecuteAsync(new CommandDefinition(setup, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(dialect.CreateMigrationsTableSql, cancellationToken: cancellationToken));

        var applied = 0;
        foreach (var script in ScriptsFor(dialect))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (dialect.MigrationLockSql is { } lockSql)
                await connection.ExecuteAsync(new CommandDefinition(lockSql, transaction: transaction, cancellationToken: cancellationToken));

            var checksum = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
                "SELECT checksum FROM schema_migrations WHERE id = @Id", new { script.Id }, transaction, cancellationToken: cancellationToken));
            if (checksum is not null)
            {
                if (checksum != script.Checksum)
                    throw new InvalidOperationException($"Migration {script.Id} was changed after it was applied (checksum {checksum} → {script.Checksum}).");
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
