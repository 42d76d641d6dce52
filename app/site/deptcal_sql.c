/* deptcal_sql.c - the SQL of the department calendar and the home panels.
 * Days cross as day numbers, instants as UTC epoch seconds. */
#include "site/deptcal_sql.h"

#include <stddef.h>

#define DAY_ARG "DATE_ADD('1970-01-01', INTERVAL ? DAY)"

DB_DEFINE_READS(ST_DC_DEPTS, 0, dc_depts, DC_DEPTS_COLS,
	"SELECT id, name, name_en FROM departments ORDER BY id");
DB_DEFINE_READS(ST_DC_PEOPLE, 0, dc_people, DC_PEOPLE_COLS,
	"SELECT id, display_name FROM users WHERE dept_id = ? AND active = 1 ORDER BY id");
DB_DEFINE_READS(ST_DC_LEAVES, 0, dc_leaves, DC_LEAVES_COLS,
	"SELECT l.request_id, r.number, l.user_id, l.slot_start, l.slot_end FROM leave_requests l"
	" JOIN requests r ON r.id = l.request_id JOIN users u ON u.id = l.user_id"
	" WHERE u.dept_id = ? AND r.state = 'approved' AND l.slot_start <= ? AND l.slot_end >= ?"
	" ORDER BY l.user_id, l.slot_start");
DB_DEFINE_READS(ST_DC_MY_LEAVES, 0, dc_leaves, DC_LEAVES_COLS,
	"SELECT l.request_id, r.number, l.user_id, l.slot_start, l.slot_end FROM leave_requests l"
	" JOIN requests r ON r.id = l.request_id WHERE l.user_id = ? AND r.state = 'approved'"
	" AND l.slot_end >= ? ORDER BY l.slot_start LIMIT 500");
DB_DEFINE_READS(ST_DC_OUTINGS, 0, dc_outings, DC_OUTINGS_COLS,
	"SELECT o.request_id, r.number, o.user_id, UNIX_TIMESTAMP(o.from_at), UNIX_TIMESTAMP(o.to_at)"
	" FROM outing_requests o JOIN requests r ON r.id = o.request_id JOIN users u ON u.id = o.user_id"
	" WHERE u.dept_id = ? AND r.state = 'approved' AND o.from_at < FROM_UNIXTIME(?)"
	" AND o.to_at > FROM_UNIXTIME(?) ORDER BY o.user_id, o.from_at");
DB_DEFINE_READS(ST_DC_MY_OUTINGS, 0, dc_outings, DC_OUTINGS_COLS,
	"SELECT o.request_id, r.number, o.user_id, UNIX_TIMESTAMP(o.from_at), UNIX_TIMESTAMP(o.to_at)"
	" FROM outing_requests o JOIN requests r ON r.id = o.request_id WHERE o.user_id = ?"
	" AND r.state = 'approved' AND o.to_at > FROM_UNIXTIME(?) ORDER BY o.from_at LIMIT 500");
DB_DEFINE_READS(ST_DC_CAL_COUNT, 0, dc_cal_count, DC_CAL_COUNT_COLS,
	"SELECT COUNT(*) FROM calendar_days WHERE day >= " DAY_ARG " AND day <= " DAY_ARG);
