using PerfEval.Domain.Audit.Rules;

namespace PerfEval.Domain.Audit;

/// <summary>The versioned rule catalogue. Bump <see cref="Version"/> whenever a rule is added, removed or changes what it finds.</summary>
public static class RuleCatalog
{
    public const string Version = "2026.11.3";

    public static IReadOnlyList<IAuditRule> All { get; } = Build();

    private static IReadOnlyList<IAuditRule> Build()
    {
        ISumIdentitySource[] identities =
        [
            new ExpenditureTotalEqualsPartsRule(),
            new BasicEqualsPersonnelPlusPublicRule(),
            new RevenueTotalEqualsPartsRule(),
            new SanGongTotalEqualsComponentsRule(),
            new VehicleEqualsPurchasePlusOperationRule(),
            new ProcurementTotalEqualsPartsRule(),
            new AssetsEqualLiabilitiesPlusNetAssetsRule(),
            new FundingSourcesAddUpRule(),
        ];
        return
        [
            .. identities.Cast<IAuditRule>(),
            new ListedProjectsWithinProjectExpenditureRule(),
            new ProjectBudgetReconciliationRule(),
            new StatedDifferencesMatchRule(),
            new StatedShareMatchesRatioRule(),
            new StatedRateMatchesCountsRule(),
            new StatedRatesOfAmountsRule(),
            new BreakdownWithinTotalRule(),
            new ItemisedAmountsWithinTotalRule(),
            new CountRelationsRule(),
            new StatedCountMatchesListedItemsRule(),
            new RestatedFigureDiffersRule(),
            new SameMetricDifferentValuesRule(),
            new UnitSlipRule(identities),
            new IndicatorWeightsSumTo100Rule(),
            new Level1WeightsMatchProfileRule(),
            new ScoreWithinWeightRule(),
            new ScoresAddUpToTotalRule(),
            new ExecutionRateMatchesFiguresRule(),
            new GradeMatchesScoreRule(),
            new ActualMeetsTargetRule(),
            new StaffingRelationsRule(),
            new SanGongStatementMissingRule(),
            new CoreFiguresMissingRule(),
            new NegativeAmountRule(),
        ];
    }

    public static IAuditRule? Find(string id) => All.FirstOrDefault(r => r.Descriptor.Id == id);
}
