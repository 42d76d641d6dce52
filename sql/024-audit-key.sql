-- The audit chain is keyed (HMAC-SHA256 under a key in its own file, never
-- in the database); the head remembers which key the chain is under, so a
-- process that finds a newer key in the file writes the rotation row first.
-- 0: not keyed yet (rows written before this migration, plain SHA-256).
ALTER TABLE audit_head ADD COLUMN key_id INT UNSIGNED NOT NULL DEFAULT 0;
