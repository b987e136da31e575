-- Declared performance targets (绩效目标申报): versioned like reports, reviewed by the region, and the check of each
-- self-evaluation against the approved declaration (target-change findings, the score under declared targets).
-- New tables only: a database that already holds reports gains them empty, and the checks are derived when a
-- declaration is approved.
CREATE TABLE declarations (
    agency_id TEXT NOT NULL REFERENCES agencies (id),
    fiscal_year INTEGER NOT NULL,
    current_version INTEGER NOT NULL,
    status TEXT NOT NULL,
    approved_version INTEGER NULL,
    status_reason TEXT NULL,
    status_by TEXT NULL,
    created_at {instant} NOT NULL,
    updated_at {instant} NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year)
);
CREATE INDEX ix_declarations_year_status ON declarations (fiscal_year, status);

CREATE TABLE declaration_versions (
    agency_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    version INTEGER NOT NULL,
    document TEXT NOT NULL,
    document_hash TEXT NOT NULL,
    created_at {instant} NOT NULL,
    created_by TEXT NULL,
    PRIMARY KEY (agency_id, fiscal_year, version),
    FOREIGN KEY (agency_id, fiscal_year) REFERENCES declarations (agency_id, fiscal_year)
);

CREATE TABLE declared_target_checks (
    agency_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    report_version INTEGER NOT NULL,
    declaration_version INTEGER NOT NULL,
    ruleset_version TEXT NOT NULL,
    findings TEXT NOT NULL,
    error_count INTEGER NOT NULL,
    warning_count INTEGER NOT NULL,
    computed_at {instant} NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year)
);

CREATE TABLE declared_scores (
    agency_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    profile TEXT NOT NULL,
    profile_version TEXT NOT NULL,
    report_version INTEGER NOT NULL,
    declaration_version INTEGER NOT NULL,
    quoted_total {decimal} NULL,
    declared_total {decimal} NULL,
    difference {decimal} NULL,
    result TEXT NOT NULL,
    computed_at {instant} NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year, profile)
);
