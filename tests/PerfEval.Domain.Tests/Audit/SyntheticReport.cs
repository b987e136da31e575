using System.Text.Json;
using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Tests.Audit;

/// <summary>A synthetic report whose every figure is consistent, and single-figure mutations of it.</summary>
public static class SyntheticReport
{
    public const string Json = """
    {
      "schemaVersion": "1.1",
      "agency": { "name": "测试县司法局", "regionCode": "430423" },
      "fiscalYear": 2023,
      "reportDate": "2024-05-09",
      "organization": {
        "functions": [ "法治宣传", "人民调解" ], "dutyItemCount": { "value": 2, "unit": "条" },
        "units": [ { "kind": "judicialOffice", "label": "基层司法所", "count": { "value": 2, "unit": "个" }, "names": [ "城关", "白果" ] } ]
      },
      "staffing": {
        "quotaTotal": { "value": 62, "unit": "个" }, "quotaAdministrative": { "value": 46, "unit": "个" }, "quotaInstitution": { "value": 16, "unit": "个" },
        "actualTotal": { "value": 73, "unit": "人" }, "inService": { "value": 57, "unit": "人" }, "retired": { "value": 16, "unit": "人" }, "contractStaff": { "value": 2, "unit": "人" },
        "breakdown": [ { "key": "inServicePoliticalLegal", "value": 50, "unit": "人", "partOf": "inService" } ]
      },
      "finance": {
        "budget": {
          "revenue": { "total": { "value": 1000.00 }, "fiscalAppropriation": { "value": 1000.00, "share": { "value": 100, "of": "/finance/budget/revenue/total" } },
                       "businessIncome": { "value": 0 }, "otherIncome": { "value": 0 } },
          "expenditure": { "total": { "value": 1000.00 }, "basic": { "value": 800.00 }, "project": { "value": 200.00 }, "personnel": { "value": 600.00 }, "publicFunds": { "value": 200.00 } }
        },
        "final": {
          "revenue": { "total": { "value": 1100.00 }, "fiscalAppropriation": { "value": 1100.00 }, "otherIncome": { "value": 0.00 } },
          "expenditure": {
            "total": { "value": 1100.00 },
            "basic": { "value": 850.00, "share": { "value": 77.27, "of": "/finance/final/expenditure/total" },
                       "restatements": [ { "value": 850.00, "section": "二、" } ] },
            "personnel": { "value": 650.00, "share": { "value": 76.5, "of": "/finance/final/expenditure/basic" } },
            "publicFunds": { "value": 200.00 },
            "project": { "value": 250.00, "share": { "value": 22.73, "of": "/finance/final/expenditure/total" } }
          }
        },
        "budgetToFinal": { "revenueDifference": { "value": 100.00 }, "expenditureDifference": { "value": 100.00 } }
      },
      "sanGong": {
        "budget": { "total": { "value": 3.00 }, "abroad": { "value": 0.00 }, "vehicle": { "value": 2.00 }, "vehiclePurchase": { "value": 0.50 }, "vehicleOperation": { "value": 1.50 }, "reception": { "value": 1.00 } },
        "actual": { "total": { "value": 2.74 }, "abroad": { "value": 0 }, "vehicleOperation": { "value": 1.95 }, "reception": { "value": 0.79 } },
        "priorYearActual": { "total": { "value": 3.10 } },
        "changeFromPriorYear": { "value": -0.36 }, "changeRateFromPriorYear": { "value": -11.61, "unit": "%" }
      },
      "procurement": { "total": { "value": 43.85 }, "goods": { "value": 43.85 }, "works": { "value": 0 }, "services": { "value": 0 } },
      "assets": { "totalAssets": { "value": 1581.89 }, "liabilities": { "value": 295.41 }, "netAssets": { "value": 1286.48 },
                  "fixedAssetsOriginalValue": { "value": 1561.69 }, "fixedAssetsInUse": { "value": 1500.00 }, "fixedAssetUseRate": { "value": 96.05, "unit": "%" } },
      "projectFunds": {
        "initialBudget": { "value": 200.00 }, "actualRevenue": { "value": 250.00 }, "actualExpenditure": { "value": 250.00 },
        "projectCount": { "value": 2, "unit": "个", "text": "项目2个" },
        "shareOfProjectExpenditure": { "value": 100, "text": "占项目支出总额的100%", "of": "/finance/final/expenditure/project" },
        "sources": [ { "name": "区级", "initialBudget": { "value": 150.00 }, "disbursed": { "value": 180.00 } },
                     { "name": "上级转移支付", "initialBudget": { "value": 50.00 }, "disbursed": { "value": 70.00 } } ]
      },
      "projects": [
        { "name": "公共法律服务", "carryIn": { "value": 0.16 }, "initialBudget": { "value": 71.00 }, "adjustmentDecrease": { "value": 20.76 },
          "executed": { "value": 50.24, "partOf": "/finance/final/expenditure/project", "section": "六" }, "carryOut": { "value": 0.16 }, "fundingSources": [ { "name": "当年财政拨款", "executed": { "value": 50.24 } } ] },
        { "name": "公车经费", "initialBudget": { "value": 3.00 }, "adjustmentIncrease": { "value": 1.35 }, "fullYearBudget": { "value": 4.35 },
          "executed": { "value": 4.35, "partOf": "/finance/final/expenditure/project", "section": "六",
                        "restatements": [ { "value": 4.35, "section": "六", "partOf": "/finance/final/expenditure/project" } ] },
          "carryOut": { "value": 0.00 }, "executionRate": { "value": 100, "unit": "%" } }
      ],
      "indicatorTables": [ {
        "subject": "project",
        "budgetExecution": { "initialBudget": { "value": 115 }, "fullYearBudget": { "value": 265.58 }, "executed": { "value": 265.58 }, "weight": 10,
                             "executionRate": { "value": 100, "unit": "%" }, "score": 10 },
        "fundingRows": [ { "name": "当年财政拨款", "initialBudget": { "value": 115 }, "fullYearBudget": { "value": 179.73 }, "executed": { "value": 179.73 } },
                         { "name": "上年结转资金", "fullYearBudget": { "value": 85.85 }, "executed": { "value": 85.85 } } ],
        "level1Weights": [ { "name": "产出指标", "weight": 50 }, { "name": "效益指标", "weight": 30 }, { "name": "满意度指标", "weight": 10 } ],
        "indicators": [
          { "level1": "产出指标", "level2": "数量指标", "level3": "场次", "target": { "text": "6场" }, "actual": { "text": "14场" }, "weight": 25, "score": 25 },
          { "level1": "产出指标", "level2": "质量指标", "level3": "合格率", "target": { "text": "≥90%" }, "actual": { "text": "95%" }, "weight": 25, "score": 25 },
          { "level1": "效益指标", "level2": "社会效益指标", "level3": "法治建设", "target": { "text": "有所提升" }, "actual": { "text": "提升" }, "weight": 30, "score": 30 },
          { "level1": "满意度指标", "level2": "服务对象满意度指标", "level3": "群众满意率", "target": { "text": "≥90%" }, "actual": { "text": "≥90%" }, "weight": 10, "score": 10 }
        ],
        "totalWeight": 100, "totalScore": 100
      } ],
      "outputs": [
        { "key": "mediationCases", "value": 1449, "unit": "件", "scope": "全区", "section": "六" },
        { "key": "mediationSuccess", "value": 1427, "unit": "件", "scope": "全区", "section": "六", "partOf": "mediationCases" },
        { "key": "mediationSuccessRate", "value": 98.5, "unit": "%", "scope": "全区", "section": "六" },
        { "key": "legalAidCases", "value": 204, "unit": "件", "section": "六", "partsExhaustive": true },
        { "key": "legalAidCriminal", "value": 171, "unit": "件", "section": "六", "partOf": "legalAidCases" },
        { "key": "legalAidCivil", "value": 30, "unit": "件", "section": "六", "partOf": "legalAidCases" },
        { "key": "legalAidAdministrative", "value": 3, "unit": "件", "section": "六", "partOf": "legalAidCases" },
        { "key": "legalAidCases", "value": 204, "unit": "件", "section": "七" },
        { "key": "reconsiderationReceived", "value": 40, "unit": "件", "section": "六" },
        { "key": "reconsiderationConcluded", "value": 30, "unit": "件", "section": "七" },
        { "key": "lawFirms", "value": 45, "unit": "家", "scope": "全区", "section": "七" },
        { "key": "pazhouLawFirms", "value": 21, "unit": "家", "scope": "琶洲", "section": "七" },
        { "key": "pazhouLawFirmShare", "value": 46.7, "unit": "%", "numerator": "pazhouLawFirms", "of": "lawFirms", "section": "七" },
        { "key": "publicityEvents", "value": 14, "unit": "场", "section": "六" },
        { "key": "publicityEvents", "value": 12, "unit": "场", "section": "六", "isTarget": true }
      ],
      "performanceGoals": [ {
        "area": "法律援助", "goal": "扩大法律援助覆盖面", "achievement": "全部完成",
        "indicators": [ { "name": "法律援助案件", "target": { "text": "200件" }, "actual": { "text": "204件" } },
                        { "name": "投诉率", "target": { "text": "不高于15%" }, "actual": { "text": "5%" } },
                        { "name": "核查率", "target": { "text": "百分之百", "operator": "=", "value": 100, "unit": "%" }, "actual": { "text": "100%" } } ]
      } ],
      "selfEvaluation": { "score": 100, "fullMarks": 100, "grade": "优秀", "coverage": { "value": 100, "unit": "%" }, "coveredFunds": { "value": 1100.00 } },
      "publication": { "status": "planned", "statement": "按财政要求公开" }
    }
    """;

