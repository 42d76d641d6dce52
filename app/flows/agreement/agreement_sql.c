/* agreement_sql.c - the SQL of sponsorship.  Days cross the boundary as
 * 'YYYY-MM-DD' text out and day numbers in; times as UTC epoch seconds. */
#include "flows/agreement/agreement_sql.h"

#include <stddef.h>

#define DAY_IN "DATE_ADD('1970-01-01', INTERVAL ? DAY)"

/* merchants */
DB_DEFINE_READS(ST_MERCHANT_LIST, 0, merchant, MERCHANT_COLS,
	"SELECT id, name, contacts, address, notes FROM merchants ORDER BY name LIMIT 1000");
DB_DEFINE_READS(ST_MERCHANT_GET, 0, merchant, MERCHANT_COLS,
	"SELECT id, name, contacts, address, notes FROM merchants WHERE id = ?");
DB_DEFINE(ST_MERCHANT_ADD, 1,
	"INSERT INTO merchants (name, contacts, address, notes, created_by, created_at)"
	" VALUES (?, ?, ?, ?, ?, FROM_UNIXTIME(?))");
/* Every agreement with the merchant and every disbursement from one. */
DB_DEFINE_READS(ST_MERCHANT_REQUESTS, 0, merchant_agr, MERCHANT_AGR_COLS,
	"SELECT r.id, r.number, r.type, r.state, r.title, UNIX_TIMESTAMP(r.created_at) FROM requests r"
	" LEFT JOIN agreement_requests a ON a.request_id = r.id"
	" LEFT JOIN disbursement_requests d ON d.request_id = r.id"
	" LEFT JOIN agreement_requests da ON da.request_id = d.agreement_id"
	" LEFT JOIN visit_requests v ON v.request_id = r.id"
	" WHERE (a.merchant_id = ? OR da.merchant_id = ? OR v.merchant_id = ?) AND r.state <> 'draft'"
	" ORDER BY r.id DESC LIMIT 500");
/* What came in under the merchant's agreements. */
DB_DEFINE_READS(ST_MERCHANT_RECEIPTS, 0, merchant_receipt, MERCHANT_RECEIPT_COLS,
	"SELECT l.agreement_id, r.number, l.kind, l.amount_fen, l.qty, DATE_FORMAT(l.on_day, '%Y-%m-%d'), l.received_by"
	" FROM sponsor_ledger l JOIN agreement_requests a ON a.request_id = l.agreement_id"
	" JOIN requests r ON r.id = l.agreement_id WHERE a.merchant_id = ? AND l.direction = 'in'"
	" ORDER BY l.on_day DESC, l.id DESC LIMIT 500");

/* agreements */
DB_DEFINE(ST_AGR_SAVE, 1,
	"REPLACE INTO agreement_requests (request_id, merchant_id, money_fen, goods, goods_qty, goods_fen,"
	" gives_back, starts_on, ends_on, body) VALUES (?, ?, ?, ?, ?, ?, ?, " DAY_IN ", " DAY_IN ", ?)");
DB_DEFINE_READS(ST_AGR_GET, 0, agr_get, AGR_GET_COLS,
	"SELECT a.merchant_id, m.name, a.money_fen, a.goods, a.goods_qty, a.goods_fen, a.gives_back,"
	" DATE_FORMAT(a.starts_on, '%Y-%m-%d'), DATE_FORMAT(a.ends_on, '%Y-%m-%d'), a.body"
	" FROM agreement_requests a LEFT JOIN merchants m ON m.id = a.merchant_id WHERE a.request_id = ?");
DB_DEFINE_READS(ST_AGR_LOCK, 0, agr_lock, AGR_LOCK_COLS,
	"SELECT r.state, r.requester_id FROM agreement_requests a JOIN requests r ON r.id = a.request_id"
	" WHERE a.request_id = ? AND r.type = 'agreement' FOR UPDATE");
DB_DEFINE_READS(ST_AGR_HEAD_OF, 0, agr_head, AGR_HEAD_COLS,
	"SELECT d.head_id FROM users u JOIN departments d ON d.id = u.dept_id WHERE u.id = ?");
DB_DEFINE_READS(ST_AGR_SIGNED, 0, agr_signed, AGR_SIGNED_COLS,
	"SELECT r.id, r.number, m.name FROM requests r JOIN agreement_requests a ON a.request_id = r.id"
	" JOIN merchants m ON m.id = a.merchant_id WHERE r.type = 'agreement' AND r.state IN ('signed', 'cancelling', 'cancelled')"
	" ORDER BY r.id DESC LIMIT 500");

