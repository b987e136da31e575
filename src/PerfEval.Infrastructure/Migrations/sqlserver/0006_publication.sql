-- Review and publication workflow: transitions history, roster of expected reports with their 决算批复 dates,
-- deadline rules per region and year, holiday calendars, and the publication status the workers derive.
ALTER TABLE reports ADD first_published_at DATETIMEOFFSET(7) NULL, published_version INT NULL;

CREATE TABLE report_transitions (
    agency_id NVARCHAR(200) NOT NULL,
    fiscal_year INT NOT NULL,
    seq INT NOT NULL,
    version INT NOT NULL,
    action NVARCHAR(20) NOT NULL,
    from_state NVARCHAR(20) NULL,
    to_state NVARCHAR(20) NOT NULL,
    reason NVARCHAR(2000) NULL,
    warnings_acknowledged BIT NOT NULL DEFAULT 0,
    actor_key_id NVARCHAR(200) NULL,
    actor_name NVARCHAR(200) NULL,
    at DATETIMEOFFSET(7) NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year, seq)
);

CREATE TABLE roster_entries (
    agency_id NVARCHAR(200) NOT NULL REFERENCES agencies (id),
    fiscal_year INT NOT NULL,
    approval_date DATE NULL,
    added_by NVARCHAR(200) NULL,
    added_at DATETIMEOFFSET(7) NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year)
);
CREATE INDEX ix_roster_entries_year ON roster_entries (fiscal_year);

CREATE TABLE deadline_rules (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    region_code NVARCHAR(6) NULL,
    fiscal_year INT NULL,
    rule_kind NVARCHAR(40) NOT NULL,
    days INT NULL,
    fixed_date DATE NULL,
    basis NVARCHAR(2000) NOT NULL,
    created_by NVARCHAR(200) NULL,
    created_at DATETIMEOFFSET(7) NOT NULL,
    scope_region AS COALESCE(region_code, N'') PERSISTED,
    scope_year AS COALESCE(fiscal_year, 0) PERSISTED
);
CREATE UNIQUE INDEX ux_deadline_rules_scope ON deadline_rules (scope_region, scope_year);

CREATE TABLE holidays (
    day DATE NOT NULL PRIMARY KEY,
    year INT NOT NULL,
    kind NVARCHAR(10) NOT NULL,
    source NVARCHAR(400) NOT NULL,
    loaded_at DATETIMEOFFSET(7) NOT NULL
);
CREATE INDEX ix_holidays_year ON holidays (year);

CREATE TABLE publication_statuses (
    agency_id NVARCHAR(200) NOT NULL,
    fiscal_year INT NOT NULL,
    status NVARCHAR(30) NOT NULL,
    due_date DATE NULL,
    due_date_gap NVARCHAR(40) NULL,
    published_on DATE NULL,
    days_late INT NULL,
    rule_basis NVARCHAR(2000) NULL,
    computed_at DATETIMEOFFSET(7) NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year)
);
