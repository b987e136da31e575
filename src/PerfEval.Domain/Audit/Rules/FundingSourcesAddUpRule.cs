using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>
/// Funding lines against their totals: 项目经费 年初预算 = Σ 资金来源; 自评表 年度资金总额 = 当年财政拨款 + 上年结转 + 其他资金;
/// a project's 执行数 = Σ its funding lines. Disbursements (实际拨付) against 项目实际收入 are compared as a warning:
/// they are cash flows that may legitimately lag.
/// </summary>
public sealed class FundingSourcesAddUpRule : IAuditRule, ISumIdentitySource
{
    public RuleDescriptor Descriptor { get; } = new("PE-ID-008", "资金来源之和与总额不符", "Funding sources do not add up to their total",
        RuleCategories.Identity, Severities.Error,
        "项目经费年初预算 = Σ 来源年初预算; 年度资金总额(年初/全年/执行) = Σ 资金来源行; 项目执行数 = Σ 项目资金来源执行数; 项目实际收入 vs Σ 实际拨付 (warning)",
        "Each operand ± half a unit of its last written digit (amounts written without decimals are exact)",
        "项目支出绩效自评表 header: 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金 (财预〔2020〕10号)");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        foreach (var finding in SumIdentityCheck.Evaluate(this, Identities(document), context)) yield return finding;

        var funds = document.ProjectFunds;
        var received = funds?.ActualRevenue is not null ? (funds.ActualRevenue, "/projectFunds/actualRevenue") : (funds?.ActualExpenditure, "/projectFunds/actualExpenditure");
        var disbursed = funds?.Sources?.Select((s, i) => Figure.Of(s.Disbursed, $"/projectFunds/sources/{i}/disbursed")).OfType<Figure>().ToList() ?? [];
        if (Figure.Of(received.Item1, received.Item2) is { } total && disbursed.Count >= 2 && !AuditContext.SumHolds(total, disbursed))
        {
            var sum = disbursed.Sum(d => d.Value);
            yield return context.Create(Descriptor,
                $"各资金来源实际拨付之和 {AuditContext.N(sum)}万元 与项目实际收入/支出 {total.Written} 不符。",
                $"The disbursements of the funding sources add up to {AuditContext.N(sum)} 万元, not the stated project revenue/spending {total.Written}.",
                [total.Pointer, .. disbursed.Select(d => d.Pointer)], sum, total.Value, Severities.Warning);
        }
    }

    public IEnumerable<SumIdentity> Identities(ReportDocument document)
    {
        var funds = document.ProjectFunds;
        if (funds?.InitialBudget is not null && funds.Sources is { Count: >= 2 })
            yield return new SumIdentity("项目经费年初预算", "Project funds initial budget", funds.InitialBudget, "/projectFunds/initialBudget",
                funds.Sources.Select((s, i) => (s.InitialBudget, $"/projectFunds/sources/{i}/initialBudget")).ToList());

        foreach (var (table, t) in (document.IndicatorTables ?? []).Select((table, t) => (table, t)))
        {
            var rows = table.FundingRows ?? [];
            var row = table.BudgetExecution;
            if (row is null || rows.Count == 0) continue;
            var p = $"/indicatorTables/{t}";
            yield return new SumIdentity("年度资金总额·年初预算数", "Funds total, initial budget", row.InitialBudget, p + "/budgetExecution/initialBudget",
                rows.Select((r, i) => (r.InitialBudget, $"{p}/fundingRows/{i}/initialBudget")).ToList(), 1);
            yield return new SumIdentity("年度资金总额·全年预算数", "Funds total, full-year budget", row.FullYearBudget, p + "/budgetExecution/fullYearBudget",
                rows.Select((r, i) => (r.FullYearBudget, $"{p}/fundingRows/{i}/fullYearBudget")).ToList(), 1);
            yield return new SumIdentity("年度资金总额·全年执行数", "Funds total, executed", row.Executed, p + "/budgetExecution/executed",
                rows.Select((r, i) => (r.Executed, $"{p}/fundingRows/{i}/executed")).ToList(), 1);
        }

        foreach (var (project, i) in (document.Projects ?? []).Select((project, i) => (project, i)))
        {
            if (project.Executed is null || project.FundingSources is not { Count: > 0 } sources) continue;
            yield return new SumIdentity($"项目“{project.Name}”执行数", $"Project '{project.Name}' spending", project.Executed, $"/projects/{i}/executed",
                sources.Select((s, j) => (s.Executed, $"/projects/{i}/fundingSources/{j}/executed")).ToList(), 1);
        }
    }
}
