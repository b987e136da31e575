namespace PerfEval.Domain.Tests.Docs;

/// <summary>Checked-in generated documents: compared with what the code renders; PERFEVAL_UPDATE_DOCS=1 rewrites them.</summary>
public static class DocFile
{
    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PerfEval.sln"))) directory = directory.Parent;
            return directory?.FullName ?? throw new InvalidOperationException("PerfEval.sln not found.");
        }
    }

    public static void AssertUpToDate(string relativePath, string rendered)
    {
        var path = Path.Combine(RepositoryRoot, relativePath);
        if (Environment.GetEnvironmentVariable("PERFEVAL_UPDATE_DOCS") == "1") File.WriteAllText(path, rendered);
        Assert.True(File.Exists(path), $"{relativePath} is missing; run the tests with PERFEVAL_UPDATE_DOCS=1.");
        Assert.True(File.ReadAllText(path) == rendered, $"{relativePath} is stale; run the tests with PERFEVAL_UPDATE_DOCS=1 and review the diff.");
    }
}
