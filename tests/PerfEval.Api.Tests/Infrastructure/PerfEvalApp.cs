using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace PerfEval.Api.Tests.Infrastructure;

public interface IPerfEvalApp
{
    string Provider { get; }
    HttpClient Client(string? apiKey = TestKeys.Admin);
    WebApplicationFactory<Program> Factory { get; }
    string ConnectionString { get; }
}

public static class TestKeys
{
    public const string Admin = "test-admin-key-0123456789abcdef";
}

/// <summary>The real host over a real database. One instance per test class (xunit class fixture).</summary>
public abstract class PerfEvalApp<TDatabase> : IPerfEvalApp, IAsyncLifetime where TDatabase : ITestDatabase, new()
{
    public const string AdminKey = TestKeys.Admin;

    private WebApplicationFactory<Program>? _factory;

    public TDatabase Database { get; } = new();

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("Not started.");

    public string Provider => Database.Provider;

    public string ConnectionString => Database.ConnectionString;

    /// <summary>Extra settings a test class needs (e.g. a smaller body limit).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>Service replacements a test class needs (e.g. a clock it sets).</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("PerfEval:Database:Provider", Database.Provider);
            builder.UseSetting("PerfEval:Database:ConnectionString", Database.ConnectionString);
            builder.UseSetting("PerfEval:Bootstrap:AdminApiKey", AdminKey);
            builder.UseSetting("PerfEval:Demo:Enabled", "false");
            builder.UseSetting("PerfEval:Jobs:PollIntervalMs", "100");
            builder.UseSetting("PerfEval:Jobs:DispatchIntervalMs", "100");
            builder.UseSetting("PerfEval:RateLimit:Enabled", "false"); // RateLimitTests run their own host with a tiny limit
            foreach (var (key, value) in TestTokens.Settings()) builder.UseSetting(key, value); // every host trusts the test tokens
            foreach (var (key, value) in Settings) builder.UseSetting(key, value);
            builder.ConfigureTestServices(ConfigureTestServices);
        });
        _ = _factory.Server;
    }

    public HttpClient Client(string? apiKey = TestKeys.Admin)
    {
        var client = Factory.CreateClient();
        if (apiKey is not null) client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>The host over the database of the provider this run is for (<see cref="ProviderTestDatabase"/>).</summary>
public sealed class TestApp : PerfEvalApp<ProviderTestDatabase>;

public sealed class SqliteApp : PerfEvalApp<SqliteTestDatabase>;

public sealed class PostgresApp : PerfEvalApp<PostgresTestDatabase>;
