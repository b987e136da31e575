namespace PerfEval.Application.Changes;

/// <summary>What a change-feed row records. Stored: never rename one.</summary>
public static class ChangeKinds
{
    public const string Version = "version";
    public const string Findings = "findings";
    public const string Workflow = "workflow";
    public const string Score = "score";
    public const string Yoy = "yoy";
    public const string Publication = "publication";
    public const string DeclaredTargets = "declared-targets";
    public const string Monitoring = "monitoring";
    public const string MonitoringAssessment = "monitoring-assessment";
    public const string Declaration = "declaration";
}
