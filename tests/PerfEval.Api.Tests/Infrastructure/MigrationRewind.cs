using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Api.Tests.Infrastructure;

/// <summary>
/// Takes a test database back to what it was before one migration (the tables it created dropped, its record
/// removed) and migrates it again: how a test proves that a migration upgrades a database already holding data.
/// </summary>
public static class MigrationRewind
{
    public static async Task RewindAndMigrateAsync(this IPerfEvalApp app, string migration, params string[] tablesItCreated)
    {
        await using (DbConnection connection = app.Provider == "postgres" ? new NpgsqlConnection(app.ConnectionString) : new SqliteConnection(app.ConnectionString))
        {
            await connection.OpenAsync();
            foreach (var table in tablesItCreated) await connection.ExecuteAsync($"DROP TABLE {table}");
            Assert.Equal(1, await connection.ExecuteAsync("DELETE FROM schema_migrations WHERE id = @Id", new { Id = migration }));
        }
        var runner = app.Factory.Services.GetRequiredService<MigrationRunner>();
        Assert.False(await runner.IsUpToDateAsync(CancellationToken.None));

        Assert.Equal(1, await runner.MigrateAsync(CancellationToken.None));

        Assert.True(await runner.IsUpToDateAsync(CancellationToken.None));
    }
}
