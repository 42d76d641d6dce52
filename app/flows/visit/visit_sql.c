/* visit_sql.c - the SQL of the visit type.  Days come in as day numbers
 * and go out as 'YYYY-MM-DD'. */
#include "flows/visit/visit_sql.h"

#include <stddef.h>

#define DAY_IN "DATE_ADD('1970-01-01', INTERVAL ? DAY)"
/* Visits that happened or will: approved (report pending) or reported. */
#define COUNTED " r.type = 'visit' AND r.state IN ('approved', 'reported') AND v.visit_on >= " DAY_IN \
	" AND v.visit_on <= " DAY_IN

DB_DEFINE(ST_VISIT_SAVE, 1,
	"INSERT INTO visit_requests (request_id, merchant_id, purpose, visit_on) VALUES (?, ?, ?, " DAY_IN ")"
	" ON DUPLICATE KEY UPDATE merchant_id = VALUES(merchant_id), purpose = VALUES(purpose),"
	" visit_on = VALUES(visit_on)");
DB_DEFINE(ST_VISIT_PEOPLE_CLEAR, 1, "DELETE FROM visit_people WHERE request_id = ?");
DB_DEFINE(ST_VISIT_PERSON_ADD, 1, "INSERT IGNORE INTO visit_people (request_id, user_id) VALUES (?, ?)");
DB_DEFINE_READS(ST_VISIT_GET, 0, visit_get, VISIT_GET_COLS,
	"SELECT v.merchant_id, m.name, v.purpose, DATE_FORMAT(v.visit_on, '%Y-%m-%d'), v.asked, v.discussed,"
	" UNIX_TIMESTAMP(v.reported_at) FROM visit_requests v LEFT JOIN merchants m ON m.id = v.merchant_id"
	" WHERE v.request_id = ?");
DB_DEFINE_READS(ST_VISIT_PEOPLE, 0, visit_person, VISIT_PERSON_COLS,
	"SELECT p.user_id, u.display_name FROM visit_people p JOIN users u ON u.id = p.user_id"
	" WHERE p.request_id = ? ORDER BY u.id");
DB_DEFINE_READS(ST_VISIT_USER, 0, visit_user, VISIT_USER_COLS, "SELECT active FROM users WHERE id = ?");
DB_DEFINE(ST_VISIT_REPORT, 1,
	"UPDATE visit_requests SET asked = ?, discussed = ?, reported_at = FROM_UNIXTIME(?) WHERE request_id = ?");
DB_DEFINE_READS(ST_VISIT_HEAD, 0, visit_head, VISIT_HEAD_COLS,
	"SELECT d.head_id FROM users u JOIN departments d ON d.id = u.dept_id WHERE u.id = ?");
DB_DEFINE_READS(ST_VISIT_BY_MERCHANT, 0, visit_count, VISIT_COUNT_COLS,
	"SELECT m.name, COUNT(*) FROM visit_requests v JOIN requests r ON r.id = v.request_id"
	" JOIN merchants m ON m.id = v.merchant_id WHERE" COUNTED " GROUP BY m.id, m.name ORDER BY 2 DESC, m.name"
	" LIMIT 1000");
DB_DEFINE_READS(ST_VISIT_BY_PERSON, 0, visit_count, VISIT_COUNT_COLS,
	"SELECT u.display_name, COUNT(*) FROM visit_requests v JOIN requests r ON r.id = v.request_id"
	" JOIN visit_people p ON p.request_id = v.request_id JOIN users u ON u.id = p.user_id WHERE" COUNTED
	" GROUP BY u.id, u.display_name ORDER BY 2 DESC, u.display_name LIMIT 1000");
DB_DEFINE_READS(ST_VISIT_BY_MONTH, 0, visit_count, VISIT_COUNT_COLS,
	"SELECT DATE_FORMAT(v.visit_on, '%Y-%m'), COUNT(*) FROM visit_requests v JOIN requests r ON r.id = v.request_id"
	" WHERE" COUNTED " GROUP BY 1 ORDER BY 1 LIMIT 12");
