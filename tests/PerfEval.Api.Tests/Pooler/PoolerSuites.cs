using PerfEval.Api.Tests.Concurrency;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Api.Tests.Jobs;
using PerfEval.Api.Tests.Reports;

namespace PerfEval.Api.Tests.Pooler;

// The ordinary API flows, unchanged, with every connection of the host (Dapper, migrations under their transaction-scoped
// advisory lock, Hangfire's storage, the ledger's FOR UPDATE SKIP LOCKED claims) going through PgBouncer in
// transaction pooling mode. (A few suites, to keep the run short; PoolerFlowTests walks the remaining routes once,
// with the Hangfire worker of the host deriving scores and dashboards.)

/// <summary>PUT, GET, versions, idempotent replays, deletes.</summary>
public sealed class ReportLifecycleTests_Pooler(PoolerApp app) : ReportLifecycleTests(app), IClassFixture<PoolerApp>;

/// <summary>If-Match and concurrent writers on one report.</summary>
public sealed class ConcurrencyTests_Pooler(PoolerApp app) : ConcurrencyTests(app), IClassFixture<PoolerApp>;

/// <summary>Lease claims of the derivation ledger (FOR UPDATE SKIP LOCKED) by competing dispatchers.</summary>
public sealed class DerivationLedgerTests_Pooler(ApiOnlyPoolerApp app) : DerivationLedgerTests(app), IClassFixture<ApiOnlyPoolerApp>;
