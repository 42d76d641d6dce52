/* auth_sql.c - the SQL of accounts, sessions, passwords and the login throttle.
 * Times cross the boundary as UTC epoch seconds (FROM_UNIXTIME /
 * UNIX_TIMESTAMP; the connection runs at +00:00). */
#include "auth/auth_sql.h"

#include <stddef.h>

/* sessions */
DB_DEFINE_READS(ST_SESSION_GET, 0, session_get, SESSION_GET_COLS,
	"SELECT s.user_id, s.csrf, UNIX_TIMESTAMP(s.created_at), UNIX_TIMESTAMP(s.last_seen),"
	" u.login, u.display_name, u.roles, u.dept_id, u.lang, u.active, u.must_change_pw,"
	" (SELECT COALESCE(SUM(c.n), 0) FROM unread_counts c WHERE c.user_id = u.id),"
	" g.settings, g.roster, g.kinds FROM sessions s JOIN users u ON u.id = s.user_id JOIN cache_gen g ON g.id = 1"
	" WHERE s.token_hash = ?");
DB_DEFINE(ST_SESSION_INSERT, 1,
	"INSERT INTO sessions (token_hash, user_id, csrf, created_at, last_seen, ip)"
	" VALUES (?, ?, ?, FROM_UNIXTIME(?), FROM_UNIXTIME(?), ?)");
DB_DEFINE(ST_SESSION_TOUCH, 1,
	"UPDATE sessions SET last_seen = FROM_UNIXTIME(?) WHERE token_hash = ?");
DB_DEFINE(ST_SESSION_DELETE, 1,
	"DELETE FROM sessions WHERE token_hash = ?");
DB_DEFINE(ST_SESSION_DELETE_USER, 1,
	"DELETE FROM sessions WHERE user_id = ?");
/* login */
DB_DEFINE_READS(ST_LOGIN_USER, 0, login_user, LOGIN_USER_COLS,
	"SELECT id, pw_hash, active FROM users WHERE login = ?");
DB_DEFINE_READS(ST_LOGIN_THROTTLE_GET, 0, login_throttle_get, LOGIN_THROTTLE_GET_COLS,
	"SELECT fail_count, UNIX_TIMESTAMP(locked_until) FROM login_throttle WHERE login = ?");
DB_DEFINE(ST_LOGIN_THROTTLE_FAIL, 1,
	"INSERT INTO login_throttle (login, fail_count, locked_until) VALUES (?, 1, NULL)"
	" ON DUPLICATE KEY UPDATE fail_count = fail_count + 1");
DB_DEFINE(ST_LOGIN_THROTTLE_LOCK, 1,
	"UPDATE login_throttle SET locked_until = FROM_UNIXTIME(?) WHERE login = ?");
DB_DEFINE(ST_LOGIN_THROTTLE_CLEAR, 1,
	"DELETE FROM login_throttle WHERE login = ?");
DB_DEFINE_READS(ST_LOGIN_IP_RECENT, 0, login_ip_recent, LOGIN_IP_RECENT_COLS,
	"SELECT COUNT(*), COALESCE(UNIX_TIMESTAMP(MAX(at)), 0) FROM login_failures WHERE ip = ? AND at > FROM_UNIXTIME(?)");
DB_DEFINE(ST_LOGIN_IP_FAIL, 1,
	"INSERT INTO login_failures (ip, at) VALUES (?, FROM_UNIXTIME(?))");
DB_DEFINE_READS(ST_LOGIN_DEVICE_GET, 0, login_device_get, LOGIN_DEVICE_GET_COLS,
	"SELECT fail_count FROM login_devices WHERE id = ? AND login = ?");
DB_DEFINE(ST_LOGIN_DEVICE_FAIL, 1,
	"UPDATE login_devices SET fail_count = fail_count + 1 WHERE id = ?");
DB_DEFINE(ST_LOGIN_DEVICE_OK, 1,
	"INSERT INTO login_devices (id, login, fail_count, created_at, last_ok) VALUES (?, ?, 0, FROM_UNIXTIME(?),"
	" FROM_UNIXTIME(?)) ON DUPLICATE KEY UPDATE fail_count = 0, last_ok = FROM_UNIXTIME(?)");
DB_DEFINE(ST_LOGIN_DEVICE_PURGE, 1,
	"DELETE FROM login_devices WHERE last_ok < FROM_UNIXTIME(?)");
DB_DEFINE(ST_LOGIN_FAILURES_PURGE, 1,
	"DELETE FROM login_failures WHERE at < FROM_UNIXTIME(?)");
DB_DEFINE(ST_USER_SET_PWHASH, 1,
	"UPDATE users SET pw_hash = ?, must_change_pw = ?, updated_at = FROM_UNIXTIME(?) WHERE id = ?");
DB_DEFINE(ST_USER_SET_PWHASH_KEEP, 1,
	"UPDATE users SET pw_hash = ?, updated_at = FROM_UNIXTIME(?) WHERE id = ?");
DB_DEFINE_READS(ST_USER_PWHASH, 0, user_pwhash, USER_PWHASH_COLS,
	"SELECT pw_hash, login FROM users WHERE id = ?");
/* departments */
DB_DEFINE(ST_DEPT_INSERT, 1,
	"INSERT INTO departments (name, name_en, parent_id, created_at) VALUES (?, ?, ?, FROM_UNIXTIME(?))");
DB_DEFINE(ST_DEPT_SET_HEAD, 1,
	"UPDATE departments SET head_id = ? WHERE id = ?");
/* users */
DB_DEFINE_READS(ST_USER_COUNT, 0, auth_total, AUTH_TOTAL_COLS,
	"SELECT COUNT(*) FROM users");
DB_DEFINE(ST_USER_INSERT, 1,
	"INSERT INTO users (login, display_name, email, dept_id, superior_id, roles, can_sign,"
	" salary_fen, work_start, lang, active, pw_hash, must_change_pw, created_at, updated_at)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, FROM_UNIXTIME(?), FROM_UNIXTIME(?))");
DB_DEFINE_READS(ST_USER_GET, 0, user_get, USER_GET_COLS,
	"SELECT id, login, display_name, email, dept_id, superior_id, roles, can_sign, salary_fen,"
	" DATE_FORMAT(work_start, '%Y-%m-%d'), lang, active, must_change_pw FROM users WHERE id = ?");
