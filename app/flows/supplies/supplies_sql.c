/* supplies_sql.c - the SQL of the supplies request type.
 * Times cross the boundary as UTC epoch seconds (FROM_UNIXTIME /
 * UNIX_TIMESTAMP; the connection runs at +00:00). */
#include "flows/supplies/supplies_sql.h"

#include <stddef.h>

/* The request and its rows (OS-01).  items / quantity are the old single
 * box's columns: new requests leave items empty and keep the total. */
DB_DEFINE(ST_SUPPLIES_SAVE, 1,
	"INSERT INTO supplies_requests (request_id, kind, items, quantity, purpose, handed_out) VALUES (?, ?, '', ?, ?, '')"
	" ON DUPLICATE KEY UPDATE kind = VALUES(kind), items = '', quantity = VALUES(quantity), purpose = VALUES(purpose)");
DB_DEFINE(ST_SUP_ITEMS_CLEAR, 1, "DELETE FROM supplies_items WHERE request_id = ?");
DB_DEFINE(ST_SUP_ITEM_ADD, 1,
	"INSERT INTO supplies_items (request_id, line_no, name, spec, quantity, unit) VALUES (?, ?, ?, ?, ?, ?)");
DB_DEFINE_READS(ST_SUPPLIES_GET, 0, supplies_get, SUPPLIES_GET_COLS,
	"SELECT s.kind, s.items, s.quantity, s.purpose, s.handed_out, UNIX_TIMESTAMP(s.handed_at), s.report_id, p.state,"
	" UNIX_TIMESTAMP(p.sent_at) FROM supplies_requests s LEFT JOIN supplies_reports p ON p.id = s.report_id"
	" WHERE s.request_id = ?");
/* The request page's values: the request with its report, and its rows
 * (one result row each; a request of the old single-line shape has none).
 * Unordered: ordering by the row number costs MariaDB a temporary table of
 * these wide rows, so the page sorts them. */
DB_DEFINE_READS(ST_SUP_PAGE, 0, sup_page, SUP_PAGE_COLS,
	"SELECT s.items, s.quantity, s.purpose, s.handed_out, UNIX_TIMESTAMP(s.handed_at), s.report_id,"
	" UNIX_TIMESTAMP(p.sent_at), i.line_no, COALESCE(i.name, ''), COALESCE(i.spec, ''), COALESCE(i.quantity, 0),"
	" COALESCE(i.unit, ''), i.handed_qty, COALESCE(i.asset_tags, '') FROM supplies_requests s"
	" LEFT JOIN supplies_reports p ON p.id = s.report_id LEFT JOIN supplies_items i ON i.request_id = s.request_id"
	" WHERE s.request_id = ?");
DB_DEFINE_READS(ST_SUP_ITEMS, 0, sup_item, SUP_ITEM_COLS,
	"SELECT line_no, name, spec, quantity, unit, handed_qty, asset_tags FROM supplies_items WHERE request_id = ?"
	" ORDER BY line_no");

/* The hand-out of each row, and asset tags (a tag is given once). */
DB_DEFINE(ST_SUP_ITEM_HAND, 1,
	"UPDATE supplies_items SET handed_qty = ?, asset_tags = ? WHERE request_id = ? AND line_no = ?");
DB_DEFINE(ST_SUP_HANDED, 1,
	"UPDATE supplies_requests SET handed_out = ?, handed_at = FROM_UNIXTIME(?), handed_by = ? WHERE request_id = ?");
DB_DEFINE_READS(ST_SUP_TAG_TAKEN, 0, sup_tag, SUP_TAG_COLS, "SELECT request_id FROM supplies_assets WHERE tag = ?");
DB_DEFINE(ST_SUP_TAG_ADD, 1,
	"INSERT INTO supplies_assets (tag, request_id, line_no, holder_id, handed_at)"
	" VALUES (?, ?, ?, ?, FROM_UNIXTIME(?))");

/* A request's report, locked: a cancellation waits for a report being
 * sent, and a sent report's requests stay. */
DB_DEFINE_READS(ST_SUP_REQ_REPORT_LOCK, 0, sup_req_report, SUP_REQ_REPORT_COLS,
	"SELECT p.id, p.state FROM supplies_requests s JOIN supplies_reports p ON p.id = s.report_id"
	" WHERE s.request_id = ? FOR UPDATE");
DB_DEFINE(ST_SUP_UNREPORT, 1, "UPDATE supplies_requests SET report_id = NULL WHERE request_id = ?");

/* Approved requests whose hand-out waits on the user and that no report
 * holds yet. */
DB_DEFINE_READS(ST_SUP_WAITING, 0, sup_waiting, SUP_WAITING_COLS,
	"SELECT r.id, r.number, r.version, r.title, u.display_name, d.name, s.kind, s.purpose, UNIX_TIMESTAMP(r.updated_at)"
	" FROM requests r JOIN supplies_requests s ON s.request_id = r.id JOIN users u ON u.id = r.requester_id"
	" JOIN departments d ON d.id = r.dept_id WHERE r.type = 'supplies' AND r.state = 'approved'"
	" AND s.report_id IS NULL AND EXISTS (SELECT 1 FROM step_assignees a WHERE a.request_id = r.id"
	" AND a.user_id = ? AND a.state = 'pending') ORDER BY r.id LIMIT 500");
