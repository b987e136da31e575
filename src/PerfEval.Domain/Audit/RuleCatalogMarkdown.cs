using System.Text;

namespace PerfEval.Domain.Audit;

/// <summary>Renders the rules page (openapi/audit-rules.md) from the catalogue itself.</summary>
public static class RuleCatalogMarkdown
{
    public static string Render()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"# Consistency audit rules (ruleset {RuleCatalog.Version})");
        sb.AppendLine();
        sb.AppendLine("Generated from `src/PerfEval.Domain/Audit` by a test; do not edit by hand. Every PUT runs these rules; findings are");
        sb.AppendLine("returned and stored with the version. Only `error` findings block `submit`.");
        sb.AppendLine();
        sb.AppendLine("Severities: **error** (确定: the stated figures contradict each other), **warning** (疑似: very likely a mistake,");
        sb.AppendLine("a reviewer decides), **info** (提示).");
        sb.AppendLine();
        sb.AppendLine("**Tolerance on purpose.** Reports round. A figure written \"827.32\" stands for anything from 827.315 to 827.325,");
        sb.AppendLine("so a sum of n rounded parts may honestly miss its rounded total by up to n + 1 half-units of the last digit, and a");
        sb.AppendLine("share written \"61.19%\" is only claimed to 0.005 points (\"98.5%\" to 0.05). Rules therefore compare with the");
        sb.AppendLine("precision each figure is written with (interval arithmetic for ratios). A zero-tolerance comparison would flag");
        sb.AppendLine("consistent reports (EN16931 #131 and XBRL DQC #7 learned this the hard way); a fixed tolerance such as 0.5 万元");
        sb.AppendLine("would hide real slips on small figures like “三公”.");
        sb.AppendLine();
        sb.AppendLine("| id | 规则 | rule | category | severity | formula | tolerance | source |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var rule in RuleCatalog.All.Select(r => r.Descriptor))
            sb.AppendLine($"| {rule.Id} | {Cell(rule.TitleZh)} | {Cell(rule.TitleEn)} | {rule.Category} | {rule.DefaultSeverity} | {Cell(rule.Formula)} | {Cell(rule.Tolerance)} | {Cell(rule.Source)} |");
        return sb.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
