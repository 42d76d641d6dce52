/* admin_sql.c - the SQL of the admin pages.
 * Times cross the boundary as UTC epoch seconds (FROM_UNIXTIME /
 * UNIX_TIMESTAMP; the connection runs at +00:00). */
#include "admin/admin_sql.h"

#include <stddef.h>

DB_DEFINE(ST_DEPT_UPDATE, 1,
	"UPDATE departments SET name = ?, name_en = ?, head_id = ?, parent_id = ? WHERE id = ?");
DB_DEFINE_READS(ST_DEPT_GET, 0, dept_get, DEPT_GET_COLS,
	"SELECT id, name, name_en, head_id, parent_id FROM departments WHERE id = ?");
DB_DEFINE(ST_USER_UPDATE, 1,
	"UPDATE users SET display_name = ?, email = ?, dept_id = ?, superior_id = ?, roles = ?,"
	" can_sign = ?, work_start = ?, updated_at = FROM_UNIXTIME(?) WHERE id = ?");
DB_DEFINE(ST_USER_SET_ACTIVE, 1,
	"UPDATE users SET active = ?, updated_at = FROM_UNIXTIME(?) WHERE id = ?");
DB_DEFINE_READS(ST_USER_LOCK, 1, user_lock, USER_LOCK_COLS,
	"SELECT id, roles, active, COALESCE(superior_id, 0), dept_id FROM users WHERE id = ? FOR UPDATE");
DB_DEFINE_READS(ST_ADMINS_LOCK, 1, admins_lock, ADMINS_LOCK_COLS,
	"SELECT id FROM users WHERE active = 1 AND (roles & 512) <> 0 FOR UPDATE");
DB_DEFINE_READS(ST_USER_SEARCH_COUNT, 0, admin_total, ADMIN_TOTAL_COLS,
	"SELECT COUNT(*) FROM users u WHERE (? = '' OR u.login LIKE ? OR u.display_name LIKE ?)"
	" AND (? = 0 OR u.dept_id = ?)");
DB_DEFINE_READS(ST_USER_SEARCH, 0, user_search, USER_SEARCH_COLS,
	"SELECT u.id, u.login, u.display_name, d.name, u.roles, u.active, s.display_name"
	" FROM users u JOIN departments d ON d.id = u.dept_id LEFT JOIN users s ON s.id = u.superior_id"
	" WHERE (? = '' OR u.login LIKE ? OR u.display_name LIKE ?) AND (? = 0 OR u.dept_id = ?)"
	" ORDER BY u.id LIMIT ? OFFSET ?");
/* audit viewer */
DB_DEFINE_READS(ST_AUDIT_COUNT, 0, admin_total, ADMIN_TOTAL_COLS,
	"SELECT COUNT(*) FROM audit a WHERE (? = 0 OR a.actor_id = ?) AND (? = '' OR a.object_type = ?)"
	" AND (? = 0 OR a.object_id = ?) AND (? = '' OR a.action = ?)"
	" AND a.at >= FROM_UNIXTIME(?) AND a.at < FROM_UNIXTIME(?)");
DB_DEFINE_READS(ST_AUDIT_LIST, 0, audit_list, AUDIT_LIST_COLS,
	"SELECT a.id, UNIX_TIMESTAMP(a.at), a.actor_id, u.display_name, a.action, a.object_type,"
	" a.object_id, a.detail, a.ip, a.via FROM audit a LEFT JOIN users u ON u.id = a.actor_id"
	" WHERE (? = 0 OR a.actor_id = ?) AND (? = '' OR a.object_type = ?) AND (? = 0 OR a.object_id = ?)"
	" AND (? = '' OR a.action = ?) AND a.at >= FROM_UNIXTIME(?) AND a.at < FROM_UNIXTIME(?)"
	" ORDER BY a.id DESC LIMIT ? OFFSET ?");
/* the admin's view */
DB_DEFINE_READS(ST_OUTBOX_COUNT, 0, admin_total, ADMIN_TOTAL_COLS,
	"SELECT COUNT(*) FROM outbox WHERE (? = '' OR state = ?)");
DB_DEFINE_READS(ST_OUTBOX_LIST, 0, outbox_list, OUTBOX_LIST_COLS,
	"SELECT id, UNIX_TIMESTAMP(created_at), to_name, to_addr, subject, state, attempts,"
	" UNIX_TIMESTAMP(next_try), last_error, UNIX_TIMESTAMP(sent_at), link, LEFT(body_text, 4000),"
	" notice, request_id, lang FROM outbox WHERE (? = '' OR state = ?) ORDER BY id DESC LIMIT ? OFFSET ?");
DB_DEFINE_READS(ST_OUTBOX_STATES, 0, outbox_states, OUTBOX_STATES_COLS,
	"SELECT state, COUNT(*) FROM outbox GROUP BY state ORDER BY state");
