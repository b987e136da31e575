namespace PerfEval.Domain.Publication;

/// <summary>A roster entry with the rule that applied to it (null when none) and its publication status.</summary>
public sealed record RosterStatus(RosterEntry Entry, DeadlineRuleEntry? Rule, PublicationAssessment Assessment);
