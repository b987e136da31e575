namespace PerfEval.Domain.Publication;

/// <summary>Whether an expected report year has been made public (公开) and on time. Wire names: <see cref="PublicationStatusNames"/>.</summary>
public enum PublicationStatus
{
    /// <summary>No version at all, and the deadline has not passed (or is not known).</summary>
    NotSubmitted,
    /// <summary>At least one version exists (a draft counts) but the report is not public, and the deadline has not passed (or is not known).</summary>
    InProgress,
    /// <summary>Public, first published on or before the due date.</summary>
    PublishedOnTime,
    /// <summary>Public, first published after the due date.</summary>
    PublishedLate,
    /// <summary>Not public and the due date has passed, whether or not anything was filed (逾期未公开).</summary>
    Overdue,
    /// <summary>Public, but there is no due date to judge it against (e.g. the 批复 date is not recorded): neither on time nor late.</summary>
    PublishedUndated,
}
