-- Review and publication workflow: transitions history, roster of expected reports with their 决算批复 dates,
-- deadline rules per region and year, holiday calendars, and the publication status the workers derive.
ALTER TABLE reports ADD COLUMN first_published_at {instant} NULL;
ALTER TABLE reports ADD COLUMN published_version INTEGER NULL;

CREATE TABLE report_transitions (
    agency_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    version INTEGER NOT NULL,
    action TEXT NOT NULL,
    from_state TEXT NULL,
    to_state TEXT NOT NULL,
    reason TEXT NULL,
    warnings_acknowledged {bool} NOT NULL DEFAULT {false},
    actor_key_id TEXT NULL,
    actor_name TEXT NULL,
    at {instant} NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year, seq)
);

CREATE TABLE roster_entries (
    agency_id TEXT NOT NULL REFERENCES agencies (id),
    fiscal_year INTEGER NOT NULL,
    approval_date {date} NULL,
    added_by TEXT NULL,
    added_at {instant} NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year)
);
CREATE INDEX ix_roster_entries_year ON roster_entries (fiscal_year);

CREATE TABLE deadline_rules (
    id TEXT NOT NULL PRIMARY KEY,
    region_code TEXT NULL,
    fiscal_year INTEGER NULL,
    rule_kind TEXT NOT NULL,
    days INTEGER NULL,
    fixed_date {date} NULL,
    basis TEXT NOT NULL,
    created_by TEXT NULL,
    created_at {instant} NOT NULL
);
CREATE UNIQUE INDEX ux_deadline_rules_scope ON deadline_rules (COALESCE(region_code, ''), COALESCE(fiscal_year, 0));

CREATE TABLE holidays (
    day {date} NOT NULL PRIMARY KEY,
    year INTEGER NOT NULL,
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    loaded_at {instant} NOT NULL
);
CREATE INDEX ix_holidays_year ON holidays (year);

CREATE TABLE publication_statuses (
    agency_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    status TEXT NOT NULL,
    due_date {date} NULL,
    due_date_gap TEXT NULL,
    published_on {date} NULL,
    days_late INTEGER NULL,
    rule_basis TEXT NULL,
    computed_at {instant} NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year)
);
