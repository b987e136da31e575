using PerfEval.Application.Behaviors;
using PerfEval.Application.Common;
using PerfEval.Application.Reports;

namespace PerfEval.Api.Tests.Limits;

/// <summary>A report's audit runs before its transaction opens, so no SQLite write lock is held while it runs.</summary>
public sealed class AuditBeforeTransactionTests
{
    [Fact]
    public void The_precompute_step_runs_outside_the_transaction_and_PUT_uses_it()
    {
        var order = Pipeline.Behaviors.ToList();

        Assert.True(order.IndexOf(typeof(PrecomputeBehavior<,>)) >= 0);
        Assert.True(order.IndexOf(typeof(PrecomputeBehavior<,>)) < order.IndexOf(typeof(TransactionBehavior<,>)));
        Assert.True(typeof(IPrecomputed).IsAssignableFrom(typeof(PutReport)));
        Assert.True(typeof(ITransactional).IsAssignableFrom(typeof(PutReport)));
    }
}
