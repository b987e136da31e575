-- Declared performance targets (绩效目标申报): versioned like reports, reviewed by the region, and the check of each
-- self-evaluation against the approved declaration (target-change findings, the score under declared targets).
-- New tables only: a database that already holds reports gains them empty, and the checks are derived when a
-- declaration is approved.
CREATE TABLE declarations (
    agency_id {key} NOT NULL REFERENCES agencies (id),
    fiscal_year INTEGER NOT NULL,
    current_version INTEGER NOT NULL,
    status {short} NOT NULL,
    approved_version INTEGER NULL,
    status_reason {text} NULL,
    status_by {key} NULL,
    created_at {instant} NOT NULL,
    updated_at {instant} NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year)
);
CREATE INDEX ix_declarations_year_status ON declarations (fiscal_year, status);

CREATE TABLE declaration_versions (
    agency_id {key} NOT NULL,
    fiscal_year INTEGER NOT NULL,
    version INTEGER NOT NULL,
    document {text} NOT NULL,
    document_hash {key} NOT NULL,
    created_at {instant} NOT NULL,
    created_by {key} NULL,
    PRIMARY KEY (agency_id, fiscal_year, version),
    FOREIGN KEY (agency_id, fiscal_year) REFERENCES declarations (agency_id, fiscal_year)
);

CREATE TABLE declared_target_checks (
    agency_id {key} NOT NULL,
    fiscal_year INTEGER NOT NULL,
    report_version INTEGER NOT NULL,
    declaration_version INTEGER NOT NULL,
    ruleset_version {short} NOT NULL,
    findings {text} NOT NULL,
    error_count INTEGER NOT NULL,
    warning_count INTEGER NOT NULL,
    computed_at {instant} NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year)
);

CREATE TABLE declared_scores (
    agency_id {key} NOT NULL,
    fiscal_year INTEGER NOT NULL,
    profile {key} NOT NULL,
    profile_version {short} NOT NULL,
    report_version INTEGER NOT NULL,
    declaration_version INTEGER NOT NULL,
    quoted_total {decimal} NULL,
    declared_total {decimal} NULL,
    difference {decimal} NULL,
    result {text} NOT NULL,
    computed_at {instant} NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year, profile)
);
