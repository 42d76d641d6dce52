-- The workflow engine: one set of tables for every type of request.
-- A type keeps its own fields in its own table (e.g. supplies_requests),
-- keyed by request_id; everything about approval lives here.

CREATE TABLE requests (
  id             BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  number         VARCHAR(24) NOT NULL,
  type           VARCHAR(24) NOT NULL,
  title          VARCHAR(200) NOT NULL,
  requester_id   INT UNSIGNED NOT NULL,
  filed_by_id    INT UNSIGNED NOT NULL,
  dept_id        INT UNSIGNED NOT NULL,
  state          VARCHAR(16) NOT NULL,
  version        INT UNSIGNED NOT NULL DEFAULT 1,
  round          INT UNSIGNED NOT NULL DEFAULT 0,
  route_hash     CHAR(64) NOT NULL DEFAULT '',
  amount_fen     BIGINT NULL,
  created_at     DATETIME NOT NULL,
  submitted_at   DATETIME NULL,
  decided_at     DATETIME NULL,
  updated_at     DATETIME NOT NULL,
  UNIQUE KEY uk_requests_number (number),
  KEY k_requests_requester (requester_id, id),
  KEY k_requests_requester_type (requester_id, type, id),
  KEY k_requests_type_state (type, state, id),
  KEY k_requests_filed_by (filed_by_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Numbers people can say on the phone: prefix-year-sequence.
CREATE TABLE request_counters (
  prefix  VARCHAR(8) NOT NULL,
  year    SMALLINT UNSIGNED NOT NULL,
  last    INT UNSIGNED NOT NULL,
  PRIMARY KEY (prefix, year)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

-- The route a request was submitted with, resolved into steps (a copy:
-- editing conf/routes.hdf later does not change a request under way).
CREATE TABLE request_steps (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_id    BIGINT UNSIGNED NOT NULL,
  round         INT UNSIGNED NOT NULL,
  seq           INT UNSIGNED NOT NULL,
  name          VARCHAR(48) NOT NULL,
  kind          VARCHAR(8) NOT NULL,      -- single, any, all, two, task
  who           VARCHAR(64) NOT NULL,
  state         VARCHAR(12) NOT NULL,     -- waiting, pending, done, rejected, returned, skipped, cancelled
  needed        INT UNSIGNED NOT NULL DEFAULT 1,
  state_after   VARCHAR(16) NOT NULL DEFAULT '',
  add_signer    TINYINT NOT NULL DEFAULT 0,
  activated_at  DATETIME NULL,
  decided_at    DATETIME NULL,
  KEY k_steps_request (request_id, round, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who may act on a step.  acting_for is set when a deputy stands in.
CREATE TABLE step_assignees (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  step_id      BIGINT UNSIGNED NOT NULL,
  request_id   BIGINT UNSIGNED NOT NULL,
  user_id      INT UNSIGNED NOT NULL,
  acting_for   INT UNSIGNED NULL,
  state        VARCHAR(12) NOT NULL,      -- waiting, pending, approved, rejected, returned, done, handed_over, superseded, cancelled
  decided_at   DATETIME NULL,
  comment      VARCHAR(1000) NOT NULL DEFAULT '',
  via          VARCHAR(8) NOT NULL DEFAULT '',
  activated_at DATETIME NULL,
  KEY k_assignees_inbox (user_id, state, id),
  KEY k_assignees_step (step_id),
  KEY k_assignees_request (request_id, user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Delegation: steps reaching user_id between the days go to deputy_id.
CREATE TABLE delegations (
  id         INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id    INT UNSIGNED NOT NULL,
  deputy_id  INT UNSIGNED NOT NULL,
  from_day   DATE NOT NULL,
  to_day     DATE NOT NULL,
  created_at DATETIME NOT NULL,
  KEY k_delegations_user (user_id, from_day)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

-- Links between requests: a claim -> its pre-approval, a disbursement -> its agreement.
CREATE TABLE request_links (
  from_id  BIGINT UNSIGNED NOT NULL,
  to_id    BIGINT UNSIGNED NOT NULL,
  kind     VARCHAR(16) NOT NULL,
  PRIMARY KEY (from_id, kind),
  KEY k_links_to (to_id)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

-- In-app notifications (mail goes through the outbox).
CREATE TABLE notifications (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id     INT UNSIGNED NOT NULL,
  request_id  BIGINT UNSIGNED NULL,
  kind        VARCHAR(24) NOT NULL,
  text        VARCHAR(400) NOT NULL,
  created_at  DATETIME NOT NULL,
  read_at     DATETIME NULL,
  KEY k_notifications_user (user_id, read_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Work calendar (LV-01): days that differ from the Mon-Fri rule.
CREATE TABLE calendar_days (
  day   DATE NOT NULL PRIMARY KEY,
  kind  VARCHAR(8) NOT NULL,          -- holiday, workday (调休)
  name  VARCHAR(64) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Office supplies requisition (OS-01), the engine's proof workflow.
CREATE TABLE supplies_requests (
  request_id   BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  items        VARCHAR(2000) NOT NULL,
  quantity     INT UNSIGNED NOT NULL,
  purpose      VARCHAR(500) NOT NULL,
  handed_out   VARCHAR(500) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
