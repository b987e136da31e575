-- Agency codes are unique by their comparison key (CodeKey: trimmed, NFKC, case-folded), not by their spelling, so
-- 'ABC', 'abc' and a full-width 'ＡＢＣ' are one code. The key is computed by the application (SQL has no portable
-- NFKC); rows stored before this migration get theirs when the host starts (AgencyCodeKeys), hence NULL is allowed.
ALTER TABLE agencies ADD COLUMN code_key TEXT NULL;
CREATE UNIQUE INDEX ux_agencies_code_key ON agencies (code_key);
