-- The workers' assessment of each monitoring period (绩效运行监控): execution pace against the period's threshold,
-- indicators at risk against the approved declaration, the forecast year-end 预算执行率 score under the agency's
-- headline profile and the PE-MON findings against the year's self-evaluation. One row per agency, fiscal year and
-- period, replaced when its inputs change. New table only: a database that already holds monitoring reports gains
-- the assessments when a period, its thresholds or the declaration next change.
CREATE TABLE monitoring_assessments (
    agency_id {key} NOT NULL REFERENCES agencies (id),
    fiscal_year INTEGER NOT NULL,
    period {key} NOT NULL,
    monitoring_version INTEGER NOT NULL,
    declaration_version INTEGER NULL,
    report_version INTEGER NULL,
    threshold_region {key} NULL,
    execution_rate {decimal} NULL,
    min_execution_rate {decimal} NULL,
    below_threshold INTEGER NOT NULL,
    at_risk_indicators INTEGER NOT NULL,
    forecast_execution_rate {decimal} NULL,
    forecast_score {decimal} NULL,
    profile {key} NOT NULL,
    profile_version {key} NOT NULL,
    ruleset_version {key} NOT NULL,
    finding_count INTEGER NOT NULL,
    inputs_hash {key} NOT NULL,
    result {text} NOT NULL,
    computed_at {instant} NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year, period)
);
CREATE INDEX ix_monitoring_assessments_year ON monitoring_assessments (fiscal_year, period);
