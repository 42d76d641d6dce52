-- The mail outbox: a row is written inside the transaction that decided
-- something, so a mail goes out exactly when the decision commits.  The
-- delivery worker (liaison-mailer) sends it later.
--
-- next_try is "when a worker should look at this row next", and is the one
-- column workers poll (SELECT ... FOR UPDATE SKIP LOCKED in next_try order):
--   queued   next_try = when it is due (now, or later after a failure)
--   sending  next_try = claimed_at + the claim timeout: a worker that died
--            mid-send leaves the row due again once the timeout has passed
--   sent, failed (attempts used up or a permanent error), skipped (the user
--            has no address or is inactive): next_try is NULL
-- attempts counts claims; (claimed_by, attempts) names one claim, so a
-- worker whose claim was taken over cannot overwrite the newer outcome.
CREATE TABLE outbox (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id     INT UNSIGNED NULL,
  to_addr     VARCHAR(254) NOT NULL DEFAULT '',
  to_name     VARCHAR(128) NOT NULL DEFAULT '',
  subject     VARCHAR(255) NOT NULL,
  body_text   MEDIUMTEXT NOT NULL,
  body_html   MEDIUMTEXT NULL,
  link        VARCHAR(1024) NOT NULL DEFAULT '',
  state       VARCHAR(8) NOT NULL DEFAULT 'queued',
  attempts    INT UNSIGNED NOT NULL DEFAULT 0,
  next_try    DATETIME NULL,
  claimed_at  DATETIME NULL,
  claimed_by  VARCHAR(96) NOT NULL DEFAULT '',
  last_error  VARCHAR(255) NOT NULL DEFAULT '',
  created_at  DATETIME NOT NULL,
  sent_at     DATETIME NULL,
  KEY k_outbox_due (next_try),
  KEY k_outbox_state (state, id),
  KEY k_outbox_user (user_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
