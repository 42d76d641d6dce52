-- Attendance as the rules mean it (issue 15, LV-06..LV-10).
--
-- LV-07: several lates on one day count separately.  Lateness for work
-- stays the day's record in `attendance` (from the time clock or the
-- clerk); each meeting someone came late to is its own entry here, so a
-- day may hold the late for work and any number of meeting lates.
CREATE TABLE attendance_meetings (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id     INT UNSIGNED NOT NULL,
  day         DATE NOT NULL,
  late_min    INT UNSIGNED NOT NULL,
  meeting     VARCHAR(64) NOT NULL DEFAULT '',   -- which meeting (周例会 ...), as the clerk wrote it
  updated_by  INT UNSIGNED NOT NULL,
  updated_at  DATETIME NOT NULL,
  KEY k_attendance_meetings_user_day (user_id, day),
  KEY k_attendance_meetings_day (day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A day recorded before as "late, for a meeting" becomes that meeting's
-- entry; the day's own record then says nothing about the start of work,
-- which is what the old record said too.
INSERT INTO attendance_meetings (user_id, day, late_min, meeting, updated_by, updated_at)
  SELECT user_id, day, late_min, '', updated_by, updated_at FROM attendance WHERE status = 'late' AND meeting = 1;
UPDATE attendance SET status = 'on_time', late_min = 0, shuttle = 0 WHERE status = 'late' AND meeting = 1;
ALTER TABLE attendance DROP COLUMN meeting;

-- LV-10's counting period (db/settings.c: 0 the calendar year, 1 the
-- twelve months ending with the report's month).  IGNORE: the settings
-- page may have stored it already.
INSERT IGNORE INTO settings (name, value, updated_at) VALUES ('absence_period_rolling', 0, UTC_TIMESTAMP());
