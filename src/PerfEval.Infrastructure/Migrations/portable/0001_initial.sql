CREATE TABLE regions (
    code {key} NOT NULL PRIMARY KEY,
    name {text} NOT NULL,
    parent_code {key} NULL REFERENCES regions (code),
    level INTEGER NOT NULL,
    path {key} NOT NULL
);
CREATE INDEX ix_regions_path ON regions (path);

CREATE TABLE agencies (
    id {key} NOT NULL PRIMARY KEY,
    code {key} NOT NULL UNIQUE,
    name {text} NOT NULL,
    region_code {key} NOT NULL REFERENCES regions (code),
    region_path {key} NOT NULL,
    sector {key} NULL,
    credit_code {key} NULL,
    created_at {short} NOT NULL
);
CREATE INDEX ix_agencies_region_path ON agencies (region_path);

CREATE TABLE api_keys (
    id {key} NOT NULL PRIMARY KEY,
    name {text} NOT NULL,
    role {short} NOT NULL,
    scope {key} NULL,
    key_hash {key} NOT NULL UNIQUE,
    created_at {short} NOT NULL,
    revoked_at {short} NULL
);

CREATE TABLE reports (
    agency_id {key} NOT NULL REFERENCES agencies (id),
    fiscal_year INTEGER NOT NULL,
    current_version INTEGER NOT NULL,
    status {short} NOT NULL,
    error_count INTEGER NOT NULL,
    warning_count INTEGER NOT NULL,
    info_count INTEGER NOT NULL,
    created_at {short} NOT NULL,
    updated_at {short} NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year)
);
CREATE INDEX ix_reports_year_status ON reports (fiscal_year, status);

CREATE TABLE report_versions (
    agency_id {key} NOT NULL,
    fiscal_year INTEGER NOT NULL,
    version INTEGER NOT NULL,
    status {short} NOT NULL,
    document {text} NOT NULL,
    document_hash {key} NOT NULL,
    findings {text} NOT NULL,
    ruleset_version {short} NOT NULL,
    error_count INTEGER NOT NULL,
    warning_count INTEGER NOT NULL,
    info_count INTEGER NOT NULL,
    created_at {short} NOT NULL,
    created_by {key} NULL,
    submitted_at {short} NULL,
    PRIMARY KEY (agency_id, fiscal_year, version),
    FOREIGN KEY (agency_id, fiscal_year) REFERENCES reports (agency_id, fiscal_year)
);

CREATE TABLE idempotency_keys (
    scope_key {key} NOT NULL,
    idempotency_key {key} NOT NULL,
    request_hash {key} NOT NULL,
    status_code INTEGER NOT NULL,
    body {text} NOT NULL,
    etag {key} NULL,
    location {text} NULL,
    created_at {short} NOT NULL,
    PRIMARY KEY (scope_key, idempotency_key)
);
