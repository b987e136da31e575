using System.Data.Common;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Browser;

/// <summary>
/// The service as the README runs it (API and workers in one process, demo data loaded) on real Kestrel on a free
/// loopback port, over a real database; ready once the workers have derived everything the demo data asks for.
/// </summary>
public interface IDemoService
{
    Uri BaseAddress { get; }
    string Provider { get; }
    HttpClient Client(string apiKey = TestKeys.Admin);
    Task<JsonElement> GetJsonAsync(string path);
}

public abstract class DemoService<TDatabase> : IDemoService, IAsyncLifetime where TDatabase : ITestDatabase, new()
{
    private readonly TDatabase _database = new();
    private WebApplicationFactory<Program>? _factory;

    public Uri BaseAddress { get; private set; } = null!;

    public string Provider => _database.Provider;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        (_factory, BaseAddress) = KestrelHost.Start(_database, new Dictionary<string, string>
        {
            ["PerfEval:Demo:Enabled"] = "true",
            ["PerfEval:Jobs:PollIntervalMs"] = "100",
            ["PerfEval:Jobs:DispatchIntervalMs"] = "100",
        });
        await Eventually.HoldsAsync(async () => await UnfinishedDerivationsAsync() == 0 && await ReportCountAsync() == 5,
            TimeSpan.FromSeconds(90), async () => $"{await UnfinishedDerivationsAsync()} derivations unfinished, {await ReportCountAsync()} reports");
    }

    public HttpClient Client(string apiKey = TestKeys.Admin)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var client = Client();
        return await client.GetFromJsonAsync<JsonElement>(path);
    }

    private async Task<long> ReportCountAsync() => await ScalarAsync("SELECT COUNT(*) FROM reports");

    private async Task<long> UnfinishedDerivationsAsync() => await ScalarAsync("SELECT COUNT(*) FROM derivations WHERE state IN ('pending', 'running')");

    private async Task<long> ScalarAsync(string sql)
    {
        await using DbConnection connection = _database.Provider == "postgres"
            ? new NpgsqlConnection(_database.ConnectionString)
            : new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }
}

/// <summary>The demo service on the database of the provider this run is for.</summary>
public sealed class ProviderDemoService : DemoService<ProviderTestDatabase>;