/* A pick, locked with the request (as the engine locks it) and the user's
 * pending place on it, all read as they are now. */
DB_DEFINE_READS(ST_SUP_PICK_LOCK, 0, sup_pick, SUP_PICK_COLS,
	"SELECT r.version, r.state, COALESCE(s.report_id, 0), a.id IS NOT NULL FROM requests r"
	" JOIN supplies_requests s ON s.request_id = r.id LEFT JOIN step_assignees a ON a.request_id = r.id"
	" AND a.user_id = ? AND a.state = 'pending' WHERE r.id = ? AND r.type = 'supplies' ORDER BY a.id LIMIT 1"
	" FOR UPDATE");
DB_DEFINE(ST_SUP_REPORT_NEW, 1,
	"INSERT INTO supplies_reports (state, created_by, created_at) VALUES ('draft', ?, FROM_UNIXTIME(?))");
DB_DEFINE(ST_SUP_SET_REPORT, 1,
	"UPDATE supplies_requests SET report_id = ? WHERE request_id = ? AND report_id IS NULL");

/* Reports.  A user may see one they made, or one holding a request on
 * whose route they have a place (the assistants of role:assistant). */
#define SUP_MAY \
	" (p.created_by = ? OR EXISTS (SELECT 1 FROM supplies_requests s2 JOIN step_assignees a"   \
	"  ON a.request_id = s2.request_id WHERE s2.report_id = p.id AND a.user_id = ?))"
#define SUP_REPORT_SELECT \
	"SELECT p.id, p.state, u.display_name, UNIX_TIMESTAMP(p.created_at), su.display_name," \
	" UNIX_TIMESTAMP(p.sent_at), p.sent_to," \
	" (SELECT COUNT(*) FROM supplies_requests s WHERE s.report_id = p.id)," \
	" (SELECT COUNT(*) FROM supplies_requests s WHERE s.report_id = p.id AND s.handed_at IS NOT NULL)," SUP_MAY \
	" FROM supplies_reports p JOIN users u ON u.id = p.created_by LEFT JOIN users su ON su.id = p.sent_by"
DB_DEFINE_READS(ST_SUP_REPORT_GET, 0, sup_report, SUP_REPORT_COLS, SUP_REPORT_SELECT " WHERE p.id = ?");
DB_DEFINE_READS(ST_SUP_REPORTS, 0, sup_report, SUP_REPORT_COLS,
	SUP_REPORT_SELECT " WHERE" SUP_MAY " ORDER BY p.id DESC LIMIT 100");
DB_DEFINE_READS(ST_SUP_REPORT_LOCK, 0, sup_report_lock, SUP_REPORT_LOCK_COLS,
	"SELECT p.state," SUP_MAY " FROM supplies_reports p WHERE p.id = ? FOR UPDATE");
DB_DEFINE_READS(ST_SUP_REPORT_REQS, 0, sup_report_req, SUP_REPORT_REQ_COLS,
	"SELECT request_id FROM supplies_requests WHERE report_id = ? ORDER BY request_id FOR UPDATE");
DB_DEFINE(ST_SUP_REPORT_SENT, 1,
	"UPDATE supplies_reports SET state = 'sent', sent_by = ?, sent_at = FROM_UNIXTIME(?), sent_to = ?"
	" WHERE id = ? AND state = 'draft'");
DB_DEFINE(ST_SUP_REPORT_FREE, 1, "UPDATE supplies_requests SET report_id = NULL WHERE report_id = ?");
DB_DEFINE(ST_SUP_REPORT_DEL, 1, "DELETE FROM supplies_reports WHERE id = ? AND state = 'draft'");
DB_DEFINE_READS(ST_SUP_REPORT_LINES, 0, sup_line_row, SUP_LINE_COLS,
	"SELECT r.id, r.number, r.state, u.display_name, d.name, s.kind, s.purpose, i.line_no, i.name, i.spec,"
	" i.quantity, i.unit, i.handed_qty, i.asset_tags, s.handed_out FROM supplies_requests s"
	" JOIN requests r ON r.id = s.request_id JOIN users u ON u.id = r.requester_id"
	" JOIN departments d ON d.id = r.dept_id JOIN supplies_items i ON i.request_id = s.request_id"
	" WHERE s.report_id = ? ORDER BY r.id, i.line_no LIMIT 5000");
/* Per item: the same kind, name, specification and unit are one item. */
DB_DEFINE_READS(ST_SUP_REPORT_TOTALS, 0, sup_total, SUP_TOTAL_COLS,
	"SELECT s.kind, MIN(i.name), MIN(i.spec), MIN(i.unit), SUM(i.quantity), COUNT(DISTINCT s.request_id),"
	" SUM(COALESCE(i.handed_qty, 0)) FROM supplies_requests s JOIN supplies_items i ON i.request_id = s.request_id"
	" WHERE s.report_id = ? GROUP BY s.kind, i.name, i.spec, i.unit ORDER BY s.kind DESC, MIN(i.name), MIN(i.spec)"
	" LIMIT 5000");
