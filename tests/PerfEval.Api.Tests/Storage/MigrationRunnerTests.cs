using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Api.Tests.Storage;

public sealed class MigrationRunnerTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Migrations_apply_once_then_are_a_no_op()
    {
        var dialect = new SqliteDialect(_database.ConnectionString, 30);
        var runner = new MigrationRunner(dialect, NullLogger<MigrationRunner>.Instance);

        var first = await runner.MigrateAsync(CancellationToken.None);
        var second = await runner.MigrateAsync(CancellationToken.None);

        Assert.Equal(MigrationRunner.ScriptsFor(dialect).Count, first);
        Assert.Equal(0, second);
        Assert.True(await runner.IsUpToDateAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_script_changed_after_it_was_applied_stops_start_up()
    {
        var runner = new MigrationRunner(new SqliteDialect(_database.ConnectionString, 30), NullLogger<MigrationRunner>.Instance);
        await runner.MigrateAsync(CancellationToken.None);
        await using (var connection = new SqliteConnection(_database.ConnectionString))
            await connection.ExecuteAsync("UPDATE schema_migrations SET checksum = 'tampered' WHERE id = '0001_initial'");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => runner.MigrateAsync(CancellationToken.None));

        Assert.Contains("0001_initial", error.Message);
    }
}