/* the ledger: what is left of a kind is what came in less what went out
 * (paid or only approved: both are spoken for). */
DB_DEFINE_READS(ST_LEDGER_BALANCE, 0, ledger_bal, LEDGER_BAL_COLS,
	"SELECT COALESCE(SUM(IF(direction = 'in', amount_fen, 0)), 0),"
	" COALESCE(SUM(IF(direction = 'out', amount_fen, 0)), 0)"
	" FROM sponsor_ledger WHERE agreement_id = ? AND kind = ?");
/* The same, read as committed now, not as the transaction's snapshot: the
 * caller holds the agreement's row lock, so what it reads stays true. */
DB_DEFINE_READS(ST_LEDGER_BALANCE_NOW, 0, ledger_bal, LEDGER_BAL_COLS,
	"SELECT COALESCE(SUM(IF(direction = 'in', amount_fen, 0)), 0),"
	" COALESCE(SUM(IF(direction = 'out', amount_fen, 0)), 0)"
	" FROM sponsor_ledger WHERE agreement_id = ? AND kind = ? LOCK IN SHARE MODE");
DB_DEFINE(ST_LEDGER_IN, 1,
	"INSERT INTO sponsor_ledger (agreement_id, direction, kind, amount_fen, qty, on_day, received_by, note,"
	" recorded_by, recorded_at) VALUES (?, 'in', ?, ?, ?, " DAY_IN ", ?, ?, ?, FROM_UNIXTIME(?))");
DB_DEFINE_READS(ST_LEDGER_LAST_PROOF, 0, ledger_proof, LEDGER_PROOF_COLS,
	"SELECT MAX(id) FROM attachments WHERE request_id = ? AND label = 'proof'");
DB_DEFINE(ST_LEDGER_SET_PROOF, 1, "UPDATE sponsor_ledger SET proof_id = ? WHERE id = ?");
DB_DEFINE(ST_LEDGER_OUT, 1,
	"INSERT INTO sponsor_ledger (agreement_id, direction, kind, amount_fen, qty, on_day, note,"
	" disbursement_id, recorded_by, recorded_at) VALUES (?, 'out', ?, ?, ?, DATE(CONVERT_TZ(FROM_UNIXTIME(?),"
	" '+00:00', '+08:00')), ?, ?, ?, FROM_UNIXTIME(?))");
DB_DEFINE(ST_LEDGER_PAID, 1,
	"UPDATE sponsor_ledger SET paid_at = FROM_UNIXTIME(?) WHERE disbursement_id = ? AND paid_at IS NULL");
DB_DEFINE_READS(ST_LEDGER_ROWS, 0, ledger_row, LEDGER_ROW_COLS,
	"SELECT l.id, l.direction, l.kind, l.amount_fen, l.qty, DATE_FORMAT(l.on_day, '%Y-%m-%d'), l.received_by,"
	" l.note, r.number, l.disbursement_id, UNIX_TIMESTAMP(l.paid_at), u.display_name, l.proof_id FROM sponsor_ledger l"
	" JOIN users u ON u.id = l.recorded_by LEFT JOIN requests r ON r.id = l.disbursement_id"
	" WHERE l.agreement_id = ? ORDER BY l.on_day, l.id LIMIT 2000");
/* Per agreement: received and used of each kind on the period's days. */
DB_DEFINE_READS(ST_LEDGER_REPORT, 0, ledger_sum, LEDGER_SUM_COLS,
	"SELECT r.id, r.number, m.name, r.state,"
	" COALESCE(SUM(IF(l.direction = 'in' AND l.kind = 'money', l.amount_fen, 0)), 0),"
	" COALESCE(SUM(IF(l.direction = 'in' AND l.kind = 'goods', l.amount_fen, 0)), 0),"
	" COALESCE(SUM(IF(l.direction = 'out' AND l.kind = 'money', l.amount_fen, 0)), 0),"
	" COALESCE(SUM(IF(l.direction = 'out' AND l.kind = 'goods', l.amount_fen, 0)), 0)"
	" FROM requests r JOIN agreement_requests a ON a.request_id = r.id JOIN merchants m ON m.id = a.merchant_id"
	" LEFT JOIN sponsor_ledger l ON l.agreement_id = r.id AND l.on_day >= " DAY_IN " AND l.on_day <= " DAY_IN
	" WHERE r.type = 'agreement' AND r.state IN ('signed', 'cancelled', 'cancelling')"
	" GROUP BY r.id, r.number, m.name, r.state ORDER BY r.id LIMIT 2000");
