using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace PerfEval.Api.Tests.Infrastructure;

/// <summary>The host on real Kestrel on a free loopback port over a test database, with the admin key of the tests.</summary>
public static class KestrelHost
{
    public static (WebApplicationFactory<Program> Factory, Uri BaseAddress) Start(ITestDatabase database, IReadOnlyDictionary<string, string> settings)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("PerfEval:Database:Provider", database.Provider);
            builder.UseSetting("PerfEval:Database:ConnectionString", database.ConnectionString);
            builder.UseSetting("PerfEval:Bootstrap:AdminApiKey", TestKeys.Admin);
            builder.UseSetting("PerfEval:RateLimit:Enabled", "false");
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
            // A port the OS picks: the suite's provider passes run at the same time, and Kestrel's default (5000) is shared.
            builder.UseSetting("urls", "http://127.0.0.1:0");
        });
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (factory, new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal)));
    }
}
