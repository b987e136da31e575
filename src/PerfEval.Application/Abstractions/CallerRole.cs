namespace PerfEval.Application.Abstractions;

public enum CallerRole
{
    Admin,
    Region,
    Agency,
}
