/* view_sql.h - the statements of the option lists of pages (people, departments)
 * (db/stmt.h). */
#ifndef LIAISON_VIEW_SQL_H
#define LIAISON_VIEW_SQL_H

#include "db/stmt.h"

#define DEPT_LIST_COLS(C, R) C(R, id, INT) C(R, name, STR) C(R, name_en, STR) C(R, head_id, INT) \
	C(R, head_name, STR) C(R, parent_id, INT) C(R, parent_name, STR) C(R, members, INT)
DB_READS(ST_DEPT_LIST, dept_list, DEPT_LIST_COLS);
/* the counters of the workers' copies (view/gencopy.h) */
#define CACHE_GENS_COLS(C, R) C(R, roster, INT) C(R, kinds, INT)
DB_READS(ST_CACHE_GENS, cache_gens, CACHE_GENS_COLS);
#define USER_OPTIONS_COLS(C, R) C(R, id, INT) C(R, name, STR) C(R, login, STR)
DB_READS(ST_USER_OPTIONS, user_options, USER_OPTIONS_COLS);
/* the names lists show (view/names.c) */
#define USER_NAME_COLS(C, R) C(R, id, INT) C(R, name, STR)
DB_READS(ST_USER_NAMES, user_name, USER_NAME_COLS);
#define KIND_NAME_COLS(C, R) C(R, type, STR) C(R, code, STR) C(R, zh, STR) C(R, en, STR)
DB_READS(ST_KIND_NAMES, kind_name, KIND_NAME_COLS);

#endif
