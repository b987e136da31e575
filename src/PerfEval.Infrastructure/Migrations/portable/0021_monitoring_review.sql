-- Review of monitoring reports (绩效运行监控) by the region, as for declarations: one head per agency, fiscal year and
-- period with the current version, the review status and the approved version. A database that already holds
-- monitoring versions gains a head per period at its latest version, as a draft (nothing was reviewed before).
CREATE TABLE monitoring_reports (
    agency_id {key} NOT NULL REFERENCES agencies (id),
    fiscal_year INTEGER NOT NULL,
    period {short} NOT NULL,
    current_version INTEGER NOT NULL,
    status {short} NOT NULL,
    approved_version INTEGER NULL,
    status_reason {text} NULL,
    status_by {key} NULL,
    created_at {instant} NOT NULL,
    updated_at {instant} NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year, period)
);
CREATE INDEX ix_monitoring_reports_year_status ON monitoring_reports (fiscal_year, status);

INSERT INTO monitoring_reports (agency_id, fiscal_year, period, current_version, status, approved_version, status_reason, status_by, created_at, updated_at)
SELECT agency_id, fiscal_year, period, MAX(version), 'draft', NULL, NULL, NULL, MIN(created_at), MAX(created_at)
FROM monitoring_versions
GROUP BY agency_id, fiscal_year, period;
