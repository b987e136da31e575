CREATE TABLE scoring_states (
    agency_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    version INTEGER NOT NULL,
    state TEXT NOT NULL,
    reason TEXT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year, version)
);
CREATE INDEX ix_scoring_states_state ON scoring_states (state, updated_at);

CREATE TABLE score_results (
    agency_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    version INTEGER NOT NULL,
    profile TEXT NOT NULL,
    profile_version TEXT NOT NULL,
    input_hash TEXT NOT NULL,
    result TEXT NOT NULL,
    computed_at TEXT NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year, version, profile, profile_version)
);

CREATE TABLE yoy_results (
    agency_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    input_hash TEXT NOT NULL,
    result TEXT NOT NULL,
    computed_at TEXT NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year)
);

CREATE TABLE rescore_runs (
    id TEXT NOT NULL PRIMARY KEY,
    region_code TEXT NULL,
    fiscal_year INTEGER NULL,
    profile TEXT NULL,
    state TEXT NOT NULL,
    total INTEGER NOT NULL,
    enqueued INTEGER NOT NULL,
    requested_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE rescore_items (
    run_id TEXT NOT NULL,
    agency_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    version INTEGER NOT NULL,
    PRIMARY KEY (run_id, agency_id, fiscal_year)
);
