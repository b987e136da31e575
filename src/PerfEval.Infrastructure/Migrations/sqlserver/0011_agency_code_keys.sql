-- Agency codes are unique by their comparison key (CodeKey: trimmed, NFKC, case-folded), not by their spelling, so
-- 'ABC', 'abc' and a full-width 'ＡＢＣ' are one code. The key is computed by the application (SQL has no portable
-- NFKC); rows stored before this migration get theirs when the host starts (AgencyCodeKeys), hence NULL is allowed
-- (a filtered index, since a SQL Server unique index would otherwise admit one NULL only).
ALTER TABLE agencies ADD code_key NVARCHAR(256) NULL;
EXEC (N'CREATE UNIQUE INDEX ux_agencies_code_key ON agencies (code_key) WHERE code_key IS NOT NULL');
