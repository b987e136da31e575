using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Kestrel;

/// <summary>The host on real Kestrel (a free loopback port, SQLite), for what the in-memory test server never sees: raw HTTP framing.</summary>
public sealed class KestrelApp : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private WebApplicationFactory<Program>? _factory;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("PerfEval:Database:Provider", _database.Provider);
            builder.UseSetting("PerfEval:Database:ConnectionString", _database.ConnectionString);
            builder.UseSetting("PerfEval:Bootstrap:AdminApiKey", TestKeys.Admin);
            builder.UseSetting("PerfEval:Demo:Enabled", "false");
            builder.UseSetting("PerfEval:RateLimit:Enabled", "false");
        });
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }
}
