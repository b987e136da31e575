namespace PerfEval.Infrastructure.Seeding;

public sealed class BootstrapOptions
{
    public const string Section = "PerfEval:Bootstrap";

    /// <summary>An admin key guaranteed to exist after start-up (deployments, scripted tests). At least 16 characters.</summary>
    public string? AdminApiKey { get; set; }
}

public sealed class DemoOptions
{
    public const string Section = "PerfEval:Demo";

    /// <summary>Load the five demo agencies and reports into an empty database.</summary>
    public bool Enabled { get; set; }
}
