-- Files and mail after bad luck (issue 18).
--
-- attachment_alerts: a missing or tampered attachment file is written to
-- the audit and told to every admin once per file, kind and day (the
-- Asia/Shanghai day number of calendar.h), however often it is asked for:
-- the first INSERT IGNORE of the day wins and only it alerts.
CREATE TABLE attachment_alerts (
  attachment_id BIGINT UNSIGNED NOT NULL,
  kind          VARCHAR(8) NOT NULL,          -- 'missing' or 'tampered'
  day           INT NOT NULL,
  first_at      DATETIME NOT NULL,
  PRIMARY KEY (attachment_id, kind, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- outbox.delivery_began: the attempt (claim) whose delivery began, written
-- and committed just before the file is written or the command started.
-- A row found 'sending' with delivery_began = attempts was being delivered
-- when its mailer died; the next claim reconciles it (for .eml files: the
-- file under its Message-ID exists means sent) instead of sending blind.
ALTER TABLE outbox ADD COLUMN delivery_began INT UNSIGNED NOT NULL DEFAULT 0 AFTER attempts;
