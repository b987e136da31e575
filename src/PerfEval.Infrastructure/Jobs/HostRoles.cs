using Microsoft.Extensions.Configuration;

namespace PerfEval.Infrastructure.Jobs;

/// <summary>PerfEval:Roles = "api", "worker" or "api,worker" (default): the same binary scales out either way.</summary>
public sealed record HostRoles(bool Api, bool Worker)
{
    public static HostRoles From(IConfiguration configuration)
    {
        var value = configuration["PerfEval:Roles"];
        if (string.IsNullOrWhiteSpace(value)) return new HostRoles(true, true);
        var parts = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(p => p.ToLowerInvariant()).ToHashSet();
        var unknown = parts.Except(["api", "worker"]).ToList();
        if (unknown.Count > 0) throw new InvalidOperationException($"Unknown role(s) in PerfEval:Roles: {string.Join(", ", unknown)} (use api, worker).");
        return new HostRoles(parts.Contains("api"), parts.Contains("worker"));
    }
}
