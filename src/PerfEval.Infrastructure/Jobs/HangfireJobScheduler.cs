using Hangfire;
using PerfEval.Application.Abstractions;

namespace PerfEval.Infrastructure.Jobs;

public sealed class HangfireJobScheduler(IBackgroundJobClient jobs) : IJobScheduler
{
    public void ScoreVersion(VersionKey key, string? onlyProfile = null) =>
        jobs.Enqueue<ReportJobs>(j => j.ScoreVersionAsync(key.AgencyId, key.FiscalYear, key.Version, CancellationToken.None));

    public void ComputeYoy(string agencyId, int fiscalYear) =>
        jobs.Enqueue<ReportJobs>(j => j.ComputeYoyAsync(agencyId, fiscalYear, CancellationToken.None));

    public void PlanRescore(string runId) =>
        jobs.Enqueue<ReportJobs>(j => j.PlanRescoreAsync(runId, CancellationToken.None));
}
