-- The audit record.  The application's database user may only INSERT and
-- SELECT here (see the grants made by scripts/db.sh); every row carries the
-- SHA-256 chained over the previous row's hash and its own content, so an
-- edit or deletion made directly in the database is found by audit-verify.
CREATE TABLE audit (
  id           BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  at           DATETIME NOT NULL,
  actor_id     INT UNSIGNED NULL,
  action       VARCHAR(48) NOT NULL,
  object_type  VARCHAR(24) NOT NULL DEFAULT '',
  object_id    BIGINT UNSIGNED NULL,
  detail       VARCHAR(2000) NOT NULL DEFAULT '',
  ip           VARCHAR(64) NOT NULL DEFAULT '',
  via          VARCHAR(8) NOT NULL DEFAULT 'page',
  prev_hash    CHAR(64) NOT NULL,
  hash         CHAR(64) NOT NULL,
  KEY k_audit_actor (actor_id, id),
  KEY k_audit_object (object_type, object_id, id),
  KEY k_audit_action (action, id),
  KEY k_audit_at (at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row: the chain's head.  Locking it serialises appends, so the chain
-- never forks under concurrent transactions.
CREATE TABLE audit_head (
  id         TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  last_id    BIGINT UNSIGNED NOT NULL,
  last_hash  CHAR(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, REPEAT('0', 64));
