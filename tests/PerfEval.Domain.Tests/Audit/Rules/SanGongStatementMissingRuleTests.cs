using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Tests.Audit.Rules;

public sealed class SanGongStatementMissingRuleTests
{
    private static readonly IAuditRule Rule = new SanGongStatementMissingRule();

    [Fact]
    public void Passes_on_consistent_figures()
    {
        Assert.Empty(SyntheticReport.Findings(Rule, SyntheticReport.Clean()));
    }

    [Fact]
    public void Fires_when_there_is_no_san_gong_statement()
    {
        var findings = SyntheticReport.Findings(Rule, SyntheticReport.With("/sanGong", null));

        var finding = Assert.Single(findings);
        Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
        Assert.Equal("/sanGong", finding.Pointers[0]);
    }

    [Theory]
    [InlineData("430423", "warning")]
    [InlineData("130110", "info")]
    [InlineData("440105", "info")]
    public void The_Hunan_outline_binds_only_reports_filed_in_Hunan(string regionCode, string severity)
    {
        var document = SyntheticReport.With(("/sanGong", null), ("/agency/regionCode", JsonValue.Create(regionCode)));

        var finding = Assert.Single(SyntheticReport.Findings(Rule, document));
        Assert.Equal(severity, finding.Severity);
    }
}
