namespace PerfEval.Application.Abstractions;

public static class DerivationStates
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";
}
