-- SP-04: a two-person step's signatures, each bound to the exact version
-- it signed: the round, and the SHA-256 of the request's content (its
-- signed values and its attachments' hashes) at that moment.  A new round
-- (an edit) makes the earlier round's signatures history, never valid.
-- One person signs a step once, whatever races in (the unique key).
CREATE TABLE signatures (
  id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_id      BIGINT UNSIGNED NOT NULL,
  step_id         BIGINT UNSIGNED NOT NULL,
  round           INT UNSIGNED NOT NULL,
  user_id         INT UNSIGNED NOT NULL,
  via             VARCHAR(8) NOT NULL,
  signed_at       DATETIME NOT NULL,
  content_sha256  CHAR(64) NOT NULL,
  UNIQUE KEY uk_signatures_step_user (step_id, user_id),
  KEY k_signatures_request (request_id, round)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;
