CREATE TABLE regions (
    code TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    parent_code TEXT NULL REFERENCES regions (code),
    level INTEGER NOT NULL,
    path TEXT NOT NULL
);
CREATE INDEX ix_regions_path ON regions (path);

CREATE TABLE agencies (
    id TEXT NOT NULL PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    region_code TEXT NOT NULL REFERENCES regions (code),
    region_path TEXT NOT NULL,
    sector TEXT NULL,
    credit_code TEXT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX ix_agencies_region_path ON agencies (region_path);

CREATE TABLE api_keys (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    scope TEXT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT NULL
);

CREATE TABLE reports (
    agency_id TEXT NOT NULL REFERENCES agencies (id),
    fiscal_year INTEGER NOT NULL,
    current_version INTEGER NOT NULL,
    status TEXT NOT NULL,
    error_count INTEGER NOT NULL,
    warning_count INTEGER NOT NULL,
    info_count INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year)
);
CREATE INDEX ix_reports_year_status ON reports (fiscal_year, status);

CREATE TABLE report_versions (
    agency_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    version INTEGER NOT NULL,
    status TEXT NOT NULL,
    document TEXT NOT NULL,
    document_hash TEXT NOT NULL,
    findings TEXT NOT NULL,
    ruleset_version TEXT NOT NULL,
    error_count INTEGER NOT NULL,
    warning_count INTEGER NOT NULL,
    info_count INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NULL,
    submitted_at TEXT NULL,
    PRIMARY KEY (agency_id, fiscal_year, version),
    FOREIGN KEY (agency_id, fiscal_year) REFERENCES reports (agency_id, fiscal_year)
);

CREATE TABLE idempotency_keys (
    scope_key TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status_code INTEGER NOT NULL,
    body TEXT NOT NULL,
    etag TEXT NULL,
    location TEXT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (scope_key, idempotency_key)
);
