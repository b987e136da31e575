using PerfEval.Domain.Audit;

namespace PerfEval.Domain.Publication;

/// <summary>How many 确定 (error) and 疑似 (warning) findings the version in question carries.</summary>
public readonly record struct FindingTally(int Errors, int Warnings)
{
    public static readonly FindingTally None = new(0, 0);

    public static FindingTally Of(IEnumerable<Finding> findings)
    {
        var errors = 0;
        var warnings = 0;
        foreach (var finding in findings)
        {
            if (finding.Severity == Severities.Error) errors++;
            else if (finding.Severity == Severities.Warning) warnings++;
        }
        return new FindingTally(errors, warnings);
    }
}
