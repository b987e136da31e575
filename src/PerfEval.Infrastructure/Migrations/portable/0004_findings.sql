CREATE TABLE report_findings (
    agency_id {key} NOT NULL,
    fiscal_year INTEGER NOT NULL,
    version INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    rule_id {key} NOT NULL,
    severity {short} NOT NULL,
    ruleset_version {short} NOT NULL,
    body {text} NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year, version, seq)
);
CREATE INDEX ix_report_findings_rule ON report_findings (rule_id, severity);
