/* site_sql.c - the SQL of the pages of the site (notices, delegation, salaries, account).
 * Times cross the boundary as UTC epoch seconds (FROM_UNIXTIME /
 * UNIX_TIMESTAMP; the connection runs at +00:00). */
#include "site/site_sql.h"

#include <stddef.h>

DB_DEFINE_READS(ST_SALARY_LIST, 0, salary_list, SALARY_LIST_COLS,
	"SELECT u.id, u.login, u.display_name, d.name, u.salary_fen FROM users u"
	" JOIN departments d ON d.id = u.dept_id WHERE u.active = 1 ORDER BY u.dept_id, u.id LIMIT ? OFFSET ?");
DB_DEFINE_READS(ST_SALARY_COUNT, 0, site_total, SITE_TOTAL_COLS,
	"SELECT COUNT(*) FROM users WHERE active = 1");
DB_DEFINE(ST_SALARY_SET, 1,
	"UPDATE users SET salary_fen = ?, updated_at = FROM_UNIXTIME(?) WHERE id = ? AND active = 1");
DB_DEFINE(ST_USER_SET_PROFILE, 1,
	"UPDATE users SET email = ?, lang = ?, updated_at = FROM_UNIXTIME(?) WHERE id = ?");
DB_DEFINE_READS(ST_USER_LOGINS, 0, user_logins, USER_LOGINS_COLS,
	"SELECT UNIX_TIMESTAMP(at), action, ip FROM audit WHERE actor_id = ?"
	" AND action IN ('login_ok', 'login_fail') ORDER BY id DESC LIMIT 10");
/* delegation */
DB_DEFINE_READS(ST_DELEG_LIST, 0, deleg_list, DELEG_LIST_COLS,
	"SELECT d.id, u.display_name, DATE_FORMAT(d.from_day, '%Y-%m-%d'), DATE_FORMAT(d.to_day, '%Y-%m-%d')"
	" FROM delegations d JOIN users u ON u.id = d.deputy_id WHERE d.user_id = ? ORDER BY d.from_day DESC, d.id DESC"
	" LIMIT 50");
DB_DEFINE(ST_DELEG_ADD, 1,
	"INSERT INTO delegations (user_id, deputy_id, from_day, to_day, created_at)"
	" VALUES (?, ?, ?, ?, FROM_UNIXTIME(?))");
DB_DEFINE(ST_DELEG_END, 1,
	"DELETE FROM delegations WHERE id = ? AND user_id = ?");
/* in-app notifications */
DB_DEFINE_READS(ST_NOTE_LIST, 0, note_list, NOTE_LIST_COLS,
	"SELECT n.id, n.request_id, n.kind, n.text, UNIX_TIMESTAMP(n.created_at), n.read_at IS NULL,"
	" r.number, k.name_zh, k.name_en"
	" FROM notifications n LEFT JOIN requests r ON r.id = n.request_id"
	" LEFT JOIN request_kinds k ON k.type = r.type AND k.code = r.kind"
	" WHERE n.user_id = ? ORDER BY n.id DESC LIMIT ? OFFSET ?");
DB_DEFINE_READS(ST_NOTE_COUNT, 0, site_total, SITE_TOTAL_COLS,
	"SELECT COUNT(*) FROM notifications WHERE user_id = ?");
DB_DEFINE(ST_NOTE_OPEN, 1,
	"UPDATE notifications SET read_at = FROM_UNIXTIME(?) WHERE id = ? AND user_id = ? AND read_at IS NULL");
DB_DEFINE_READS(ST_NOTE_TARGET, 0, note_target, NOTE_TARGET_COLS,
	"SELECT COALESCE(request_id, 0), kind FROM notifications WHERE id = ? AND user_id = ?");
DB_DEFINE(ST_NOTE_READ_ALL, 1,
	"UPDATE notifications SET read_at = FROM_UNIXTIME(?) WHERE user_id = ? AND read_at IS NULL");
/* AU-05's hand-over lists */
DB_DEFINE_READS(ST_HANDOVERS_OF, 0, handover_row, HANDOVER_ROW_COLS,
	"SELECT h.id, u.display_name, h.reason, COALESCE(fd.name, ''), COALESCE(td.name, ''),"
	" COALESCE(s.display_name, ''), h.moved_steps, UNIX_TIMESTAMP(h.created_at), COALESCE(h.manager_id, 0),"
	" c.display_name FROM handovers h JOIN users u ON u.id = h.user_id"
	" LEFT JOIN departments fd ON fd.id = h.from_dept LEFT JOIN departments td ON td.id = h.to_dept"
	" LEFT JOIN users s ON s.id = h.successor_id LEFT JOIN users c ON c.id = h.confirmed_by"
	" WHERE ? = 1 OR h.manager_id = ? ORDER BY h.confirmed_at IS NOT NULL, h.id DESC LIMIT 100");
DB_DEFINE_READS(ST_HANDOVER_ITEMS, 0, handover_item_row, HANDOVER_ITEM_COLS,
	"SELECT i.kind, r.id, r.number, r.state FROM handover_items i JOIN requests r ON r.id = i.request_id"
	" WHERE i.handover_id = ? ORDER BY i.id");
