/* attendance_sql.c - the SQL of attendance records, meeting lateness, the monthly report and the work calendar.
 * Times cross the boundary as UTC epoch seconds (FROM_UNIXTIME /
 * UNIX_TIMESTAMP; the connection runs at +00:00); days as day numbers. */
#include "attendance/attendance_sql.h"

#include <stddef.h>

#define LV_DAY "DATE_ADD('1970-01-01', INTERVAL ? DAY)"

/* a department's people, records, meetings, leave and outings over days (LV-06..LV-10) */
DB_DEFINE_READS(ST_ATD_DEPT_USERS, 0, atd_dept_users, ATD_DEPT_USERS_COLS,
	"SELECT id, login, display_name, salary_fen FROM users WHERE dept_id = ? AND active = 1" " ORDER BY id");
DB_DEFINE_READS(ST_ATD_RANGE, 0, atd_range, ATD_RANGE_COLS,
	"SELECT a.user_id, DATEDIFF(a.day, '1970-01-01'), a.status, a.late_min, a.shuttle, a.absent_halfdays,"
	" a.clock_in FROM attendance a JOIN users u ON u.id = a.user_id WHERE u.dept_id = ? AND a.day >= " LV_DAY
	" AND a.day <= " LV_DAY " ORDER BY a.user_id, a.day");
DB_DEFINE_READS(ST_ATD_MEETINGS, 0, atd_meetings, ATD_MEETINGS_COLS,
	"SELECT m.id, m.user_id, DATEDIFF(m.day, '1970-01-01'), m.late_min, m.meeting FROM attendance_meetings m"
	" JOIN users u ON u.id = m.user_id WHERE u.dept_id = ? AND m.day >= " LV_DAY " AND m.day <= " LV_DAY
	" ORDER BY m.user_id, m.day, m.id");
DB_DEFINE_READS(ST_ATD_LEAVES, 0, atd_leaves, ATD_LEAVES_COLS,
	"SELECT l.user_id, l.counted_as, l.slot_start, l.slot_end, COALESCE(t.deduct_bp, 0),"
	" COALESCE(t.name, l.counted_as), COALESCE(t.name_en, l.counted_as)"
	" FROM leave_requests l JOIN requests r ON r.id = l.request_id JOIN users u ON u.id = l.user_id"
	" LEFT JOIN leave_types t ON t.code = l.counted_as WHERE u.dept_id = ? AND r.state = 'approved'"
	" AND l.slot_start <= ? AND l.slot_end >= ? ORDER BY l.user_id, l.slot_start");
DB_DEFINE_READS(ST_ATD_OUTINGS, 0, atd_outings, ATD_OUTINGS_COLS,
	"SELECT o.user_id, UNIX_TIMESTAMP(o.from_at), UNIX_TIMESTAMP(o.to_at) FROM outing_requests o"
	" JOIN requests r ON r.id = o.request_id JOIN users u ON u.id = o.user_id WHERE u.dept_id = ?"
	" AND r.state = 'approved' AND o.from_at < FROM_UNIXTIME(?) AND o.to_at > FROM_UNIXTIME(?)"
	" ORDER BY o.user_id, o.from_at");
/* one person's day (the clerk and the clock import) */
DB_DEFINE_READS(ST_ATD_GET_LOCK, 1, atd_get_lock, ATD_GET_LOCK_COLS,
	"SELECT status, late_min, shuttle, absent_halfdays, clock_in FROM attendance"
	" WHERE user_id = ? AND day = " LV_DAY " FOR UPDATE");
DB_DEFINE(ST_ATD_PUT, 1,
	"INSERT INTO attendance (user_id, day, status, late_min, shuttle, absent_halfdays,"
	" clock_in, updated_by, updated_at) VALUES (?, " LV_DAY ", ?, ?, ?, ?, ?, ?, FROM_UNIXTIME(?))"
	" ON DUPLICATE KEY UPDATE status = VALUES(status), late_min = VALUES(late_min),"
	" shuttle = VALUES(shuttle), absent_halfdays = VALUES(absent_halfdays), clock_in = VALUES(clock_in),"
	" updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)");
DB_DEFINE_READS(ST_ATD_LOGIN, 0, atd_login, ATD_LOGIN_COLS,
	"SELECT id, active FROM users WHERE login = ?");
/* meeting lateness, one entry each (LV-07) */
DB_DEFINE(ST_ATD_MEET_ADD, 1,
	"INSERT INTO attendance_meetings (user_id, day, late_min, meeting, updated_by, updated_at)"
	" VALUES (?, " LV_DAY ", ?, ?, ?, FROM_UNIXTIME(?))");
DB_DEFINE_READS(ST_ATD_MEET_GET, 1, atd_meet_get, ATD_MEET_GET_COLS,
	"SELECT user_id, DATEDIFF(day, '1970-01-01'), late_min, meeting FROM attendance_meetings WHERE id = ?"
	" FOR UPDATE");
DB_DEFINE(ST_ATD_MEET_DEL, 1,
	"DELETE FROM attendance_meetings WHERE id = ?");
/* the work calendar (LV-01) */
DB_DEFINE_READS(ST_CAL_YEAR, 0, cal_year, CAL_YEAR_COLS,
	"SELECT DATEDIFF(day, '1970-01-01'), kind, name FROM calendar_days" " WHERE day >= " LV_DAY " AND day <= "
	LV_DAY " ORDER BY day");
DB_DEFINE(ST_CAL_PUT, 1,
	"REPLACE INTO calendar_days (day, kind, name) VALUES (" LV_DAY ", ?, ?)");
DB_DEFINE_READS(ST_CAL_GET, 1, cal_get, CAL_GET_COLS,
	"SELECT kind, name FROM calendar_days WHERE day = " LV_DAY " FOR UPDATE");
DB_DEFINE(ST_CAL_DEL, 1,
	"DELETE FROM calendar_days WHERE day = " LV_DAY);
