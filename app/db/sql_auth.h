/* sql_auth.h - statements of the auth area, as X(id, writes, sql). */
#ifndef LIAISON_SQL_AUTH_H
#define LIAISON_SQL_AUTH_H

#define SQL_AUTH(X) \
	/* settings */ \
	X(ST_SETTINGS_ALL, 0, "SELECT g.settings, s.name, s.value FROM cache_gen g LEFT JOIN settings s ON 1 = 1 WHERE g.id = 1") \
	X(ST_SETTING_SET, 1, "UPDATE settings SET value = ?, updated_at = FROM_UNIXTIME(?) WHERE name = ?") \
	/* sessions */ \
	X(ST_SESSION_GET, 0, "SELECT s.user_id, s.csrf, UNIX_TIMESTAMP(s.created_at), UNIX_TIMESTAMP(s.last_seen)," \
	    " u.login, u.display_name, u.roles, u.dept_id, u.lang, u.active, u.must_change_pw, u.unread_notes," \
	    " g.settings, g.roster FROM sessions s JOIN users u ON u.id = s.user_id JOIN cache_gen g ON g.id = 1" \
	    " WHERE s.token_hash = ?") \
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
	X(ST_USER_PWHASH, 0, "SELECT pw_hash, login FROM users WHERE id = ?")

#endif
