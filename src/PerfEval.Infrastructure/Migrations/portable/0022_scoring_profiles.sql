-- Scoring profiles uploaded at runtime, every revision kept (the latest one is in force), and the headline profile a
-- region names for its dashboards and rankings. The built-in profiles stay embedded; an upload with a built-in id
-- replaces it from its first revision on. New tables only.
CREATE TABLE scoring_profiles (
    id {key} NOT NULL,
    revision INTEGER NOT NULL,
    version {short} NOT NULL,
    kind {short} NOT NULL,
    document {text} NOT NULL,
    document_hash {key} NOT NULL,
    uploaded_at {instant} NOT NULL,
    uploaded_by {key} NULL,
    PRIMARY KEY (id, revision)
);

CREATE TABLE region_headline_profiles (
    region_code {key} NOT NULL PRIMARY KEY REFERENCES regions (code),
    profile_id {key} NOT NULL,
    updated_at {instant} NOT NULL
);

-- Re-audits of stored versions under a newer ruleset: one row per version and ruleset, so an older ruleset's
-- findings (those stored with the version at save, and any earlier re-audit) stay readable beside the newer ones.
CREATE TABLE report_audits (
    agency_id {key} NOT NULL REFERENCES agencies (id),
    fiscal_year INTEGER NOT NULL,
    version INTEGER NOT NULL,
    ruleset_version {short} NOT NULL,
    findings {text} NOT NULL,
    error_count INTEGER NOT NULL,
    warning_count INTEGER NOT NULL,
    info_count INTEGER NOT NULL,
    audited_at {instant} NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year, version, ruleset_version)
);