    public static ReportDocument Clean() => Parse(JsonNode.Parse(Json)!);

    /// <summary>The clean report with one value replaced (or removed, when <paramref name="value"/> is null).</summary>
    public static ReportDocument With(string pointer, JsonNode? value) => With((pointer, value));

    /// <summary>The clean report with several values replaced (null removes the member).</summary>
    public static ReportDocument With(params (string Pointer, JsonNode? Value)[] changes)
    {
        var root = JsonNode.Parse(Json)!;
        foreach (var (pointer, value) in changes) Set(root, pointer, value);
        return Parse(root);
    }

    /// <summary>As With, without the schema's limits: rules must survive
    /// figures the intake refuses (e.g. beyond its digit limits), should one ever reach them.</summary>
    public static ReportDocument WithoutValidation(params (string Pointer, JsonNode? Value)[] changes)
    {
        var root = JsonNode.Parse(Json)!;
        foreach (var (pointer, value) in changes) Set(root, pointer, value);
        return ReportJson.Deserialize(root.ToJsonString())!;
    }

    private static void Set(JsonNode root, string pointer, JsonNode? value)
    {
        var tokens = pointer.Trim('/').Split('/');
        var parent = tokens[..^1].Aggregate(root, (node, token) => node is JsonArray array ? array[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)]! : node[token]!);
        if (parent is JsonObject obj)
        {
            if (value is null) obj.Remove(tokens[^1]);
            else obj[tokens[^1]] = value;
        }
        else
        {
            ((JsonArray)parent)[int.Parse(tokens[^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
    }

    public static IReadOnlyList<Finding> Findings(IAuditRule rule, ReportDocument document) =>
        rule.Evaluate(document, new AuditContext(RuleCatalog.Version)).ToList();

    private static ReportDocument Parse(JsonNode node)
    {
        using var document = JsonDocument.Parse(node.ToJsonString());
        var outcome = ReportParser.Parse(document.RootElement);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Pointer + " " + e.Message)));
        return outcome.Document!;
    }
}
