namespace PerfEval.Domain.Publication;

/// <summary>Who acts in the workflow: the platform administrator, a region's reviewer (财政部门 / 主管部门), or the
/// reporting agency (填报单位). The Application maps its own caller role onto this.</summary>
public enum WorkflowRole
{
    Admin,
    Region,
    Agency,
}
