CREATE TABLE scoring_states (
    agency_id {key} NOT NULL,
    fiscal_year INTEGER NOT NULL,
    version INTEGER NOT NULL,
    state {short} NOT NULL,
    reason {text} NULL,
    updated_at {short} NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year, version)
);
CREATE INDEX ix_scoring_states_state ON scoring_states (state, updated_at);

CREATE TABLE score_results (
    agency_id {key} NOT NULL,
    fiscal_year INTEGER NOT NULL,
    version INTEGER NOT NULL,
    profile {key} NOT NULL,
    profile_version {short} NOT NULL,
    input_hash {key} NOT NULL,
    result {text} NOT NULL,
    computed_at {short} NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year, version, profile, profile_version)
);

CREATE TABLE yoy_results (
    agency_id {key} NOT NULL,
    fiscal_year INTEGER NOT NULL,
    input_hash {key} NOT NULL,
    result {text} NOT NULL,
    computed_at {short} NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year)
);

CREATE TABLE rescore_runs (
    id {key} NOT NULL PRIMARY KEY,
    region_code {key} NULL,
    fiscal_year INTEGER NULL,
    profile {key} NULL,
    state {short} NOT NULL,
    total INTEGER NOT NULL,
    enqueued INTEGER NOT NULL,
    requested_at {short} NOT NULL,
    updated_at {short} NOT NULL
);

CREATE TABLE rescore_items (
    run_id {key} NOT NULL,
    agency_id {key} NOT NULL,
    fiscal_year INTEGER NOT NULL,
    version INTEGER NOT NULL,
    PRIMARY KEY (run_id, agency_id, fiscal_year)
);
