using Microsoft.AspNetCore.Mvc.Testing;
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
        (_factory, BaseAddress) = KestrelHost.Start(_database, new Dictionary<string, string> { ["PerfEval:Demo:Enabled"] = "false" });
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }
}
