-- Declared performance targets (绩效目标申报): versioned like reports, reviewed by the region, and the check of each
-- self-evaluation against the approved declaration (target-change findings, the score under declared targets).
-- New tables only: a database that already holds reports gains them empty, and the checks are derived when a
-- declaration is approved.
CREATE TABLE declarations (
    agency_id NVARCHAR(200) NOT NULL REFERENCES agencies (id),
    fiscal_year INT NOT NULL,
    current_version INT NOT NULL,
    status NVARCHAR(20) NOT NULL,
    approved_version INT NULL,
    status_reason NVARCHAR(MAX) NULL,
    status_by NVARCHAR(200) NULL,
    created_at DATETIMEOFFSET(7) NOT NULL,
    updated_at DATETIMEOFFSET(7) NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year)
);
CREATE INDEX ix_declarations_year_status ON declarations (fiscal_year, status);

CREATE TABLE declaration_versions (
    agency_id NVARCHAR(200) NOT NULL,
    fiscal_year INT NOT NULL,
    version INT NOT NULL,
    document NVARCHAR(MAX) NOT NULL,
    document_hash NVARCHAR(64) NOT NULL,
    created_at DATETIMEOFFSET(7) NOT NULL,
    created_by NVARCHAR(200) NULL,
    PRIMARY KEY (agency_id, fiscal_year, version),
    FOREIGN KEY (agency_id, fiscal_year) REFERENCES declarations (agency_id, fiscal_year)
);

CREATE TABLE declared_target_checks (
    agency_id NVARCHAR(200) NOT NULL,
    fiscal_year INT NOT NULL,
    report_version INT NOT NULL,
    declaration_version INT NOT NULL,
    ruleset_version NVARCHAR(100) NOT NULL,
    findings NVARCHAR(MAX) NOT NULL,
    error_count INT NOT NULL,
    warning_count INT NOT NULL,
    computed_at DATETIMEOFFSET(7) NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year)
);

CREATE TABLE declared_scores (
    agency_id NVARCHAR(200) NOT NULL,
    fiscal_year INT NOT NULL,
    profile NVARCHAR(100) NOT NULL,
    profile_version NVARCHAR(100) NOT NULL,
    report_version INT NOT NULL,
    declaration_version INT NOT NULL,
    quoted_total DECIMAL(38, 10) NULL,
    declared_total DECIMAL(38, 10) NULL,
    difference DECIMAL(38, 10) NULL,
    result NVARCHAR(MAX) NOT NULL,
    computed_at DATETIMEOFFSET(7) NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year, profile)
);
