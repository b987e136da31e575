CREATE TABLE report_findings (
    agency_id NVARCHAR(200) NOT NULL,
    fiscal_year INT NOT NULL,
    version INT NOT NULL,
    seq INT NOT NULL,
    rule_id NVARCHAR(200) NOT NULL,
    severity NVARCHAR(200) NOT NULL,
    ruleset_version NVARCHAR(200) NOT NULL,
    body NVARCHAR(MAX) NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year, version, seq)
);
CREATE INDEX ix_report_findings_rule ON report_findings (rule_id, severity);
