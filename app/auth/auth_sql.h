/* auth_sql.h - the statements of accounts, sessions, passwords and the login throttle
 * (db/stmt.h). */
#ifndef LIAISON_AUTH_SQL_H
#define LIAISON_AUTH_SQL_H

#include "db/stmt.h"

/* a count */
#define AUTH_TOTAL_COLS(C, R) C(R, total, INT)
DB_ROW(auth_total, AUTH_TOTAL_COLS)

/* sessions: the user, and the generations of the cached settings, roster and kinds */
#define SESSION_GET_COLS(C, R) C(R, user_id, INT) C(R, csrf, STR) C(R, created_at, INT) C(R, last_seen, INT) \
	C(R, login, STR) C(R, name, STR) C(R, roles, INT) C(R, dept_id, INT) C(R, lang, STR) \
	C(R, active, INT) C(R, must_change_pw, INT) C(R, unread_notes, INT) C(R, settings_gen, INT) \
	C(R, roster_gen, INT) C(R, kinds_gen, INT)
DB_READS(ST_SESSION_GET, session_get, SESSION_GET_COLS);
DB_WRITES(ST_SESSION_INSERT);
DB_WRITES(ST_SESSION_TOUCH);
DB_WRITES(ST_SESSION_DELETE);
DB_WRITES(ST_SESSION_DELETE_USER);
/* login */
#define LOGIN_USER_COLS(C, R) C(R, id, INT) C(R, pw_hash, STR) C(R, active, INT)
DB_READS(ST_LOGIN_USER, login_user, LOGIN_USER_COLS);
#define LOGIN_THROTTLE_GET_COLS(C, R) C(R, fail_count, INT) C(R, locked_until, OPT)
DB_READS(ST_LOGIN_THROTTLE_GET, login_throttle_get, LOGIN_THROTTLE_GET_COLS);
DB_WRITES(ST_LOGIN_THROTTLE_FAIL);
DB_WRITES(ST_LOGIN_THROTTLE_LOCK);
DB_WRITES(ST_LOGIN_THROTTLE_CLEAR);
#define LOGIN_IP_RECENT_COLS(C, R) C(R, total, INT) C(R, last_at, INT)
DB_READS(ST_LOGIN_IP_RECENT, login_ip_recent, LOGIN_IP_RECENT_COLS);
DB_WRITES(ST_LOGIN_IP_FAIL);
#define LOGIN_DEVICE_GET_COLS(C, R) C(R, fail_count, INT)
DB_READS(ST_LOGIN_DEVICE_GET, login_device_get, LOGIN_DEVICE_GET_COLS);
DB_WRITES(ST_LOGIN_DEVICE_FAIL);
DB_WRITES(ST_LOGIN_DEVICE_OK);
DB_WRITES(ST_LOGIN_DEVICE_PURGE);
DB_WRITES(ST_LOGIN_FAILURES_PURGE);
DB_WRITES(ST_USER_SET_PWHASH);
DB_WRITES(ST_USER_SET_PWHASH_KEEP);
#define USER_PWHASH_COLS(C, R) C(R, pw_hash, STR) C(R, login, STR)
DB_READS(ST_USER_PWHASH, user_pwhash, USER_PWHASH_COLS);
/* departments */
DB_WRITES(ST_DEPT_INSERT);
DB_WRITES(ST_DEPT_SET_HEAD);
/* users */
DB_READS_ROW(ST_USER_COUNT, auth_total);
DB_WRITES(ST_USER_INSERT);
#define USER_GET_COLS(C, R) C(R, id, INT) C(R, login, STR) C(R, display_name, STR) C(R, email, STR) \
	C(R, dept_id, INT) C(R, superior_id, INT) C(R, roles, INT) C(R, can_sign, INT) C(R, salary_fen, INT) \
	C(R, work_start, STR) C(R, lang, STR) C(R, active, INT) C(R, must_change_pw, INT)
DB_READS(ST_USER_GET, user_get, USER_GET_COLS);

#endif
