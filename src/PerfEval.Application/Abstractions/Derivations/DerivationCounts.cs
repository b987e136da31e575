namespace PerfEval.Application.Abstractions;

public sealed record DerivationCounts(int Pending, int Running, int Done, int Failed)
{
    private DerivationCounts() : this(0, 0, 0, 0) { }

    public int Total => Pending + Running + Done + Failed;
}
