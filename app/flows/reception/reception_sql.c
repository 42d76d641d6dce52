/* reception_sql.c - the SQL of the reception type.  Times cross the
 * boundary as UTC epoch seconds (the connection runs at +00:00). */
#include "flows/reception/reception_sql.h"

#include <stddef.h>

/* Epoch seconds to DATETIME and back by arithmetic, not FROM_UNIXTIME /
 * UNIX_TIMESTAMP: those stop at 2038-01-19 in MariaDB 10.11 (a booking
 * years ahead failed with "Truncated incorrect unixtime value"). */
#define AT "(DATE '1970-01-01' + INTERVAL ? SECOND)"
#define EPOCH(col) "TIMESTAMPDIFF(SECOND, '1970-01-01', " #col ")"

/* The form's columns only: what the task steps recorded stays. */
DB_DEFINE(ST_RC_SAVE, 1,
	"INSERT INTO reception_requests (request_id, class, guest_org, guest_names, guest_count, foreign_guests,"
	" leader_title, responsible, arrive_at, depart_at, purpose, room_id, car_id, meals, meal_std_fen, visit_route,"
	" gifts_plan, est_fen, tell) VALUES (?, ?, ?, ?, ?, ?, ?, ?, " AT ", " AT ", ?, ?, ?, ?, ?,"
	" ?, ?, ?, ?) ON DUPLICATE KEY UPDATE class = VALUES(class), guest_org = VALUES(guest_org),"
	" guest_names = VALUES(guest_names), guest_count = VALUES(guest_count), foreign_guests = VALUES(foreign_guests),"
	" leader_title = VALUES(leader_title), responsible = VALUES(responsible), arrive_at = VALUES(arrive_at),"
	" depart_at = VALUES(depart_at), purpose = VALUES(purpose), room_id = VALUES(room_id), car_id = VALUES(car_id),"
	" meals = VALUES(meals), meal_std_fen = VALUES(meal_std_fen), visit_route = VALUES(visit_route),"
	" gifts_plan = VALUES(gifts_plan), est_fen = VALUES(est_fen), tell = VALUES(tell)");
DB_DEFINE_READS(ST_RC_GET, 0, rc_get, RC_GET_COLS,
	"SELECT q.class, q.guest_org, q.guest_names, q.guest_count, q.foreign_guests, q.leader_title, q.responsible,"
	" COALESCE(" EPOCH(q.arrive_at) ", 0), COALESCE(" EPOCH(q.depart_at) ", 0), q.purpose, q.room_id,"
	" q.car_id, q.meals, q.meal_std_fen, q.visit_route, q.gifts_plan, q.est_fen, q.tell,"
	" COALESCE(rm.name, ''), COALESCE(cr.name, ''),"
	" (SELECT MAX(h.firm) FROM reception_holds h WHERE h.request_id = q.request_id)"
	" FROM reception_requests q LEFT JOIN reception_resources rm ON rm.id = q.room_id"
	" LEFT JOIN reception_resources cr ON cr.id = q.car_id WHERE q.request_id = ?");
DB_DEFINE_READS(ST_RC_TASKS, 0, rc_tasks, RC_TASKS_COLS,
	"SELECT DATE_FORMAT(meeting_on, '%Y-%m-%d'), meeting_who, meeting_decisions, chk_cleaning, chk_flowers,"
	" chk_purchases, chk_security, chk_cars, chk_route, actual_fen, receipts, summary, host_fen, host_receipts"
	" FROM reception_requests WHERE request_id = ?");
DB_DEFINE_READS(ST_RC_USER_BY_LOGIN, 0, rc_user, RC_USER_COLS,
	"SELECT id FROM users WHERE login = ? AND active = 1");

DB_DEFINE(ST_RC_COORDINATE, 1,
	"UPDATE reception_requests SET meeting_on = ?, meeting_who = ?, meeting_decisions = ?, chk_cleaning = ?,"
	" chk_flowers = ?, chk_purchases = ?, chk_security = ?, chk_cars = ?, chk_route = ? WHERE request_id = ?");
DB_DEFINE(ST_RC_SETTLE, 1,
	"UPDATE reception_requests SET actual_fen = ?, receipts = ?, settled_at = " AT " WHERE request_id = ?");
DB_DEFINE(ST_RC_HOST_COSTS, 1,
	"UPDATE reception_requests SET host_fen = ?, host_receipts = ? WHERE request_id = ?");
DB_DEFINE(ST_RC_SUMMARY, 1, "UPDATE reception_requests SET summary = ? WHERE request_id = ?");

