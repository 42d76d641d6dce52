/* site_sql.h - the statements of the pages of the site (notices, delegation, salaries, account)
 * (db/stmt.h). */
#ifndef LIAISON_SITE_SQL_H
#define LIAISON_SITE_SQL_H

#include "db/stmt.h"

/* a count of a list's rows */
#define SITE_TOTAL_COLS(C, R) C(R, total, INT)
DB_ROW(site_total, SITE_TOTAL_COLS)

#define SALARY_LIST_COLS(C, R) C(R, id, INT) C(R, login, STR) C(R, name, STR) C(R, dept_name, STR) \
	C(R, salary_fen, INT)
DB_READS(ST_SALARY_LIST, salary_list, SALARY_LIST_COLS);
DB_READS_ROW(ST_SALARY_COUNT, site_total);
DB_WRITES(ST_SALARY_SET);
DB_WRITES(ST_USER_SET_PROFILE);
#define USER_LOGINS_COLS(C, R) C(R, at, INT) C(R, action, STR) C(R, ip, STR)
DB_READS(ST_USER_LOGINS, user_logins, USER_LOGINS_COLS);
/* delegation */
#define DELEG_LIST_COLS(C, R) C(R, id, INT) C(R, deputy_name, STR) C(R, from_day, STR) C(R, to_day, STR)
DB_READS(ST_DELEG_LIST, deleg_list, DELEG_LIST_COLS);
DB_WRITES(ST_DELEG_ADD);
DB_WRITES(ST_DELEG_END);
/* in-app notifications; number and the kind's names are "" for a notice about no request */
#define NOTE_LIST_COLS(C, R) C(R, id, INT) C(R, request_id, INT) C(R, kind, STR) C(R, text, STR) \
	C(R, created_at, INT) C(R, unread, INT) C(R, number, STR) C(R, kind_zh, STR) C(R, kind_en, STR)
DB_READS(ST_NOTE_LIST, note_list, NOTE_LIST_COLS);
DB_READS_ROW(ST_NOTE_COUNT, site_total);
DB_WRITES(ST_NOTE_OPEN);
#define NOTE_TARGET_COLS(C, R) C(R, request_id, INT) C(R, kind, STR)
DB_READS(ST_NOTE_TARGET, note_target, NOTE_TARGET_COLS);
DB_WRITES(ST_NOTE_READ_ALL);

/* AU-05's hand-over lists: a manager's (or, for admins, every one) */
#define HANDOVER_ROW_COLS(C, R) C(R, id, INT) C(R, user_name, STR) C(R, reason, STR) C(R, from_dept, STR) \
	C(R, to_dept, STR) C(R, successor_name, STR) C(R, moved_steps, INT) C(R, created, INT) C(R, manager_id, INT) \
	C(R, confirmed_by, OPT)
DB_READS(ST_HANDOVERS_OF, handover_row, HANDOVER_ROW_COLS);
#define HANDOVER_ITEM_COLS(C, R) C(R, kind, STR) C(R, request_id, INT) C(R, number, STR) C(R, state, STR)
DB_READS(ST_HANDOVER_ITEMS, handover_item_row, HANDOVER_ITEM_COLS);

#endif
