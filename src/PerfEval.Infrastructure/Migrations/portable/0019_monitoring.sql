-- Mid-year monitoring (绩效运行监控): execution thresholds as data per region, year and period, and the agencies'
-- period reports as immutable versions with the pace assessed when each version is stored. New tables only.
CREATE TABLE monitoring_thresholds (
    region_code {key} NOT NULL REFERENCES regions (code),
    fiscal_year INTEGER NOT NULL,
    period {short} NOT NULL,
    ends_on {date} NOT NULL,
    min_execution_rate {decimal} NOT NULL,
    source {text} NOT NULL,
    updated_at {instant} NOT NULL,
    PRIMARY KEY (region_code, fiscal_year, period)
);

CREATE TABLE monitoring_versions (
    agency_id {key} NOT NULL REFERENCES agencies (id),
    fiscal_year INTEGER NOT NULL,
    period {short} NOT NULL,
    version INTEGER NOT NULL,
    document {text} NOT NULL,
    document_hash {key} NOT NULL,
    execution_rate {decimal} NULL,
    min_execution_rate {decimal} NULL,
    threshold_region {key} NULL,
    below_threshold INTEGER NOT NULL,
    at_risk_indicators INTEGER NOT NULL,
    created_at {instant} NOT NULL,
    created_by {key} NULL,
    PRIMARY KEY (agency_id, fiscal_year, period, version)
);
CREATE INDEX ix_monitoring_versions_year ON monitoring_versions (fiscal_year, period);
