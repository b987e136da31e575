using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Publication;

namespace PerfEval.Application.Publication;

public static class WorkflowRoles
{
    public static WorkflowRole Of(CallerRole role) => role switch
    {
        CallerRole.Admin => WorkflowRole.Admin,
        CallerRole.Region => WorkflowRole.Region,
        _ => WorkflowRole.Agency,
    };

    public static WorkflowState StateOf(ReportHead head) =>
        WorkflowNames.ParseState(head.Status) ?? throw new InvalidOperationException($"Unknown workflow state '{head.Status}'.");

    /// <summary>The client error a refused transition is: 403 for a role that may never do it, 422 for a bad reason,
    /// 409 otherwise; each lists the actions this caller may take now.</summary>
    public static AppException Refusal(WorkflowResult result)
    {
        AppException exception = result.Refusal switch
        {
            WorkflowRefusal.RoleNotPermitted => new ForbiddenException(result.Message ?? "Not permitted."),
            WorkflowRefusal.ReasonMissing or WorkflowRefusal.ReasonTooLong =>
                new RequestValidationException([new("/reason", result.Message ?? "Invalid reason.")], result.Message ?? "Invalid reason."),
            _ => new ConflictException(result.Message ?? "Not allowed now."),
        };
        exception.Extensions["state"] = WorkflowNames.Of(result.From);
        exception.Extensions["allowedActions"] = result.AllowedActions.Select(WorkflowNames.Of).ToList();
        return exception;
    }
}
