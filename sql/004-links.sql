-- Attachments, approval links, copies (抄送), reminders and expiry.

-- Files live under DataDir/attachments/<stored_name>, outside the web
-- root; the SHA-256 taken at upload is checked every time one is served.
CREATE TABLE attachments (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_id   BIGINT UNSIGNED NOT NULL,
  label        VARCHAR(24) NOT NULL,
  filename     VARCHAR(255) NOT NULL,
  kind         VARCHAR(8) NOT NULL,
  size         INT UNSIGNED NOT NULL,
  sha256       CHAR(64) NOT NULL,
  stored_name  CHAR(64) NOT NULL,
  is_sensitive TINYINT NOT NULL DEFAULT 0,
  uploaded_by  INT UNSIGNED NOT NULL,
  uploaded_at  DATETIME NOT NULL,
  KEY k_attachments_request (request_id, label)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per link sent: only the token's SHA-256 is kept.
CREATE TABLE approval_links (
  token_hash  CHAR(64) NOT NULL PRIMARY KEY,
  request_id  BIGINT UNSIGNED NOT NULL,
  step_id     BIGINT UNSIGNED NOT NULL,
  user_id     INT UNSIGNED NOT NULL,
  version     INT UNSIGNED NOT NULL,
  created_at  DATETIME NOT NULL,
  expires_at  DATETIME NOT NULL,
  used_at     DATETIME NULL,
  KEY k_links_request (request_id),
  KEY k_links_expiry (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

-- Copies declared by a route step (Cc = ...): who is told and may read.
CREATE TABLE request_cc (
  request_id  BIGINT UNSIGNED NOT NULL,
  user_id     INT UNSIGNED NOT NULL,
  created_at  DATETIME NOT NULL,
  PRIMARY KEY (request_id, user_id),
  KEY k_cc_user (user_id, request_id)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

ALTER TABLE step_assignees
  ADD COLUMN reminded_at DATETIME NULL,
  ADD COLUMN escalated_at DATETIME NULL,
  ADD KEY k_assignees_waiting (state, activated_at),
  ADD KEY k_assignees_done (user_id, decided_at);

-- A type may give an approved request an expiry (EX-08); the scheduler
-- runs the type's expiry hook when it passes.
ALTER TABLE requests
  ADD COLUMN expires_at DATETIME NULL,
  ADD KEY k_requests_expiry (state, expires_at);
