namespace PerfEval.Api.Tests.Tenancy;

/// <summary>Who may call a route: the roles it admits and whether it is scoped to a tenant's data.</summary>
public enum Access
{
    /// <summary>Admin keys only; other roles get 403 whatever the target.</summary>
    AdminOnly,

    /// <summary>Every role, each seeing only its own tenant's data: another tenant's resource is 404.</summary>
    ScopedRead,

    /// <summary>Admin and agency keys (region keys 403), each writing only its own tenant's data (another tenant's is 404).</summary>
    ScopedWrite,

    /// <summary>Admin and region keys (agency keys 403): lists filtered to the caller's region.</summary>
    RegionList,

    /// <summary>Every role, the same answer: shared reference data (the region tree, deadline rules, the public API).</summary>
    Reference,

    /// <summary>Admin and region keys, each on its own region's reports (another's is 404); agency keys 403 on their own.</summary>
    ScopedReview,

    /// <summary>A workflow step of the agency (submit): the report is looked up first, so a region key gets 403 on its
    /// own region's report and 404 on another's; an agency key reaches only its own.</summary>
    AgencyStep,

    /// <summary>Admin and region keys, each writing only for its own region (another's is 404); agency keys 403.</summary>
    RegionWrite,

    /// <summary>Admin and region keys, each for its own region and those below it (another region's is 403: regions are
    /// public reference data); agency keys 403.</summary>
    RegionRule,

    /// <summary>Admin and region keys, each reading its own region (another region's is 404); agency keys 403.</summary>
    RegionRead,

    /// <summary>Admin and region keys, on what the calling key itself registered (any other key's is 404); agency keys 403.</summary>
    KeyOwned,

    /// <summary>Every role, each seeing only its own tenant's part of the list (never another tenant's rows).</summary>
    ScopedList,
}

/// <summary>
/// One line per route of the OpenAPI document: its method, template, access rule, the status of a successful call,
/// and how to build its body (JSON, or <see cref="Content"/> for another media type) or its {id} (which also fills
/// any other parameter, and may prepare the target). TenancyMatrixTests fails for any route of the served document
/// without a row.
/// </summary>
public sealed record MatrixRow(string Method, string Template, Access Access, int Success, Func<MatrixTarget, string>? Body = null, Func<MatrixTarget, Task<string>>? Id = null,
    Func<MatrixTarget, HttpContent>? Content = null, bool PerLine = false)
{
    public string Route => $"{Method} {Template}";
}

