-- Scoring profiles uploaded at runtime, every revision kept (the latest one is in force), and the headline profile a
-- region names for its dashboards and rankings. The built-in profiles stay embedded; an upload with a built-in id
-- replaces it from its first revision on. New tables only.
CREATE TABLE scoring_profiles (
    id NVARCHAR(64) NOT NULL,
    revision INT NOT NULL,
    version NVARCHAR(32) NOT NULL,
    kind NVARCHAR(40) NOT NULL,
    document NVARCHAR(MAX) NOT NULL,
    document_hash NVARCHAR(64) NOT NULL,
    uploaded_at DATETIMEOFFSET(7) NOT NULL,
    uploaded_by NVARCHAR(200) NULL,
    PRIMARY KEY (id, revision)
);

CREATE TABLE region_headline_profiles (
    region_code NVARCHAR(200) NOT NULL PRIMARY KEY REFERENCES regions (code),
    profile_id NVARCHAR(64) NOT NULL,
    updated_at DATETIMEOFFSET(7) NOT NULL
);

-- Re-audits of stored versions under a newer ruleset: one row per version and ruleset, so an older ruleset's
-- findings (those stored with the version at save, and any earlier re-audit) stay readable beside the newer ones.
CREATE TABLE report_audits (
    agency_id NVARCHAR(200) NOT NULL REFERENCES agencies (id),
    fiscal_year INT NOT NULL,
    version INT NOT NULL,
    ruleset_version NVARCHAR(40) NOT NULL,
    findings NVARCHAR(MAX) NOT NULL,
    error_count INT NOT NULL,
    warning_count INT NOT NULL,
    info_count INT NOT NULL,
    audited_at DATETIMEOFFSET(7) NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year, version, ruleset_version)
);
