/* view_sql.c - the SQL of the option lists of pages (people, departments).
 * Times cross the boundary as UTC epoch seconds (FROM_UNIXTIME /
 * UNIX_TIMESTAMP; the connection runs at +00:00). */
#include "view/view_sql.h"

#include <stddef.h>

DB_DEFINE_READS(ST_DEPT_LIST, 0, dept_list, DEPT_LIST_COLS,
	"SELECT d.id, d.name, d.name_en, d.head_id, h.display_name, d.parent_id, p.name,"
	" (SELECT COUNT(*) FROM users x WHERE x.dept_id = d.id AND x.active = 1)"
	" FROM departments d LEFT JOIN users h ON h.id = d.head_id LEFT JOIN departments p ON p.id = d.parent_id"
	" ORDER BY d.id");
DB_DEFINE_READS(ST_CACHE_GENS, 0, cache_gens, CACHE_GENS_COLS, "SELECT roster, kinds FROM cache_gen WHERE id = 1");
DB_DEFINE_READS(ST_USER_OPTIONS, 0, user_options, USER_OPTIONS_COLS,
	"SELECT id, display_name, login FROM users WHERE active = 1 ORDER BY dept_id, id");
/* every user, the inactive too: an old request still names its requester */
DB_DEFINE_READS(ST_USER_NAMES, 0, user_name, USER_NAME_COLS, "SELECT id, display_name FROM users ORDER BY id");
DB_DEFINE_READS(ST_KIND_NAMES, 0, kind_name, KIND_NAME_COLS,
	"SELECT type, code, name_zh, name_en FROM request_kinds");
