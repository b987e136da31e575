CREATE TABLE regions (
    code NVARCHAR(200) NOT NULL PRIMARY KEY,
    name NVARCHAR(200) NOT NULL,
    parent_code NVARCHAR(200) NULL REFERENCES regions (code),
    level INT NOT NULL,
    path NVARCHAR(64) NOT NULL
);
CREATE INDEX ix_regions_path ON regions (path);

CREATE TABLE agencies (
    id NVARCHAR(200) NOT NULL PRIMARY KEY,
    code NVARCHAR(64) NOT NULL UNIQUE,
    name NVARCHAR(200) NOT NULL,
    region_code NVARCHAR(200) NOT NULL REFERENCES regions (code),
    region_path NVARCHAR(64) NOT NULL,
    sector NVARCHAR(200) NULL,
    credit_code NVARCHAR(200) NULL,
    created_at NVARCHAR(200) NOT NULL
);
CREATE INDEX ix_agencies_region_path ON agencies (region_path);

CREATE TABLE api_keys (
    id NVARCHAR(200) NOT NULL PRIMARY KEY,
    name NVARCHAR(200) NOT NULL,
    role NVARCHAR(200) NOT NULL,
    scope NVARCHAR(200) NULL,
    key_hash NVARCHAR(200) NOT NULL UNIQUE,
    created_at NVARCHAR(200) NOT NULL,
    revoked_at NVARCHAR(200) NULL
);

CREATE TABLE reports (
    agency_id NVARCHAR(200) NOT NULL REFERENCES agencies (id),
    fiscal_year INT NOT NULL,
    current_version INT NOT NULL,
    status NVARCHAR(200) NOT NULL,
    error_count INT NOT NULL,
    warning_count INT NOT NULL,
    info_count INT NOT NULL,
    created_at NVARCHAR(200) NOT NULL,
    updated_at NVARCHAR(200) NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year)
);
CREATE INDEX ix_reports_year_status ON reports (fiscal_year, status);

CREATE TABLE report_versions (
    agency_id NVARCHAR(200) NOT NULL,
    fiscal_year INT NOT NULL,
    version INT NOT NULL,
    status NVARCHAR(200) NOT NULL,
    document NVARCHAR(MAX) NOT NULL,
    document_hash NVARCHAR(200) NOT NULL,
    findings NVARCHAR(MAX) NOT NULL,
    ruleset_version NVARCHAR(200) NOT NULL,
    error_count INT NOT NULL,
    warning_count INT NOT NULL,
    info_count INT NOT NULL,
    created_at NVARCHAR(200) NOT NULL,
    created_by NVARCHAR(200) NULL,
    submitted_at NVARCHAR(200) NULL,
    PRIMARY KEY (agency_id, fiscal_year, version),
    FOREIGN KEY (agency_id, fiscal_year) REFERENCES reports (agency_id, fiscal_year)
);

CREATE TABLE idempotency_keys (
    scope_key NVARCHAR(200) NOT NULL,
    idempotency_key NVARCHAR(200) NOT NULL,
    request_hash NVARCHAR(200) NOT NULL,
    status_code INT NOT NULL,
    body NVARCHAR(MAX) NOT NULL,
    etag NVARCHAR(200) NULL,
    location NVARCHAR(200) NULL,
    created_at NVARCHAR(200) NOT NULL,
    PRIMARY KEY (scope_key, idempotency_key)
);
