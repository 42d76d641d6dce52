/* admin_sql.h - the statements of the admin pages
 * (db/stmt.h). */
#ifndef LIAISON_ADMIN_SQL_H
#define LIAISON_ADMIN_SQL_H

#include "db/stmt.h"

/* a count of what a list's filter matches */
#define ADMIN_TOTAL_COLS(C, R) C(R, total, INT)
DB_ROW(admin_total, ADMIN_TOTAL_COLS)

DB_WRITES(ST_DEPT_UPDATE);
#define DEPT_GET_COLS(C, R) C(R, id, INT) C(R, name, STR) C(R, name_en, STR) C(R, head_id, INT) \
	C(R, parent_id, INT)
DB_READS(ST_DEPT_GET, dept_get, DEPT_GET_COLS);
DB_WRITES(ST_USER_UPDATE);
DB_WRITES(ST_USER_SET_ACTIVE);
#define USER_LOCK_COLS(C, R) C(R, id, INT) C(R, roles, INT) C(R, active, INT) C(R, superior_id, INT) C(R, dept_id, INT)
DB_READS(ST_USER_LOCK, user_lock, USER_LOCK_COLS);
#define ADMINS_LOCK_COLS(C, R) C(R, id, INT)
DB_READS(ST_ADMINS_LOCK, admins_lock, ADMINS_LOCK_COLS);
DB_READS_ROW(ST_USER_SEARCH_COUNT, admin_total);
#define USER_SEARCH_COLS(C, R) C(R, id, INT) C(R, login, STR) C(R, name, STR) C(R, dept_name, STR) \
	C(R, roles, INT) C(R, active, INT) C(R, superior_name, STR)
DB_READS(ST_USER_SEARCH, user_search, USER_SEARCH_COLS);
/* audit viewer; a row may name no actor or no object */
DB_READS_ROW(ST_AUDIT_COUNT, admin_total);
#define AUDIT_LIST_COLS(C, R) C(R, id, INT) C(R, at, INT) C(R, actor_id, OPT) C(R, actor_name, STR) \
	C(R, action, STR) C(R, object_type, STR) C(R, object_id, OPT) C(R, detail, STR) C(R, ip, STR) \
	C(R, via, STR)
DB_READS(ST_AUDIT_LIST, audit_list, AUDIT_LIST_COLS);
/* the admin's view: subject and text are NULL until the mailer wrote them */
DB_READS_ROW(ST_OUTBOX_COUNT, admin_total);
#define OUTBOX_LIST_COLS(C, R) C(R, id, INT) C(R, created_at, INT) C(R, to_name, STR) C(R, to_addr, STR) \
	C(R, subject, OPT) C(R, state, STR) C(R, attempts, INT) C(R, next_try, OPT) C(R, last_error, STR) \
	C(R, sent_at, OPT) C(R, link, STR) C(R, body_text, OPT) C(R, notice, STR) C(R, request_id, INT) \
	C(R, lang, STR)
DB_READS(ST_OUTBOX_LIST, outbox_list, OUTBOX_LIST_COLS);
#define OUTBOX_STATES_COLS(C, R) C(R, state, STR) C(R, count, INT)
DB_READS(ST_OUTBOX_STATES, outbox_states, OUTBOX_STATES_COLS);

#endif
