/* attendance_sql.c - the SQL of attendance records, the monthly report and the work calendar.
 * Times cross the boundary as UTC epoch seconds (FROM_UNIXTIME /
 * UNIX_TIMESTAMP; the connection runs at +00:00). */
#include "attendance/attendance_sql.h"

#include <stddef.h>

#define LV_DAY "DATE_ADD('1970-01-01', INTERVAL ? DAY)"

/* attendance (LV-07..LV-10) */
DB_DEFINE_READS(ST_ATD_DEPT_USERS, 0, atd_dept_users, ATD_DEPT_USERS_COLS,
	"SELECT id, login, display_name, salary_fen FROM users WHERE dept_id = ? AND active = 1" " ORDER BY id");
DB_DEFINE_READS(ST_ATD_DAY, 0, atd_day, ATD_DAY_COLS,
	"SELECT a.user_id, a.status, a.late_min, a.meeting, a.shuttle, a.absent_halfdays, a.clock_in"
	" FROM attendance a JOIN users u ON u.id = a.user_id WHERE u.dept_id = ? AND a.day = " LV_DAY);
DB_DEFINE_READS(ST_ATD_GET_LOCK, 1, atd_get_lock, ATD_GET_LOCK_COLS,
	"SELECT status, late_min, meeting, shuttle, absent_halfdays, clock_in FROM attendance"
	" WHERE user_id = ? AND day = " LV_DAY " FOR UPDATE");
DB_DEFINE(ST_ATD_PUT, 1,
	"INSERT INTO attendance (user_id, day, status, late_min, meeting, shuttle, absent_halfdays,"
	" clock_in, updated_by, updated_at) VALUES (?, " LV_DAY ", ?, ?, ?, ?, ?, ?, ?, FROM_UNIXTIME(?))"
	" ON DUPLICATE KEY UPDATE status = VALUES(status), late_min = VALUES(late_min), meeting = VALUES(meeting),"
	" shuttle = VALUES(shuttle), absent_halfdays = VALUES(absent_halfdays), clock_in = VALUES(clock_in),"
	" updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)");
DB_DEFINE_READS(ST_ATD_LOGIN, 0, atd_login, ATD_LOGIN_COLS,
	"SELECT id, active FROM users WHERE login = ?");
DB_DEFINE_READS(ST_ATD_RANGE, 0, atd_range, ATD_RANGE_COLS,
	"SELECT a.user_id, DATEDIFF(a.day, '1970-01-01'), a.status, a.late_min, a.meeting, a.shuttle,"
	" a.absent_halfdays FROM attendance a JOIN users u ON u.id = a.user_id" " WHERE u.dept_id = ? AND a.day >= "
	LV_DAY " AND a.day <= " LV_DAY " ORDER BY a.user_id, a.day");
DB_DEFINE_READS(ST_ATD_LEAVES, 0, atd_leaves, ATD_LEAVES_COLS,
	"SELECT l.user_id, l.counted_as, l.slot_start, l.slot_end, COALESCE(t.deduct_bp, 0)"
	" FROM leave_requests l JOIN requests r ON r.id = l.request_id JOIN users u ON u.id = l.user_id"
	" LEFT JOIN leave_types t ON t.code = l.counted_as WHERE u.dept_id = ? AND r.state = 'approved'"
	" AND l.slot_start <= ? AND l.slot_end >= ? ORDER BY l.user_id, l.slot_start");
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
