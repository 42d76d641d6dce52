/* visit_sql.h - the statements of the visit type (db/stmt.h). */
#ifndef LIAISON_FLOWS_VISIT_SQL_H
#define LIAISON_FLOWS_VISIT_SQL_H

#include "db/stmt.h"

DB_WRITES(ST_VISIT_SAVE);
DB_WRITES(ST_VISIT_PEOPLE_CLEAR);
DB_WRITES(ST_VISIT_PERSON_ADD);
#define VISIT_GET_COLS(C, R) C(R, merchant_id, INT) C(R, merchant, OPT) C(R, purpose, STR) C(R, visit_on, OPT) \
	C(R, asked, STR) C(R, discussed, STR) C(R, reported_at, OPT)
DB_READS(ST_VISIT_GET, visit_get, VISIT_GET_COLS);
#define VISIT_PERSON_COLS(C, R) C(R, user_id, INT) C(R, name, STR)
DB_READS(ST_VISIT_PEOPLE, visit_person, VISIT_PERSON_COLS);
#define VISIT_USER_COLS(C, R) C(R, active, INT)
DB_READS(ST_VISIT_USER, visit_user, VISIT_USER_COLS);
DB_WRITES(ST_VISIT_REPORT);
#define VISIT_HEAD_COLS(C, R) C(R, head_id, OPT)
DB_READS(ST_VISIT_HEAD, visit_head, VISIT_HEAD_COLS);
/* the year-end count (SP-03): a label and how many visits */
#define VISIT_COUNT_COLS(C, R) C(R, label, STR) C(R, visits, INT)
DB_READS(ST_VISIT_BY_MERCHANT, visit_count, VISIT_COUNT_COLS);
DB_READS_ROW(ST_VISIT_BY_PERSON, visit_count);
DB_READS_ROW(ST_VISIT_BY_MONTH, visit_count);

#endif