public static class TenancyMatrix
{
    public static readonly IReadOnlyList<MatrixRow> Rows =
    [
        new("GET", "/api/v1/me", Access.ScopedList, 200),
        new("GET", "/api/v1/regions", Access.Reference, 200),
        new("GET", "/api/v1/regions/{code}", Access.Reference, 200),
        new("POST", "/api/v1/regions", Access.AdminOnly, 201, t => t.NewRegionBody()),
        new("GET", "/api/v1/agencies", Access.ScopedRead, 200),
        new("POST", "/api/v1/agencies", Access.AdminOnly, 201, t => t.NewAgencyBody()),
        new("GET", "/api/v1/agencies/{agencyId}", Access.ScopedRead, 200),
        new("POST", "/api/v1/api-keys", Access.AdminOnly, 201, t => $$"""{"name":"matrix","role":"agency","scope":"{{t.AgencyId}}"}"""),
        new("DELETE", "/api/v1/api-keys/{id}", Access.AdminOnly, 204, Id: t => t.NewKeyIdAsync()),
        new("PUT", "/api/v1/agencies/{agencyId}/reports/{fiscalYear}", Access.ScopedWrite, 200, t => t.ReportBody()),
        new("GET", "/api/v1/agencies/{agencyId}/reports/{fiscalYear}", Access.ScopedRead, 200),
        new("GET", "/api/v1/agencies/{agencyId}/reports/{fiscalYear}/versions", Access.ScopedRead, 200),
        new("GET", "/api/v1/agencies/{agencyId}/reports/{fiscalYear}/versions/{version}", Access.ScopedRead, 200),
        new("GET", "/api/v1/agencies/{agencyId}/reports/{fiscalYear}/findings", Access.ScopedRead, 200),
        new("GET", "/api/v1/agencies/{agencyId}/reports/{fiscalYear}/score", Access.ScopedRead, 200),
        new("GET", "/api/v1/agencies/{agencyId}/reports/{fiscalYear}/yoy", Access.ScopedRead, 200),
        new("GET", "/api/v1/agencies/{agencyId}/yoy", Access.ScopedRead, 200),
        new("GET", "/api/v1/reports", Access.RegionList, 200),
        new("GET", "/api/v1/findings", Access.RegionList, 200),
        new("POST", "/api/v1/admin/rescore", Access.AdminOnly, 202, t => $$"""{"regionCode":"{{t.Province}}"}"""),
        new("GET", "/api/v1/admin/rescore/{id}", Access.AdminOnly, 200, Id: t => t.NewRescoreRunIdAsync()),
        new("POST", "/api/v1/agencies/{agencyId}/reports/{fiscalYear}/submit", Access.AgencyStep, 200),
        // The target report is a draft, so a reviewer who reaches it is refused by the workflow (409), not by tenancy.
        new("POST", "/api/v1/agencies/{agencyId}/reports/{fiscalYear}/return", Access.ScopedReview, 409, _ => """{"reason":"矩阵"}"""),
        new("POST", "/api/v1/agencies/{agencyId}/reports/{fiscalYear}/accept", Access.ScopedReview, 409),
        new("POST", "/api/v1/agencies/{agencyId}/reports/{fiscalYear}/publish", Access.ScopedReview, 409),
        new("POST", "/api/v1/agencies/{agencyId}/reports/{fiscalYear}/retract", Access.ScopedReview, 409, _ => """{"reason":"矩阵"}"""),
        new("GET", "/api/v1/agencies/{agencyId}/reports/{fiscalYear}/history", Access.ScopedRead, 200),
        // Import stores nothing: it reads the workbook into a draft for the agency's writers.
        new("POST", "/api/v1/agencies/{agencyId}/reports/{fiscalYear}/imports/xlsx", Access.ScopedWrite, 200, Content: _ => MatrixTarget.HengshanWorkbook()),
        new("POST", "/api/v1/agencies/{agencyId}/reports/{fiscalYear}/imports/document", Access.ScopedWrite, 200, Content: _ => MatrixTarget.SeedReportText()),
        // The target report gets a version with an indicator table first, so that there is a 自评表 to export.
        new("GET", "/api/v1/agencies/{agencyId}/reports/{fiscalYear}/exports/xlsx", Access.ScopedRead, 200, Id: t => t.IndicatorTableVersionAsync()),
        new("GET", "/api/v1/roster/{fiscalYear}", Access.RegionList, 200),
        new("PUT", "/api/v1/roster/{fiscalYear}/agencies/{agencyId}", Access.RegionWrite, 200, _ => """{"approvalDate":"2023-03-01"}"""),
        new("DELETE", "/api/v1/roster/{fiscalYear}/agencies/{agencyId}", Access.RegionWrite, 204, Id: t => t.RosterEntryAsync()),
        new("GET", "/api/v1/deadline-rules", Access.Reference, 200),
        new("POST", "/api/v1/deadline-rules", Access.RegionRule, 201, t => $$"""{"regionCode":"{{t.FreshRegion}}","rule":"workingDaysAfterApproval","days":20,"basis":"矩阵"}"""),
        new("DELETE", "/api/v1/deadline-rules/{id}", Access.RegionWrite, 204, Id: t => t.NewDeadlineRuleIdAsync()),
        new("PUT", "/api/v1/holidays/{year}", Access.AdminOnly, 200, _ => """{"source":"矩阵","days":[{"date":"2031-10-01","kind":"holiday"}]}""", _ => Task.FromResult("2031")),
        new("POST", "/api/v1/webhooks", Access.RegionList, 201, _ => """{"url":"https://receiver.example/hook","events":["report.submitted"]}"""),
        new("GET", "/api/v1/webhooks", Access.RegionList, 200),
        new("DELETE", "/api/v1/webhooks/{id}", Access.KeyOwned, 204, Id: t => t.NewWebhookIdAsync()),
        new("GET", "/api/v1/webhooks/{id}/deliveries", Access.KeyOwned, 200, Id: t => t.NewWebhookIdAsync()),
        new("GET", "/api/v1/dashboards/regions/{code}/summary", Access.RegionRead, 200),
        new("GET", "/api/v1/dashboards/regions/{code}/rankings", Access.RegionRead, 200),
        new("GET", "/api/v1/dashboards/agencies/{agencyId}/timeseries", Access.ScopedRead, 200),
        new("GET", "/api/v1/changes", Access.ScopedList, 200),
        // Asked about a region: another region is 404, as for the dashboards.
        new("GET", "/api/v1/exports/reports", Access.RegionRead, 200),
        // Declared targets (绩效目标申报): a declaration is PUT for the target agency first where the route reads or reviews one.
        new("PUT", "/api/v1/agencies/{agencyId}/declarations/{fiscalYear}", Access.ScopedWrite, 201, _ => MatrixTarget.DeclarationBody()),
        new("GET", "/api/v1/agencies/{agencyId}/declarations/{fiscalYear}", Access.ScopedRead, 200, Id: t => t.DeclarationAsync()),
        new("GET", "/api/v1/agencies/{agencyId}/declarations/{fiscalYear}/approved", Access.ScopedRead, 200, Id: t => t.ApprovedDeclarationAsync()),
        new("GET", "/api/v1/agencies/{agencyId}/declarations/{fiscalYear}/versions", Access.ScopedRead, 200, Id: t => t.DeclarationAsync()),
        new("GET", "/api/v1/agencies/{agencyId}/declarations/{fiscalYear}/versions/{version}", Access.ScopedRead, 200, Id: t => t.DeclarationAsync()),
        new("POST", "/api/v1/agencies/{agencyId}/declarations/{fiscalYear}/submit", Access.AgencyStep, 200, Id: t => t.DeclarationAsync()),
        // The target declaration is a draft, so a reviewer who reaches it is refused by the review workflow (409), not by tenancy.
        new("POST", "/api/v1/agencies/{agencyId}/declarations/{fiscalYear}/return", Access.ScopedReview, 409, _ => """{"reason":"矩阵"}""", t => t.DeclarationAsync()),
        new("POST", "/api/v1/agencies/{agencyId}/declarations/{fiscalYear}/approve", Access.ScopedReview, 409, Id: t => t.DeclarationAsync()),
        // The 绩效目标申报表 workbook: the import stores a version as the PUT does; the export needs a declaration.
        new("POST", "/api/v1/agencies/{agencyId}/declarations/{fiscalYear}/imports/xlsx", Access.ScopedWrite, 201, Content: _ => MatrixTarget.DeclarationWorkbook()),
        new("GET", "/api/v1/agencies/{agencyId}/declarations/{fiscalYear}/exports/xlsx", Access.ScopedRead, 200, Id: t => t.DeclarationAsync()),
        // The check exists once the target's declaration is approved and the workers have compared its report with it.
        new("GET", "/api/v1/agencies/{agencyId}/reports/{fiscalYear}/declared-targets", Access.ScopedRead, 200, Id: t => t.ApprovedDeclarationAsync()),
        // Mid-year monitoring: thresholds are reference data written per region ({code} is the target's county); period
        // reports are the agency's (the remaining {period} is filled with "1").
        new("PUT", "/api/v1/regions/{code}/monitoring-thresholds/{fiscalYear}", Access.RegionWrite, 200, _ => MatrixTarget.ThresholdsBody()),
        new("GET", "/api/v1/regions/{code}/monitoring-thresholds/{fiscalYear}", Access.Reference, 200, Id: t => t.ThresholdsAsync()),
        new("PUT", "/api/v1/agencies/{agencyId}/monitoring/{fiscalYear}/{period}", Access.ScopedWrite, 201, _ => MatrixTarget.MonitoringBody()),
        new("GET", "/api/v1/agencies/{agencyId}/monitoring/{fiscalYear}/{period}", Access.ScopedRead, 200, Id: t => t.MonitoringAsync()),
        new("GET", "/api/v1/agencies/{agencyId}/monitoring/{fiscalYear}/{period}/versions", Access.ScopedRead, 200, Id: t => t.MonitoringAsync()),
        // The workers' assessment of the period (a GET that should succeed waits for it).
        new("GET", "/api/v1/agencies/{agencyId}/monitoring/{fiscalYear}/{period}/assessment", Access.ScopedRead, 200, Id: t => t.MonitoringAsync()),
        // Review of a monitoring report: the target's report is a draft, so a reviewer who reaches it is refused by the review workflow (409).
        new("POST", "/api/v1/agencies/{agencyId}/monitoring/{fiscalYear}/{period}/submit", Access.AgencyStep, 200, Id: t => t.MonitoringAsync()),
        new("POST", "/api/v1/agencies/{agencyId}/monitoring/{fiscalYear}/{period}/return", Access.ScopedReview, 409, _ => """{"reason":"矩阵"}""", t => t.MonitoringAsync()),
        new("POST", "/api/v1/agencies/{agencyId}/monitoring/{fiscalYear}/{period}/approve", Access.ScopedReview, 409, Id: t => t.MonitoringAsync()),
        // Scoring profiles: the list and revisions are reference data; uploads are admin-only (the matrix profile applies to the
        // cell's fresh region, which has no reports); a region's headline is written by admin or a region key for its own region.
        new("GET", "/api/v1/scoring-profiles", Access.Reference, 200),
        new("GET", "/api/v1/scoring-profiles/{id}/revisions", Access.Reference, 200, Id: _ => Task.FromResult("cn-mof-2020-selfeval")),
        new("PUT", "/api/v1/admin/scoring-profiles/{id}", Access.AdminOnly, 201, t => t.ProfileBody(), t => Task.FromResult(t.ProfileId)),
        new("PUT", "/api/v1/regions/{code}/headline-profile", Access.RegionWrite, 200, _ => """{"profile":"cn-mof-2020-selfeval"}"""),
        // Re-audit runs (admin) and the audits of a version by ruleset (scoped like the findings).
        new("POST", "/api/v1/admin/reaudit", Access.AdminOnly, 202, t => $$"""{"regionCode":"{{t.Province}}"}"""),
        new("GET", "/api/v1/admin/reaudit/{id}", Access.AdminOnly, 200, Id: t => t.NewRescoreRunIdAsync()),
        new("GET", "/api/v1/agencies/{agencyId}/reports/{fiscalYear}/audits", Access.ScopedRead, 200),
        new("GET", "/api/v1/dashboards/regions/{code}/monitoring", Access.RegionRead, 200),
        // The target's report checked against its monitoring report of period "1".
        new("GET", "/api/v1/agencies/{agencyId}/reports/{fiscalYear}/monitoring-consistency", Access.ScopedRead, 200, Id: t => t.MonitoringAsync()),
        new("GET", "/public/v1/reports", Access.Reference, 200),
        // Drafts are not public: the public API answers 404 for the target report whoever asks.
        new("GET", "/public/v1/agencies/{agencyId}/reports/{fiscalYear}", Access.Reference, 404),
        // Bulk intake answers 200 with one result per line; the cell's status is the line's, which is what a PUT of it answers.
        new("POST", "/api/v1/imports/reports", Access.ScopedWrite, 200, Content: t => t.ImportBatch(), PerLine: true),
    ];
}
