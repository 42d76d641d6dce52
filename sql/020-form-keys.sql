-- One-time keys of decision forms (app/engine/replay.h): the decision's
-- transaction stores its form's key, so the same form sent again after a
-- crash that followed COMMIT is answered with what it did, not a conflict.
CREATE TABLE decision_keys (
  key_hash    CHAR(64) NOT NULL PRIMARY KEY,
  user_id     BIGINT UNSIGNED NOT NULL,
  request_id  BIGINT UNSIGNED NOT NULL,
  action      VARCHAR(16) NOT NULL,
  created_at  DATETIME NOT NULL,
  KEY k_dk_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;
