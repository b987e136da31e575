using System.Diagnostics;
using Hangfire.Common;
using Hangfire.Server;
using Hangfire.States;
using Hangfire.Storage;
using PerfEval.Application.Telemetry;

namespace PerfEval.Infrastructure.Jobs;

/// <summary>
/// A span per job execution (the mediator and SQL spans of the job nest under it), and the counts of jobs that failed
/// for good and of failed attempts scheduled again. It is handed to this host's Hangfire server only (see
/// <see cref="ProvidedTo"/>), not to Hangfire's process-wide filters, so that each host counts its own jobs.
/// </summary>
public sealed class JobTelemetryFilter(PerfEvalTelemetry telemetry) : IServerFilter, IApplyStateFilter
{
    private const string ActivityItem = "perfeval.activity";

    public void OnPerforming(PerformingContext context)
    {
        var activity = PerfEvalTelemetry.Source.StartActivity("job " + NameOf(context.BackgroundJob.Job), ActivityKind.Consumer);
        if (activity is null) return;
        activity.SetTag("perfeval.job.id", context.BackgroundJob.Id);
        activity.SetTag("perfeval.job", NameOf(context.BackgroundJob.Job));
        context.Items[ActivityItem] = activity;
    }

    public void OnPerformed(PerformedContext context)
    {
        if (!context.Items.TryGetValue(ActivityItem, out var item) || item is not Activity activity) return;
        if (context.Exception is { } exception && !context.ExceptionHandled)
        {
            activity.SetStatus(ActivityStatusCode.Error, (exception.InnerException ?? exception).GetType().Name);
        }
        activity.Dispose();
    }

    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
        if (context.BackgroundJob?.Job is not { } job) return;
        var name = new KeyValuePair<string, object?>("job", NameOf(job));
        // Automatic retry turns a failed attempt into a scheduled one; a job that stays failed has used up its retries.
        if (context.NewState is FailedState) telemetry.JobFailures.Add(1, name);
        else if (context.NewState is ScheduledState && context.OldStateName == ProcessingState.StateName) telemetry.JobRetries.Add(1, name);
    }

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
    }

    /// <summary>The server's filters: Hangfire's process-wide ones plus this host's telemetry.</summary>
    public IJobFilterProvider ProvidedTo(IJobFilterProvider global) => new JobFilterProviderCollection { global, new Provider(this) };

    private static string NameOf(Job job) => job.Type.Name + "." + job.Method.Name;

    private sealed class Provider(JobTelemetryFilter filter) : IJobFilterProvider
    {
        public IEnumerable<JobFilter> GetFilters(Job job) => [new JobFilter(filter, JobFilterScope.Global, null)];
    }
}
