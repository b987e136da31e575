namespace PerfEval.Domain.DocumentImport;

public static partial class PhraseCatalogue
{
    /// <summary>The budgets other than the 一般公共预算 a report states (usually as zeros), by the words that name them.</summary>
    public static readonly IReadOnlyList<(string Words, string Key)> OtherBudgetFunds =
    [
        ("政府性基金", "governmentFund"),
        ("国有资本经营", "stateCapital"),
        ("社会保险基金", "socialInsurance"),
    ];

    /// <summary>
    /// Figures of a 政府性基金 / 国有资本经营 / 社会保险基金 statement, matched against the words of the clause before the
    /// amount (whitespace and markup removed). {fund} is the budget the heading (or the sentence) names; a rule whose
    /// pointer ends in /- appends an item labelled with the clause's words.
    /// </summary>
    public static readonly IReadOnlyList<PhraseRule> OtherBudgetRules =
    [
        new("otherBudgetRevenue", FigureClass.Money, "财政拨款收入$", "/otherBudgets/{fund}/revenue", "芦淞 2024 2024年度政府性基金预算财政拨款收入0.00万元"),
        new("otherBudgetCarryIn", FigureClass.Money, "年初结转(?:和)?结余$", "/otherBudgets/{fund}/carryIn", "芦淞 2024 年初结转和结余0.00万元"),
        new("otherBudgetBasic", FigureClass.Money, "基本支出$", "/otherBudgets/{fund}/basic", "芦淞 2024 其中基本支出0.00万元"),
        new("otherBudgetProject", FigureClass.Money, "项目支出$", "/otherBudgets/{fund}/project", "芦淞 2024 项目支出0.00万元"),
        new("otherBudgetExpenditure", FigureClass.Money, "^支出$", "/otherBudgets/{fund}/expenditure", "芦淞 2024 支出0.00万元"),
        new("otherBudgetCarryOut", FigureClass.Money, "年末结转(?:和)?结余$", "/otherBudgets/{fund}/carryOut", "芦淞 2024 年末结转和结余0.00万元"),
        new("otherBudgetItem", FigureClass.Money, "(?:年初预算|支出决算)(?:数)?为?$", "/otherBudgets/{fund}/items/-", "芦淞 2024 年初预算为0.00万元，支出决算为0.00万元"),
    ];
}
