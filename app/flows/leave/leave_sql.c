/* leave_sql.c - the SQL of the leave request type and its admin pages.
 * Times cross the boundary as UTC epoch seconds (FROM_UNIXTIME /
 * UNIX_TIMESTAMP; the connection runs at +00:00). */
#include "flows/leave/leave_sql.h"

#include <stddef.h>

#define LV_DAY "DATE_ADD('1970-01-01', INTERVAL ? DAY)"

/* leave types */
DB_DEFINE_READS(ST_LV_TYPES, 0, lv_type_row, LV_TYPE_COLS,
	"SELECT code, name, name_en, notice, max_days, cert_days, deduct_bp, uses_balance"
	" FROM leave_types WHERE active = 1 ORDER BY sort, code");
DB_DEFINE_READS(ST_LV_TYPE, 0, lv_type_row, LV_TYPE_COLS,
	"SELECT code, name, name_en, notice, max_days, cert_days, deduct_bp, uses_balance"
	" FROM leave_types WHERE code = ? AND active = 1");
/* leave requests */
DB_DEFINE(ST_LV_SAVE, 1,
	"REPLACE INTO leave_requests (request_id, user_id, kind, counted_as, first_day, first_part,"
	" last_day, last_part, slot_start, slot_end, halfdays, reason, statement, has_cert)" " VALUES (?, ?, ?, ?, "
	LV_DAY ", ?, " LV_DAY ", ?, ?, ?, ?, ?, ?, ?)");
DB_DEFINE_READS(ST_LV_GET, 0, lv_get, LV_GET_COLS,
	"SELECT user_id, kind, counted_as, DATEDIFF(first_day, '1970-01-01'), first_part,"
	" DATEDIFF(last_day, '1970-01-01'), last_part, slot_start, slot_end, halfdays, reason, statement, has_cert,"
	" UNIX_TIMESTAMP(cert_added_at), UNIX_TIMESTAMP(ended_early_at) FROM leave_requests WHERE request_id = ?");
DB_DEFINE_READS(ST_LV_LOCK_USER, 1, lv_lock_user, LV_LOCK_USER_COLS,
	"SELECT id FROM users WHERE id = ? FOR UPDATE");
DB_DEFINE_READS(ST_LV_OVERLAP, 0, lv_overlap, LV_OVERLAP_COLS,
	"SELECT r.number FROM leave_requests l JOIN requests r ON r.id = l.request_id"
	" WHERE l.user_id = ? AND l.request_id <> ? AND r.state IN ('in_approval', 'approved')"
	" AND l.slot_start <= ? AND l.slot_end >= ? ORDER BY r.id LIMIT 1");
DB_DEFINE_READS(ST_LV_USED, 0, lv_used, LV_USED_COLS,
	"SELECT COALESCE(SUM(IF(r.state = 'approved', l.halfdays, 0)), 0),"
	" COALESCE(SUM(IF(r.state = 'in_approval', l.halfdays, 0)), 0) FROM leave_requests l"
	" JOIN requests r ON r.id = l.request_id WHERE l.user_id = ? AND l.kind = ? AND l.request_id <> ?"
	" AND YEAR(l.first_day) = ? AND r.state IN ('in_approval', 'approved')");
DB_DEFINE_READS(ST_LV_ENTITLED, 0, lv_entitled, LV_ENTITLED_COLS,
	"SELECT halfdays FROM leave_balances WHERE user_id = ? AND year = ? AND code = ?");
DB_DEFINE_READS(ST_LV_USER, 0, lv_user, LV_USER_COLS,
	"SELECT DATEDIFF(work_start, '1970-01-01'), salary_fen, dept_id, display_name FROM users" " WHERE id = ?");
DB_DEFINE_READS(ST_LV_NEIGHBOURS, 0, lv_neighbours, LV_NEIGHBOURS_COLS,
	"SELECT l.request_id, r.number, l.slot_start, l.slot_end, l.halfdays, l.has_cert, l.statement <> '', r.state,"
	" l.counted_as FROM leave_requests l JOIN requests r ON r.id = l.request_id"
	" WHERE l.user_id = ? AND l.kind = ? AND l.request_id <> ? AND r.state IN ('in_approval', 'approved')"
	" AND l.slot_end >= ? AND l.slot_start <= ? ORDER BY l.slot_start LIMIT 32");
