using PerfEval.Domain.Declarations;

namespace PerfEval.Domain.Tests.Declarations;

public sealed class TargetChangeCleanTests
{
    [Fact]
    public void A_self_evaluation_quoting_exactly_the_declared_targets_has_no_target_change_findings()
    {
        var comparison = TargetMatching.Compare(DeclaredHengshan.Report(), DeclaredHengshan.Declaration());

        Assert.Empty(TargetChangeRules.Run(comparison));
        Assert.Equal(14, comparison.Matched.Count);
        Assert.Empty(comparison.Dropped);
        Assert.Empty(comparison.Added);
    }

    [Fact]
    public void Rule_ids_are_unique_and_every_rule_cites_its_source_by_name()
    {
        Assert.Equal(TargetChangeRules.All.Count, TargetChangeRules.All.Select(r => r.Descriptor.Id).Distinct().Count());
        Assert.All(TargetChangeRules.All, r => Assert.Contains("财预〔2015〕88号", r.Descriptor.Source, StringComparison.Ordinal));
    }
}
