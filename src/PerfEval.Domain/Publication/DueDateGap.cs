namespace PerfEval.Domain.Publication;

/// <summary>Why a due date cannot be computed yet. A report without a due date is never overdue.</summary>
public enum DueDateGap
{
    /// <summary>No rule applies to the agency's region and fiscal year.</summary>
    NoRule,
    /// <summary>The rule counts from the 决算批复 and that date has not been recorded.</summary>
    ApprovalDateMissing,
    /// <summary>The rule counts working days into a year whose holiday notice is not loaded.</summary>
    CalendarNotCovered,
}
