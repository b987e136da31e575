-- Region totals kept by the workers: for the whole country (path '') and each province, per fiscal year, the counts and sums the region summary shows (facts, reports, workflow states, publication
-- statuses, grades, finding totals, findings per rule) and the exact histograms of the computed scores and of the
-- self-score differences (one row per distinct value), from which the quartiles are read. Each row is changed by the
-- difference between a dashboard fact's old and new contribution, in the transaction that writes the fact, so a
-- national summary reads a few hundred rows instead of one fact per agency.
CREATE TABLE region_totals (
    region_path {short} NOT NULL,
    fiscal_year INTEGER NOT NULL,
    measure {short} NOT NULL,
    item {key} NOT NULL,
    amount INTEGER NOT NULL,
    changed_at {instant} NOT NULL,
    PRIMARY KEY (region_path, fiscal_year, measure, item)
);

-- One row: the lock every writer of dashboard facts takes first (so the old facts it reads stay old until it
-- commits), and whether the totals cover every stored fact. A database that already holds facts starts not ready:
-- the worker rebuilds the totals from the facts once, and the summaries read the facts until then.
CREATE TABLE region_totals_state (
    id INTEGER NOT NULL PRIMARY KEY,
    ready INTEGER NOT NULL,
    changed_at {instant} NULL
);
INSERT INTO region_totals_state (id, ready, changed_at)
SELECT 1, CASE WHEN EXISTS (SELECT 1 FROM dashboard_facts) THEN 0 ELSE 1 END, NULL;

-- The overdue agencies of a region are listed from the facts: few rows, found through this index.
CREATE INDEX ix_dashboard_facts_status ON dashboard_facts (publication_status, fiscal_year);

-- The distinct sets of metric keys the facts carry (a ranking lists the metrics it offers from these): each fact names
-- its set; facts written before this column read their keys from their metrics until they are derived again.
CREATE TABLE metric_sets (
    id {short} NOT NULL PRIMARY KEY,
    metric_keys {text} NOT NULL
);
ALTER TABLE dashboard_facts ADD metric_set {short} NULL;
