-- Accounts: departments, users, sessions, settings, login throttling.
-- Times are UTC (the connection sets time_zone = '+00:00').

CREATE TABLE departments (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name        VARCHAR(64) NOT NULL,
  name_en     VARCHAR(64) NOT NULL DEFAULT '',
  head_id     INT UNSIGNED NULL,
  parent_id   INT UNSIGNED NULL,
  created_at  DATETIME NOT NULL,
  UNIQUE KEY uk_dept_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- roles is a bit set (see app/auth/roles.h); roles combine (AU-01).
CREATE TABLE users (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  login          VARCHAR(64) NOT NULL,
  display_name   VARCHAR(64) NOT NULL,
  email          VARCHAR(254) NOT NULL DEFAULT '',
  dept_id        INT UNSIGNED NOT NULL,
  superior_id    INT UNSIGNED NULL,
  roles          INT UNSIGNED NOT NULL DEFAULT 1,
  can_sign       TINYINT NOT NULL DEFAULT 0,
  salary_fen     BIGINT NOT NULL DEFAULT 0,
  work_start     DATE NULL,
  lang           VARCHAR(8) NOT NULL DEFAULT 'zh-CN',
  active         TINYINT NOT NULL DEFAULT 1,
  pw_hash        VARCHAR(192) NOT NULL,
  must_change_pw TINYINT NOT NULL DEFAULT 0,
  created_at     DATETIME NOT NULL,
  updated_at     DATETIME NOT NULL,
  UNIQUE KEY uk_users_login (login),
  KEY k_users_dept (dept_id),
  KEY k_users_superior (superior_id),
  CONSTRAINT fk_users_dept FOREIGN KEY (dept_id) REFERENCES departments (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Only the SHA-256 of a session token is stored: a stolen dump opens nothing.
CREATE TABLE sessions (
  token_hash  CHAR(64) NOT NULL PRIMARY KEY,
  user_id     INT UNSIGNED NOT NULL,
  csrf        CHAR(64) NOT NULL,
  created_at  DATETIME NOT NULL,
  last_seen   DATETIME NOT NULL,
  ip          VARCHAR(64) NOT NULL DEFAULT '',
  KEY k_sessions_user (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

-- Throttling is keyed by the login name as typed, whether or not such an
-- account exists, so a lock-out reveals nothing about which names are real.
-- Names compare as users.login does (case-insensitive): "ADMIN" must not
-- get fresh guesses at the account "admin" once "admin" is locked.
CREATE TABLE login_throttle (
  login         VARCHAR(64) NOT NULL PRIMARY KEY,
  fail_count    INT UNSIGNED NOT NULL DEFAULT 0,
  locked_until  DATETIME NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE login_failures (
  id   BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ip   VARCHAR(64) NOT NULL,
  at   DATETIME NOT NULL,
  KEY k_lf_ip_at (ip, at)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

-- Policy numbers from domain.md; admins edit them (app/admin/settings.c
-- holds each one's bounds and meaning).
CREATE TABLE settings (
  name        VARCHAR(64) NOT NULL PRIMARY KEY,
  value       BIGINT NOT NULL,
  updated_at  DATETIME NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

INSERT INTO settings (name, value, updated_at) VALUES
  ('pw_iterations', 600000, UTC_TIMESTAMP()),
  ('session_idle_min', 30, UTC_TIMESTAMP()),
  ('session_max_hours', 12, UTC_TIMESTAMP()),
  ('work_start_min', 530, UTC_TIMESTAMP()),
  ('work_end_min', 1055, UTC_TIMESTAMP()),
  ('sick_notice_min', 60, UTC_TIMESTAMP()),
  ('sick_cert_days', 3, UTC_TIMESTAMP()),
  ('sick_cert_grace_days', 3, UTC_TIMESTAMP()),
  ('personal_gm_days', 3, UTC_TIMESTAMP()),
  ('sick_deduct_bp', 5000, UTC_TIMESTAMP()),
  ('personal_deduct_bp', 10000, UTC_TIMESTAMP()),
  ('late_fine_fen', 2000, UTC_TIMESTAMP()),
  ('late_absence_min', 30, UTC_TIMESTAMP()),
  ('late_flag_count', 3, UTC_TIMESTAMP()),
  ('absence_fine_fen', 10000, UTC_TIMESTAMP()),
  ('absence_flag_days', 3, UTC_TIMESTAMP()),
  ('expense_margin_bp', 1000, UTC_TIMESTAMP()),
  ('expense_gm_threshold_fen', 500000, UTC_TIMESTAMP()),
  ('expense_over_budget_escalate', 0, UTC_TIMESTAMP()),
  ('expense_grace_days', 30, UTC_TIMESTAMP()),
  ('link_ttl_hours', 72, UTC_TIMESTAMP()),
  ('reminder_work_hours', 8, UTC_TIMESTAMP()),
  ('escalate_work_hours', 16, UTC_TIMESTAMP()),
  ('attach_max_kb', 10240, UTC_TIMESTAMP());
