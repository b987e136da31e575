using PerfEval.Domain.Reports;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Audit.Rules;

/// <summary>The stated grade word matches the band of the stated self-score (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差).</summary>
public sealed class GradeMatchesScoreRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = new("PE-IND-006", "自评等级与自评分不符", "The stated grade does not match the self-score",
        RuleCategories.IndicatorTable, Severities.Error, "grade(自评分 × 100 / 满分) per the bands 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 < 60 (优秀 = 优 …; 满分 100 unless stated)",
        "Exact", "财政部预算司 等级划分 优(90-100)、良(80-89)、中(60-79)、差(0-59) (财预〔2020〕10号 and published 自评表 instructions)");

    public IEnumerable<Finding> Evaluate(ReportDocument document, AuditContext context)
    {
        var self = document.SelfEvaluation;
        var bands = ScoringProfiles.DefaultHeadline.Grades;
        if (self?.Score is not { } score || string.IsNullOrWhiteSpace(self.Grade)) yield break;
        // The bands are on a 100-point scale; a score out of another 满分 is converted first.
        var outOf = self.FullMarks is > 0 and not 100m ? self.FullMarks.Value : (decimal?)null;
        decimal? onHundred = score;
        if (outOf is { } full) onHundred = SafeMath.Multiply(score, 100m) is { } scaled ? SafeMath.Divide(scaled, full) : null;
        if (onHundred is not { } percent) yield break;
        var expected = Grades.For(percent, bands);
        var stated = Grades.Normalise(self.Grade, bands);
        var written = outOf is { } f ? $"自评分 {score}（满分 {f}，折合百分制 {AuditContext.N(Math.Round(percent, 2, MidpointRounding.AwayFromZero))}）" : $"自评分 {score}";
        var writtenEn = outOf is { } g ? $"A self-score of {score} out of {g}" : $"A self-score of {score}";
        string[] pointers = outOf is null ? ["/selfEvaluation/grade", "/selfEvaluation/score"] : ["/selfEvaluation/grade", "/selfEvaluation/score", "/selfEvaluation/fullMarks"];
        if (stated is null)
            yield return context.Create(Descriptor, $"自评等级“{self.Grade}”不是规定的等级（优、良、中、差）。", $"The grade '{self.Grade}' is not one of 优, 良, 中, 差.",
                ["/selfEvaluation/grade"], severity: Severities.Warning);
        else if (stated != expected)
            yield return context.Create(Descriptor, $"{written} 对应等级“{expected}”，报告写为“{self.Grade}”。",
                $"{writtenEn} is graded {expected}, but the report says {self.Grade}.", pointers);
    }
}
