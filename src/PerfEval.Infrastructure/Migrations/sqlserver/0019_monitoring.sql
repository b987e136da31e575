-- Mid-year monitoring (绩效运行监控): execution thresholds as data per region, year and period, and the agencies'
-- period reports as immutable versions with the pace assessed when each version is stored. New tables only.
CREATE TABLE monitoring_thresholds (
    region_code NVARCHAR(200) NOT NULL REFERENCES regions (code),
    fiscal_year INT NOT NULL,
    period NVARCHAR(20) NOT NULL,
    ends_on DATE NOT NULL,
    min_execution_rate DECIMAL(38, 10) NOT NULL,
    source NVARCHAR(MAX) NOT NULL,
    updated_at DATETIMEOFFSET(7) NOT NULL,
    PRIMARY KEY (region_code, fiscal_year, period)
);

CREATE TABLE monitoring_versions (
    agency_id NVARCHAR(200) NOT NULL REFERENCES agencies (id),
    fiscal_year INT NOT NULL,
    period NVARCHAR(20) NOT NULL,
    version INT NOT NULL,
    document NVARCHAR(MAX) NOT NULL,
    document_hash NVARCHAR(64) NOT NULL,
    execution_rate DECIMAL(38, 10) NULL,
    min_execution_rate DECIMAL(38, 10) NULL,
    threshold_region NVARCHAR(200) NULL,
    below_threshold INT NOT NULL,
    at_risk_indicators INT NOT NULL,
    created_at DATETIMEOFFSET(7) NOT NULL,
    created_by NVARCHAR(200) NULL,
    PRIMARY KEY (agency_id, fiscal_year, period, version)
);
CREATE INDEX ix_monitoring_versions_year ON monitoring_versions (fiscal_year, period);
