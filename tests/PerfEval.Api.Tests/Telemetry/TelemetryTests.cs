using System.Diagnostics;
using System.Net;
using Dapper;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Api.Tests.Telemetry;

[Trait("Provider", "each")]
public sealed class TelemetryTests(TelemetryTestApp app) : IClassFixture<TelemetryTestApp>
{
    private Task<string> ScrapeAsync() => app.Client().GetStringAsync("/metrics");

    [Fact]
    public async Task A_stored_report_moves_the_request_report_and_finding_counters()
    {
        var admin = app.Client();
        var agency = "tel-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, "430423");
        var before = await ScrapeAsync();

        var response = await admin.PutReportAsync(agency, 2023, Documents.Minimal(2023));
        await response.AssertSuccessAsync();
        var counts = (await response.ReadObjectAsync())["findingCounts"]!.AsObject();

        string after = "";
        await Eventually.HoldsAsync(async () =>
        {
            after = await ScrapeAsync();
            return Delta("perfeval_reports_accepted_total") == 1;
        }, TimeSpan.FromSeconds(30), () => Task.FromResult(after));
        Assert.Equal(1, Delta("perfeval_requests_total", "request=\"PutReport\"", "outcome=\"ok\""));
        Assert.Equal(counts["errors"]!.GetValue<int>(), Delta("perfeval_findings_total", "severity=\"error\""));
        Assert.Equal(counts["warnings"]!.GetValue<int>(), Delta("perfeval_findings_total", "severity=\"warning\""));
        Assert.Equal(counts["infos"]!.GetValue<int>(), Delta("perfeval_findings_total", "severity=\"info\""));
        Assert.True(Delta("http_server_request_duration_seconds_count", "http_request_method=\"PUT\"") >= 1, after);
        Assert.Contains("perfeval_request_duration_seconds_bucket", after);

        double Delta(string metric, params string[] labels) => PrometheusText.Sum(after, metric, labels) - PrometheusText.Sum(before, metric, labels);
    }

