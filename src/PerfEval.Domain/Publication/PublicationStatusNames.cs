namespace PerfEval.Domain.Publication;

/// <summary>The snake_case names publication statuses have in JSON.</summary>
public static class PublicationStatusNames
{
    public static string Of(PublicationStatus status) => status switch
    {
        PublicationStatus.NotSubmitted => "not_submitted",
        PublicationStatus.InProgress => "in_progress",
        PublicationStatus.PublishedOnTime => "published_on_time",
        PublicationStatus.PublishedLate => "published_late",
        PublicationStatus.Overdue => "overdue",
        PublicationStatus.PublishedUndated => "published_undated",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static PublicationStatus? Parse(string? name) =>
        Enum.GetValues<PublicationStatus>().Cast<PublicationStatus?>().FirstOrDefault(s => Of(s!.Value) == name);
}
