namespace PerfEval.Application.Common;

/// <summary>The body is not an .xlsx workbook (not a zip, a corrupt one, or a zip without a workbook): 400.</summary>
public sealed class UnreadableWorkbookException(string detail) : AppException("Unreadable workbook", detail)
{
    public override int StatusCode => 400;
}

/// <summary>One problem of a workbook: the sheet and cell when there are ones ("G14", row 14, column 7) and the JSON pointer of the draft it concerns.</summary>
public sealed record WorkbookError(string Pointer, string Detail, string? Sheet, string? Cell, int? Row, int? Column);

/// <summary>
/// A workbook whose cells cannot be read (a 分值 that is not a number) or that is over a limit: 422 with "errors"
/// listing each problem's pointer, detail, sheet, cell, row and column (the first 100, and "errorCount").
/// </summary>
public sealed class WorkbookValidationException : AppException
{
    public const int MaxListed = 100;

    public WorkbookValidationException(IReadOnlyList<WorkbookError> errors, string detail = "The workbook has cells that cannot be read.")
        : base("Validation failed", detail)
    {
        Errors = errors;
        Extensions["errors"] = errors.Take(MaxListed).ToList();
        if (errors.Count > MaxListed) Extensions["errorCount"] = errors.Count;
    }

    public IReadOnlyList<WorkbookError> Errors { get; }

    public override int StatusCode => 422;

    public static WorkbookValidationException ForSheet(string sheet, string detail) => new([new WorkbookError("", detail, sheet, null, null, null)], detail);
}
