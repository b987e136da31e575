namespace PerfEval.Application.Webhooks;

/// <summary>The events a client can subscribe to. Sent to receivers and stored: never rename one.</summary>
public static class WebhookEventTypes
{
    public const string Submitted = "report.submitted";
    public const string Returned = "report.returned";
    public const string Accepted = "report.accepted";
    public const string Published = "report.published";
    public const string Retracted = "report.retracted";
    public const string Scored = "report.scored";
    public const string FindingsError = "report.findings.error";
    public const string Overdue = "report.overdue";
    public const string MonitoringAssessed = "monitoring.assessed";
    public const string DeclarationApproved = "declaration.approved";
    public const string DeclarationReturned = "declaration.returned";

    public static readonly IReadOnlyList<string> All =
        [Submitted, Returned, Accepted, Published, Retracted, Scored, FindingsError, Overdue, MonitoringAssessed, DeclarationApproved, DeclarationReturned];

    /// <summary>The event of a workflow move into <paramref name="state"/>, or null when the move raises none.</summary>
    public static string? ForWorkflowState(string state) => All.FirstOrDefault(t => t == "report." + state);

    /// <summary>The event of a declaration review step (approve, return), or null when the step raises none (submit).</summary>
    public static string? ForDeclarationStep(string action) => action switch
    {
        "approve" => DeclarationApproved,
        "return" => DeclarationReturned,
        _ => null,
    };
}