DB_DEFINE(ST_LV_SET_COUNTED, 1,
	"UPDATE leave_requests SET counted_as = ? WHERE request_id = ?");
DB_DEFINE(ST_LV_SET_CERT, 1,
	"UPDATE leave_requests SET has_cert = 1, counted_as = kind,"
	" cert_added_at = FROM_UNIXTIME(?) WHERE request_id = ?");
DB_DEFINE(ST_LV_END_EARLY, 1,
	"UPDATE leave_requests SET last_day = " LV_DAY ", last_part = ?, slot_end = ?,"
	" halfdays = ?, counted_as = ?, ended_early_at = FROM_UNIXTIME(?) WHERE request_id = ?");
/* leave types and balances kept by admins (leave_types_admin.c) */
DB_DEFINE_READS(ST_LVT_ALL, 0, lvt_row, LVT_COLS,
	"SELECT code, name, name_en, notice, max_days, cert_days, deduct_bp, uses_balance, sort, active"
	" FROM leave_types ORDER BY sort, code");
DB_DEFINE_READS(ST_LVT_GET, 0, lvt_row, LVT_COLS,
	"SELECT code, name, name_en, notice, max_days, cert_days, deduct_bp, uses_balance, sort, active"
	" FROM leave_types WHERE code = ?");
DB_DEFINE_READS(ST_LVT_LOCK, 1, lvt_row, LVT_COLS,
	"SELECT code, name, name_en, notice, max_days, cert_days, deduct_bp, uses_balance, sort, active"
	" FROM leave_types WHERE code = ? FOR UPDATE");
DB_DEFINE(ST_LVT_INSERT, 1,
	"INSERT INTO leave_types (code, name, name_en, notice, max_days, cert_days, deduct_bp,"
	" uses_balance, sort, active) SELECT ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(MAX(sort), 0) + 1, 1 FROM leave_types");
DB_DEFINE(ST_LVT_UPDATE, 1,
	"UPDATE leave_types SET name = ?, name_en = ?, notice = ?, max_days = ?, cert_days = ?,"
	" deduct_bp = ?, uses_balance = ?, sort = ?, active = ? WHERE code = ?");
DB_DEFINE_READS(ST_LVT_BALANCE_TYPES, 0, lvt_balance_types, LVT_BALANCE_TYPES_COLS,
	"SELECT code, name, name_en, active FROM leave_types WHERE uses_balance = 1" " ORDER BY sort, code");
DB_DEFINE_READS(ST_LVB_LIST, 0, lvb_list, LVB_LIST_COLS,
	"SELECT u.id, u.login, u.display_name, d.name, DATEDIFF(u.work_start, '1970-01-01'), b.halfdays,"
	" COALESCE(SUM(IF(r.state = 'approved', l.halfdays, 0)), 0),"
	" COALESCE(SUM(IF(r.state = 'in_approval', l.halfdays, 0)), 0)"
	" FROM users u JOIN departments d ON d.id = u.dept_id"
	" LEFT JOIN leave_balances b ON b.user_id = u.id AND b.year = ? AND b.code = ?"
	" LEFT JOIN leave_requests l ON l.user_id = u.id AND l.kind = ? AND YEAR(l.first_day) = ?"
	" LEFT JOIN requests r ON r.id = l.request_id AND r.state IN ('in_approval', 'approved')"
	" WHERE u.active = 1 AND (? = 0 OR u.dept_id = ?)"
	" GROUP BY u.id, u.login, u.display_name, d.name, u.work_start, b.halfdays, u.dept_id"
	" ORDER BY u.dept_id, u.id LIMIT 2000");
DB_DEFINE_READS(ST_LVB_LOCK, 1, lvb_lock, LVB_LOCK_COLS,
	"SELECT halfdays FROM leave_balances WHERE user_id = ? AND year = ? AND code = ? FOR UPDATE");
DB_DEFINE(ST_LVB_PUT, 1,
	"REPLACE INTO leave_balances (user_id, year, code, halfdays) VALUES (?, ?, ?, ?)");
DB_DEFINE(ST_LVB_DEL, 1,
	"DELETE FROM leave_balances WHERE user_id = ? AND year = ? AND code = ?");
DB_DEFINE_READS(ST_LVB_USER, 0, lvb_user, LVB_USER_COLS,
	"SELECT login, display_name FROM users WHERE id = ?");
