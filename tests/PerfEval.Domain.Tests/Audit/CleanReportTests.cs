using PerfEval.Domain.Audit;

namespace PerfEval.Domain.Tests.Audit;

public sealed class CleanReportTests
{
    [Fact]
    public void A_consistent_report_produces_no_findings_at_all()
    {
        var result = AuditEngine.Run(SyntheticReport.Clean());

        Assert.Equal(RuleCatalog.Version, result.RulesetVersion);
        Assert.True(result.Findings.Count == 0, string.Join("\n", result.Findings.Select(f => $"{f.RuleId} {f.Pointers[0]}: {f.MessageEn}")));
    }
}
