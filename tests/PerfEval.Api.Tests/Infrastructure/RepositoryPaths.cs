namespace PerfEval.Api.Tests.Infrastructure;

public static class RepositoryPaths
{
    /// <summary>The checkout's root (the folder holding PerfEval.sln).</summary>
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PerfEval.sln"))) directory = directory.Parent;
            return directory?.FullName ?? throw new InvalidOperationException("PerfEval.sln not found above the test binaries.");
        }
    }
}