/* The resource's row is the lock every booking of it queues on (RC-05). */
DB_DEFINE_READS(ST_RC_RES_LOCK, 1, rc_res_lock, RC_RES_LOCK_COLS,
	"SELECT id, kind, active FROM reception_resources WHERE id = ? FOR UPDATE");
/* A locking read: it sees holds committed while this transaction waited
 * for the resource's row, which a snapshot read would not. */
DB_DEFINE_READS(ST_RC_OVERLAPS, 1, rc_count, RC_COUNT_COLS,
	"SELECT COUNT(*) FROM reception_holds WHERE resource_id = ? AND request_id <> ?"
	" AND from_at < " AT " AND to_at > " AT " LOCK IN SHARE MODE");
/* The form's check before sending: the same question, without locks. */
DB_DEFINE_READS(ST_RC_BUSY, 0, rc_count, RC_COUNT_COLS,
	"SELECT COUNT(*) FROM reception_holds WHERE resource_id = ? AND request_id <> ?"
	" AND from_at < " AT " AND to_at > " AT "");
DB_DEFINE(ST_RC_HOLD_ADD, 1,
	"INSERT INTO reception_holds (request_id, resource_id, from_at, to_at, firm)"
	" VALUES (?, ?, " AT ", " AT ", 0)");
DB_DEFINE(ST_RC_HOLD_FIRM, 1, "UPDATE reception_holds SET firm = 1 WHERE request_id = ?");
DB_DEFINE(ST_RC_HOLD_RELEASE, 1, "DELETE FROM reception_holds WHERE request_id = ?");
DB_DEFINE_READS(ST_RC_RESOURCES, 0, rc_res, RC_RES_COLS,
	"SELECT id, kind, name, seats, driver, active FROM reception_resources ORDER BY kind DESC, name LIMIT 500");
DB_DEFINE(ST_RC_RES_ADD, 1,
	"INSERT INTO reception_resources (kind, name, seats, driver, created_at) VALUES (?, ?, ?, ?, " AT ")");
DB_DEFINE(ST_RC_RES_ACTIVE, 1, "UPDATE reception_resources SET active = ? WHERE id = ?");
DB_DEFINE_READS(ST_RC_SLOTS, 0, rc_slot, RC_SLOT_COLS,
	"SELECT h.resource_id, " EPOCH(h.from_at) ", " EPOCH(h.to_at) ", h.firm, h.request_id, r.number"
	" FROM reception_holds h JOIN requests r ON r.id = h.request_id"
	" WHERE h.from_at < " AT " AND h.to_at > " AT " ORDER BY h.resource_id, h.from_at LIMIT 2000");

DB_DEFINE_READS(ST_RC_EXECS, 0, rc_name, RC_NAME_COLS,
	"SELECT display_name FROM users WHERE active = 1 AND (roles & 32) <> 0 ORDER BY id LIMIT 20");
DB_DEFINE_READS(ST_RC_HEAD_OF, 0, rc_name, RC_NAME_COLS,
	"SELECT u.display_name FROM users me JOIN departments d ON d.id = me.dept_id JOIN users u ON u.id = d.head_id"
	" WHERE me.id = ? AND u.active = 1");

DB_DEFINE(ST_RC_GIFT_ADD, 1,
	"INSERT INTO reception_gifts (request_id, direction, what, party, value_fen, handling, by_user, created_at)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, " AT ")");
DB_DEFINE_READS(ST_RC_GIFTS, 0, rc_gift, RC_GIFT_COLS,
	"SELECT g.id, g.request_id, r.number, g.direction, g.what, g.party, g.value_fen, g.handling, u.display_name,"
	" " EPOCH(g.created_at) " FROM reception_gifts g JOIN requests r ON r.id = g.request_id"
	" JOIN users u ON u.id = g.by_user WHERE (? = 0 OR g.request_id = ?)"
	" AND (? = '' OR g.what LIKE CONCAT('%', ?, '%') OR g.party LIKE CONCAT('%', ?, '%'))"
	" ORDER BY g.created_at DESC, g.id DESC LIMIT 1000");

DB_DEFINE_READS(ST_RC_MONTHS, 0, rc_month, RC_MONTH_COLS,
	"SELECT DATE_FORMAT(CONVERT_TZ(q.arrive_at, '+00:00', '+08:00'), '%Y-%m'), q.class, COUNT(*), SUM(q.est_fen),"
	" COALESCE(SUM(q.actual_fen), 0) FROM reception_requests q JOIN requests r ON r.id = q.request_id"
	" WHERE r.state NOT IN ('draft', 'rejected', 'withdrawn', 'cancelled', 'returned')"
	" GROUP BY 1, 2 ORDER BY 1 DESC, 2 LIMIT 600");
