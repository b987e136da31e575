CREATE TABLE scoring_states (
    agency_id NVARCHAR(200) NOT NULL,
    fiscal_year INT NOT NULL,
    version INT NOT NULL,
    state NVARCHAR(200) NOT NULL,
    reason NVARCHAR(2000) NULL,
    updated_at NVARCHAR(200) NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year, version)
);
CREATE INDEX ix_scoring_states_state ON scoring_states (state, updated_at);

CREATE TABLE score_results (
    agency_id NVARCHAR(200) NOT NULL,
    fiscal_year INT NOT NULL,
    version INT NOT NULL,
    profile NVARCHAR(200) NOT NULL,
    profile_version NVARCHAR(200) NOT NULL,
    input_hash NVARCHAR(200) NOT NULL,
    result NVARCHAR(MAX) NOT NULL,
    computed_at NVARCHAR(200) NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year, version, profile, profile_version)
);

CREATE TABLE yoy_results (
    agency_id NVARCHAR(200) NOT NULL,
    fiscal_year INT NOT NULL,
    input_hash NVARCHAR(200) NOT NULL,
    result NVARCHAR(MAX) NOT NULL,
    computed_at NVARCHAR(200) NOT NULL,
    PRIMARY KEY (agency_id, fiscal_year)
);

CREATE TABLE rescore_runs (
    id NVARCHAR(200) NOT NULL PRIMARY KEY,
    region_code NVARCHAR(200) NULL,
    fiscal_year INT NULL,
    profile NVARCHAR(200) NULL,
    state NVARCHAR(200) NOT NULL,
    total INT NOT NULL,
    enqueued INT NOT NULL,
    requested_at NVARCHAR(200) NOT NULL,
    updated_at NVARCHAR(200) NOT NULL
);

CREATE TABLE rescore_items (
    run_id NVARCHAR(200) NOT NULL,
    agency_id NVARCHAR(200) NOT NULL,
    fiscal_year INT NOT NULL,
    version INT NOT NULL,
    PRIMARY KEY (run_id, agency_id, fiscal_year)
);