    [Fact]
    public async Task Metrics_are_refused_to_anonymous_and_non_admin_callers()
    {
        var agency = "tel-" + Guid.NewGuid().ToString("N")[..8];
        await app.Client().CreateAgencyAsync(agency, "430423");
        var (_, agencyKey) = await app.Client().CreateKeyAsync("agency", agency);

        var anonymous = await app.Client(null).GetAsync("/metrics");
        var agencyCaller = await app.Client(agencyKey).GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agencyCaller.StatusCode);
        Assert.DoesNotContain("perfeval_", await anonymous.Content.ReadAsStringAsync());
        Assert.DoesNotContain("perfeval_", await agencyCaller.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_http_request_is_traced_through_its_use_case_to_the_database()
    {
        var admin = app.Client();
        var agency = "tel-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, "430423");
        var traceId = ActivityTraceId.CreateRandom();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/agencies/{agency}");
        request.Headers.Add("traceparent", $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

        var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        IReadOnlyList<Activity> spans = [];
        await Eventually.HoldsAsync(() =>
        {
            spans = app.SpansOf(traceId);
            return Task.FromResult(spans.Any(s => s.Kind == ActivityKind.Server));
        }, TimeSpan.FromSeconds(30), () => Task.FromResult(string.Join(", ", spans.Select(s => s.Source.Name + ":" + s.DisplayName))));
        var http = spans.Single(s => s.Kind == ActivityKind.Server);
        var useCase = spans.Single(s => s.Source.Name == "PerfEval" && s.DisplayName == "GetAgency");
        Assert.Equal(http.SpanId, useCase.ParentSpanId);
        Assert.Equal("/api/v1/agencies/{agencyId}", http.GetTagItem("http.route"));
        if (app.Provider == "postgres")
        {
            // Npgsql's spans; SQLite's driver emits none.
            var sql = spans.Where(s => s.Source.Name == "Npgsql").ToList();
            Assert.NotEmpty(sql);
            Assert.Contains(sql, s => s.ParentSpanId == useCase.SpanId);
            // The pollers' SQL (Hangfire's queue, the ledger dispatcher: several statements a second) starts no trace.
            Assert.Empty(app.Spans(s => s.Source.Name == "Npgsql" && s.ParentSpanId == default));
        }
    }

    [Fact]
    public async Task Readiness_degrades_while_a_derivation_waits_longer_than_allowed_and_the_gauge_shows_its_age()
    {
        var kind = "telemetry-probe-" + Guid.NewGuid().ToString("N")[..8];
        var waitingSince = DateTimeOffset.UtcNow.AddHours(-2);
        await LedgerAsync("INSERT INTO derivations (agency_id, fiscal_year, version, kind, state, attempts, due_at, created_at, updated_at) "
            + "VALUES (@Agency, 2023, 1, @Kind, 'pending', 0, @DueAt, @At, @At)",
            new { Agency = "tel-none", Kind = kind, DueAt = DateTimeOffset.UtcNow.AddYears(50), At = waitingSince });
        try
        {
            var degraded = await app.Client(null).GetAsync("/health/ready");
            // A scrape reuses a reading taken in the last second, so the new row shows up in a later one.
            var metrics = "";
            await Eventually.HoldsAsync(async () =>
            {
                metrics = await ScrapeAsync();
                return metrics.Contains(kind, StringComparison.Ordinal);
            }, TimeSpan.FromSeconds(30), () => Task.FromResult(metrics));

            Assert.Equal(HttpStatusCode.OK, degraded.StatusCode);
            Assert.Equal("Degraded", await degraded.Content.ReadAsStringAsync());
            var age = PrometheusText.Sum(metrics, "perfeval_derivations_oldest_pending_age_seconds", $"kind=\"{kind}\"");
            Assert.InRange(age, 2 * 3600 - 60, 2 * 3600 + 600);
            Assert.Equal(1, PrometheusText.Sum(metrics, "perfeval_derivations_backlog", $"kind=\"{kind}\"", "state=\"pending\""));
        }
        finally
        {
            await LedgerAsync("DELETE FROM derivations WHERE kind = @Kind", new { Kind = kind });
        }

        var ready = await app.Client(null).GetAsync("/health/ready");
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_failing_job_is_traced_and_its_retry_and_final_failure_are_counted()
    {
        var jobs = app.Factory.Services.GetRequiredService<IBackgroundJobClient>();
        var before = await ScrapeAsync();

        var jobId = jobs.Enqueue<FailingJob>(j => j.RunAsync());

        var after = "";
        await Eventually.HoldsAsync(async () =>
        {
            after = await ScrapeAsync();
            return Delta("perfeval_jobs_failures_total") == 1;
        }, TimeSpan.FromSeconds(60), () => Task.FromResult(after));
        Assert.Equal(1, Delta("perfeval_jobs_retries_total"));
        var attempts = app.Spans(s => Equals(s.GetTagItem("perfeval.job.id"), jobId));
        Assert.Equal(2, attempts.Count);
        Assert.All(attempts, a => Assert.Equal(ActivityStatusCode.Error, a.Status));
        Assert.All(attempts, a => Assert.Equal("job FailingJob.RunAsync", a.DisplayName));

        double Delta(string metric) =>
            PrometheusText.Sum(after, metric, "job=\"FailingJob.RunAsync\"") - PrometheusText.Sum(before, metric, "job=\"FailingJob.RunAsync\"");
    }

    [Fact]
    public async Task A_derivation_job_span_holds_its_use_case_span()
    {
        var admin = app.Client();
        var agency = "tel-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, "430423");
        await (await admin.PutReportAsync(agency, 2023, Documents.Minimal(2023))).AssertSuccessAsync();

        IReadOnlyList<Activity> nested = [];
        await Eventually.HoldsAsync(() =>
        {
            var jobSpans = app.Spans(s => s.DisplayName == "job DerivationJobs.RunClaimAsync").Select(s => s.SpanId).ToHashSet();
            nested = app.Spans(s => s.DisplayName == "RunDerivations" && jobSpans.Contains(s.ParentSpanId));
            return Task.FromResult(nested.Count > 0);
        }, TimeSpan.FromSeconds(60), () => Task.FromResult("no RunDerivations span under a job span"));
        Assert.All(nested, s => Assert.Equal("PerfEval", s.Source.Name));
    }

    private async Task LedgerAsync(string sql, object parameters)
    {
        DapperTypeHandlers.Register();
        await using var connection = app.Factory.Services.GetRequiredService<ISqlDialect>().CreateConnection();
        await connection.OpenAsync();
        await connection.ExecuteAsync(sql, parameters);
    }
}

/// <summary>A background job that always fails, retried once a second later.</summary>
public sealed class FailingJob
{
    [AutomaticRetry(Attempts = 1, DelaysInSeconds = [1])]
    public Task RunAsync() => throw new InvalidOperationException("This job fails on purpose.");
}
