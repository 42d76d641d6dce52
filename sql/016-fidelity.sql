-- Rows for the policy settings added since 001 (a missing row means the
-- default in app/db/settings.c; a row makes it visible and editable the
-- same way as the others, and lets a test or an admin change it by hand).
INSERT IGNORE INTO settings (name, value, updated_at) VALUES
  ('travel_checkins_per_day', 1, UTC_TIMESTAMP()),
  ('sick_cert_calendar_days', 1, UTC_TIMESTAMP()),
  ('afternoon_start_min', 780, UTC_TIMESTAMP()),
  ('absence_period_rolling', 0, UTC_TIMESTAMP());

-- AU-05: someone leaves or changes department.  Their pending and waiting
-- steps go to a successor (engine_handover_within), and a hand-over list
-- records what they held - the steps handed on and their own open
-- requests - for their manager to confirm (做好客户、项目情况交接).
CREATE TABLE handovers (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id       INT UNSIGNED NOT NULL,
  reason        VARCHAR(8) NOT NULL,            -- leave, move
  from_dept     INT UNSIGNED NULL,
  to_dept       INT UNSIGNED NULL,
  successor_id  INT UNSIGNED NULL,
  manager_id    INT UNSIGNED NULL,
  moved_steps   INT UNSIGNED NOT NULL DEFAULT 0,
  created_at    DATETIME NOT NULL,
  created_by    INT UNSIGNED NULL,
  confirmed_by  INT UNSIGNED NULL,
  confirmed_at  DATETIME NULL,
  KEY k_handovers_manager (manager_id, confirmed_at, id),
  KEY k_handovers_user (user_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE handover_items (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  handover_id  BIGINT UNSIGNED NOT NULL,
  kind         VARCHAR(16) NOT NULL,            -- step (handed on), request (their own, still open)
  request_id   BIGINT UNSIGNED NULL,
  KEY k_items_handover (handover_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;
