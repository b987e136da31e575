namespace PerfEval.Domain.Publication;

/// <summary>
/// The publication status of one report year at a given moment. <see cref="DaysLate"/> counts calendar days in China
/// Standard Time after <see cref="DueDate"/>: up to the first publication when published late, up to today when
/// overdue, 0 when published on time, null otherwise. <see cref="DueDateGap"/> says why <see cref="DueDate"/> is null.
/// </summary>
public sealed record PublicationAssessment(
    PublicationStatus Status,
    DateOnly? DueDate,
    DueDateGap? DueDateGap,
    DateOnly? PublishedOn,
    int? DaysLate);
