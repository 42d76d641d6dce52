/*
 * stmt_list.h - every SQL statement, as X(id, writes, sql).
 * Grouped by the module that runs it; times are UTC epoch seconds at the
 * boundary (FROM_UNIXTIME / UNIX_TIMESTAMP, the connection is at +00:00).
 */
#ifndef LIAISON_STMT_LIST_H
#define LIAISON_STMT_LIST_H

#define STMT_LIST(X) \
	/* settings */ \
	X(ST_SETTINGS_ALL, 0, "SELECT name, value FROM settings") \
	X(ST_SETTING_SET, 1, "UPDATE settings SET value = ?, updated_at = FROM_UNIXTIME(?) WHERE name = ?") \
	/* sessions */ \
	X(ST_SESSION_GET, 0, "SELECT s.user_id, s.csrf, UNIX_TIMESTAMP(s.created_at), UNIX_TIMESTAMP(s.last_seen)," \
	    " u.login, u.display_name, u.roles, u.dept_id, u.lang, u.active, u.must_change_pw" \
	    " FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?") \
	X(ST_SESSION_INSERT, 1, "INSERT INTO sessions (token_hash, user_id, csrf, created_at, last_seen, ip)" \
	    " VALUES (?, ?, ?, FROM_UNIXTIME(?), FROM_UNIXTIME(?), ?)") \
	X(ST_SESSION_TOUCH, 1, "UPDATE sessions SET last_seen = FROM_UNIXTIME(?) WHERE token_hash = ?") \
	X(ST_SESSION_DELETE, 1, "DELETE FROM sessions WHERE token_hash = ?") \
	X(ST_SESSION_DELETE_USER, 1, "DELETE FROM sessions WHERE user_id = ?") \
	X(ST_SESSION_DELETE_OTHERS, 1, "DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?") \
	/* login */ \
	X(ST_LOGIN_USER, 0, "SELECT id, pw_hash, active FROM users WHERE login = ?") \
	X(ST_LOGIN_THROTTLE_GET, 0, "SELECT fail_count, UNIX_TIMESTAMP(locked_until) FROM login_throttle WHERE login = ?") \
	X(ST_LOGIN_THROTTLE_FAIL, 1, "INSERT INTO login_throttle (login, fail_count, locked_until) VALUES (?, 1, NULL)" \
	    " ON DUPLICATE KEY UPDATE fail_count = fail_count + 1") \
	X(ST_LOGIN_THROTTLE_LOCK, 1, "UPDATE login_throttle SET locked_until = FROM_UNIXTIME(?) WHERE login = ?") \
	X(ST_LOGIN_THROTTLE_CLEAR, 1, "DELETE FROM login_throttle WHERE login = ?") \
	X(ST_LOGIN_IP_COUNT, 0, "SELECT COUNT(*) FROM login_failures WHERE ip = ? AND at > FROM_UNIXTIME(?)") \
	X(ST_LOGIN_IP_FAIL, 1, "INSERT INTO login_failures (ip, at) VALUES (?, FROM_UNIXTIME(?))") \
	X(ST_USER_SET_PWHASH, 1, "UPDATE users SET pw_hash = ?, must_change_pw = ?, updated_at = FROM_UNIXTIME(?) WHERE id = ?") \
	X(ST_USER_SET_PWHASH_KEEP, 1, "UPDATE users SET pw_hash = ?, updated_at = FROM_UNIXTIME(?) WHERE id = ?") \
	X(ST_USER_PWHASH, 0, "SELECT pw_hash, login FROM users WHERE id = ?") \
	/* audit */ \
	X(ST_AUDIT_HEAD_LOCK, 1, "SELECT last_id, last_hash FROM audit_head WHERE id = 1 FOR UPDATE") \
	X(ST_AUDIT_HEAD_SET, 1, "UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1") \
	X(ST_AUDIT_INSERT, 1, "INSERT INTO audit (id, at, actor_id, action, object_type, object_id, detail, ip, via," \
	    " prev_hash, hash) VALUES (?, FROM_UNIXTIME(?), ?, ?, ?, ?, ?, ?, ?, ?, ?)") \
	X(ST_AUDIT_CHAIN, 0, "SELECT id, DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s'), actor_id, action, object_type, object_id," \
	    " detail, ip, via, prev_hash, hash FROM audit WHERE id > ? ORDER BY id LIMIT ?") \
	X(ST_AUDIT_HEAD_GET, 0, "SELECT last_id, last_hash FROM audit_head WHERE id = 1") \
	/* departments and users */ \
	X(ST_USER_COUNT, 0, "SELECT COUNT(*) FROM users") \
	X(ST_DEPT_INSERT, 1, "INSERT INTO departments (name, name_en, parent_id, created_at) VALUES (?, ?, ?, FROM_UNIXTIME(?))") \
	X(ST_DEPT_SET_HEAD, 1, "UPDATE departments SET head_id = ? WHERE id = ?") \
	X(ST_USER_INSERT, 1, "INSERT INTO users (login, display_name, email, dept_id, superior_id, roles, can_sign," \
	    " salary_fen, work_start, lang, active, pw_hash, must_change_pw, created_at, updated_at)" \
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, FROM_UNIXTIME(?), FROM_UNIXTIME(?))")

#endif
