using PerfEval.Domain.Audit;
using PerfEval.Domain.Tests.Docs;

namespace PerfEval.Domain.Tests.Audit;

public sealed class RuleCatalogDocTests
{
    [Fact]
    public void Rules_page_is_generated_from_the_catalogue()
    {
        DocFile.AssertUpToDate(Path.Combine("openapi", "audit-rules.md"), RuleCatalogMarkdown.Render());
    }

    [Fact]
    public void Rule_ids_are_unique_and_every_rule_has_titles_formula_tolerance_and_source()
    {
        var rules = RuleCatalog.All.Select(r => r.Descriptor).ToList();

        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());
        Assert.All(rules, r =>
        {
            Assert.Matches("^PE-[A-Z]+-[0-9]{3}$", r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.TitleZh + r.TitleEn + r.Formula + r.Tolerance + r.Source));
            Assert.Contains(r.DefaultSeverity, new[] { Severities.Error, Severities.Warning, Severities.Info });
        });
    }

    [Fact]
    public void Every_rule_has_its_own_test_file()
    {
        var testFiles = Directory.GetFiles(Path.Combine(DocFile.RepositoryRoot, "tests", "PerfEval.Domain.Tests", "Audit", "Rules"), "*Tests.cs")
            .Select(Path.GetFileNameWithoutExtension).ToHashSet();

        var missing = RuleCatalog.All.Select(r => r.GetType().Name + "Tests").Where(name => !testFiles.Contains(name)).ToList();

        Assert.True(missing.Count == 0, "Rules without a test file: " + string.Join(", ", missing));
    }
}
