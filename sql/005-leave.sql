-- Leave, outings and attendance (domain.md section 3).

-- Leave types: sick and personal come with the system; admins add more
-- (annual, marriage, ...) that reuse the same form with their own rules.
-- notice: 'sick' (before work starts, LV-02), 'personal' (before the end
-- of the previous working day, LV-04) or 'none'.  For sick and personal
-- the certificate days and deduction shares come from the settings.
CREATE TABLE leave_types (
  code          VARCHAR(24) NOT NULL PRIMARY KEY,
  name          VARCHAR(64) NOT NULL,
  name_en       VARCHAR(64) NOT NULL DEFAULT '',
  notice        VARCHAR(8) NOT NULL DEFAULT 'none',
  max_days      INT UNSIGNED NOT NULL DEFAULT 0,      -- 0: no maximum
  cert_days     INT UNSIGNED NOT NULL DEFAULT 0,      -- 0: never needs a certificate
  deduct_bp     INT UNSIGNED NOT NULL DEFAULT 0,
  uses_balance  TINYINT NOT NULL DEFAULT 0,
  sort          INT NOT NULL DEFAULT 0,
  active        TINYINT NOT NULL DEFAULT 1
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO leave_types (code, name, name_en, notice, max_days, cert_days, deduct_bp, uses_balance, sort) VALUES
  ('sick', '病假', 'Sick leave', 'sick', 0, 3, 5000, 0, 1),
  ('personal', '事假', 'Personal leave', 'personal', 0, 0, 10000, 0, 2),
  ('annual', '年休假', 'Annual leave', 'personal', 15, 0, 0, 1, 3),
  ('marriage', '婚假', 'Marriage leave', 'personal', 3, 0, 0, 0, 4),
  ('bereavement', '丧假', 'Bereavement leave', 'none', 3, 0, 0, 0, 5),
  ('maternity', '产假', 'Maternity leave', 'none', 158, 1, 0, 0, 6);

-- One row per leave request.  Slots are half days: 2*day is the morning,
-- 2*day+1 the afternoon (day = days since 1970-01-01), so overlaps
-- (LV-12) are one comparison.  counted_as is what pay uses: a sick leave
-- without its certificate counts as personal (LV-03).
CREATE TABLE leave_requests (
  request_id     BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  user_id        INT UNSIGNED NOT NULL,
  kind           VARCHAR(24) NOT NULL,
  counted_as     VARCHAR(24) NOT NULL,
  first_day      DATE NOT NULL,
  first_part     TINYINT NOT NULL DEFAULT 0,
  last_day       DATE NOT NULL,
  last_part      TINYINT NOT NULL DEFAULT 0,
  slot_start     BIGINT NOT NULL,
  slot_end       BIGINT NOT NULL,
  halfdays       INT NOT NULL,
  reason         VARCHAR(1000) NOT NULL,
  statement      TEXT NOT NULL,
  has_cert       TINYINT NOT NULL DEFAULT 0,
  cert_added_at  DATETIME NULL,
  ended_early_at DATETIME NULL,
  KEY k_leave_user (user_id, slot_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Annual leave entitlement per user and year; without a row the statutory
-- scale applies from users.work_start.
CREATE TABLE leave_balances (
  user_id    INT UNSIGNED NOT NULL,
  year       SMALLINT UNSIGNED NOT NULL,
  code       VARCHAR(24) NOT NULL,
  halfdays   INT NOT NULL,
  PRIMARY KEY (user_id, year, code)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

-- Outings (LV-11, 人员外出登记表).
CREATE TABLE outing_requests (
  request_id   BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  user_id      INT UNSIGNED NOT NULL,
  destination  VARCHAR(200) NOT NULL,
  purpose      VARCHAR(500) NOT NULL,
  from_at      DATETIME NOT NULL,
  to_at        DATETIME NOT NULL,
  companions   VARCHAR(200) NOT NULL DEFAULT '',
  back_at      DATETIME NULL,
  KEY k_outing_time (from_at, to_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Attendance records (LV-07, LV-08, LV-10): one per person and day.
-- status: on_time, late, absent; absent_halfdays 1 or 2.
CREATE TABLE attendance (
  user_id          INT UNSIGNED NOT NULL,
  day              DATE NOT NULL,
  status           VARCHAR(8) NOT NULL,
  late_min         INT UNSIGNED NOT NULL DEFAULT 0,
  meeting          TINYINT NOT NULL DEFAULT 0,
  shuttle          TINYINT NOT NULL DEFAULT 0,
  absent_halfdays  TINYINT NOT NULL DEFAULT 0,
  clock_in         VARCHAR(5) NOT NULL DEFAULT '',
  updated_by       INT UNSIGNED NOT NULL,
  updated_at       DATETIME NOT NULL,
  PRIMARY KEY (user_id, day),
  KEY k_attendance_day (day)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;
