/* outing_sql.c - the SQL of the outing request type.
 * Times cross the boundary as UTC epoch seconds (FROM_UNIXTIME /
 * UNIX_TIMESTAMP; the connection runs at +00:00). */
#include "flows/outing/outing_sql.h"

#include <stddef.h>

/* outings (LV-11) */
DB_DEFINE(ST_OUT_SAVE, 1,
	"REPLACE INTO outing_requests (request_id, user_id, destination, purpose, from_at, to_at,"
	" companions) VALUES (?, ?, ?, ?, FROM_UNIXTIME(?), FROM_UNIXTIME(?), ?)");
DB_DEFINE_READS(ST_OUT_GET, 0, out_get, OUT_GET_COLS,
	"SELECT user_id, destination, purpose, UNIX_TIMESTAMP(from_at), UNIX_TIMESTAMP(to_at),"
	" companions, UNIX_TIMESTAMP(back_at) FROM outing_requests WHERE request_id = ?");
DB_DEFINE_READS(ST_OUT_NOW, 0, out_now, OUT_NOW_COLS,
	"SELECT r.id, r.number, u.display_name, d.name, o.destination, o.purpose,"
	" UNIX_TIMESTAMP(o.from_at), UNIX_TIMESTAMP(o.to_at), o.companions FROM outing_requests o"
	" JOIN requests r ON r.id = o.request_id JOIN users u ON u.id = o.user_id JOIN departments d ON d.id = r.dept_id"
	" WHERE r.state = 'approved' AND o.back_at IS NULL AND o.from_at <= FROM_UNIXTIME(?)"
	" AND o.to_at > FROM_UNIXTIME(?) ORDER BY o.from_at, r.id LIMIT 500");
DB_DEFINE_READS(ST_OUT_REGISTER, 0, out_register, OUT_REGISTER_COLS,
	"SELECT r.number, u.display_name, d.name, o.destination, o.purpose,"
	" UNIX_TIMESTAMP(o.from_at), UNIX_TIMESTAMP(o.to_at), o.companions, UNIX_TIMESTAMP(o.back_at), r.state,"
	" (SELECT a2.display_name FROM step_assignees sa JOIN users a2 ON a2.id = sa.user_id"
	"  WHERE sa.request_id = r.id AND sa.state = 'approved' ORDER BY sa.id LIMIT 1)"
	" FROM outing_requests o JOIN requests r ON r.id = o.request_id JOIN users u ON u.id = o.user_id"
	" JOIN departments d ON d.id = r.dept_id WHERE o.from_at >= FROM_UNIXTIME(?) AND o.from_at < FROM_UNIXTIME(?)"
	" AND (? = 0 OR r.dept_id = ?) AND r.state IN ('in_approval', 'approved')"
	" ORDER BY o.from_at, r.id LIMIT 2000");
DB_DEFINE(ST_OUT_BACK, 1,
	"UPDATE outing_requests SET back_at = FROM_UNIXTIME(?) WHERE request_id = ? AND back_at IS NULL");
