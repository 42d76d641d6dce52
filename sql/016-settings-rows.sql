-- Rows for the policy settings added since 001 (a missing row means the
-- default in app/db/settings.c; a row makes it visible and editable the
-- same way as the others, and lets a test or an admin change it by hand).
INSERT IGNORE INTO settings (name, value, updated_at) VALUES
  ('travel_checkins_per_day', 1, UTC_TIMESTAMP()),
  ('sick_cert_calendar_days', 1, UTC_TIMESTAMP()),
  ('afternoon_start_min', 780, UTC_TIMESTAMP()),
  ('absence_period_rolling', 0, UTC_TIMESTAMP());
