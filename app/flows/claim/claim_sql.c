/* claim_sql.c - the SQL of the claim 报销 and its difference.  Days cross
 * the boundary as days since 1970-01-01. */
#include "flows/claim/claim_sql.h"

#include <stddef.h>

#define CL_DAY "DATE_ADD('1970-01-01', INTERVAL ? DAY)"

/* EX-03: the pre-approval's row locked, so two claims against it are
 * judged one after the other. */
#define CL_TARGET_SQL \
	"SELECT e.user_id, r.state, r.number, e.category, e.amount_fen, COALESCE(e.budget_id, 0)," \
	" COALESCE(e.claim_id, 0), DATEDIFF(e.planned_day, '1970-01-01')" \
	" FROM expense_requests e JOIN requests r ON r.id = e.request_id WHERE e.request_id = ? AND r.type = 'expense'"
DB_DEFINE_READS(ST_CL_TARGET, 0, cl_target, CL_TARGET_COLS, CL_TARGET_SQL " FOR UPDATE");
DB_DEFINE_READS(ST_CL_TARGET_VIEW, 0, cl_target, CL_TARGET_COLS, CL_TARGET_SQL);
/* A resubmission keeps the difference already filed. */
DB_DEFINE(ST_CL_SAVE, 1,
	"INSERT INTO claim_requests (request_id, user_id, expense_id, approved_fen, actual_fen, note)"
	" VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE expense_id = VALUES(expense_id),"
	" approved_fen = VALUES(approved_fen), actual_fen = VALUES(actual_fen), note = VALUES(note)");
DB_DEFINE_READS(ST_CL_GET, 0, cl_get, CL_GET_COLS,
	"SELECT c.user_id, c.expense_id, COALESCE(er.number, ''), COALESCE(e.category, ''), c.approved_fen,"
	" c.actual_fen, c.note, COALESCE(c.diff_id, 0), COALESCE(dr.number, ''), c.diff_state, l.paid_fen,"
	" COALESCE(DATEDIFF(l.paid_day, '1970-01-01'), 0), COALESCE(l.method, ''), COALESCE(l.voucher, ''),"
	" COALESCE(DATEDIFF(e.planned_day, '1970-01-01'), 0)"
	" FROM claim_requests c LEFT JOIN requests er ON er.id = c.expense_id"
	" LEFT JOIN expense_requests e ON e.request_id = c.expense_id LEFT JOIN requests dr ON dr.id = c.diff_id"
	" LEFT JOIN expense_ledger l ON l.claim_id = c.request_id WHERE c.request_id = ?");
DB_DEFINE_READS(ST_CL_DEPT, 0, cl_dept, CL_DEPT_COLS, "SELECT dept_id FROM users WHERE id = ?");
DB_DEFINE(ST_CL_SET_DIFF, 1, "UPDATE claim_requests SET diff_id = ?, diff_state = ? WHERE request_id = ?");
DB_DEFINE(ST_CL_DIFF_STATE, 1, "UPDATE claim_requests SET diff_state = ? WHERE diff_id = ?");
DB_DEFINE(ST_CL_BOOK, 1,
	"INSERT INTO expense_ledger (user_id, dept_id, claim_id, expense_id, paid_fen, paid_day, method, voucher,"
	" booked_by, booked_at) SELECT c.user_id, u.dept_id, c.request_id, c.expense_id, ?, " CL_DAY ", ?, ?, ?,"
	" FROM_UNIXTIME(?) FROM claim_requests c JOIN users u ON u.id = c.user_id WHERE c.request_id = ?");
DB_DEFINE(ST_CL_EX_CLAIM, 1, "UPDATE expense_requests SET claim_id = ? WHERE request_id = ?");
DB_DEFINE(ST_CL_EX_SPENT, 1, "UPDATE expense_requests SET hold = 'spent', hold_fen = ? WHERE request_id = ?");
DB_DEFINE(ST_CL_EX_EXPIRY, 1, "UPDATE requests SET expires_at = FROM_UNIXTIME(?) WHERE id = ? AND type = 'expense'");
DB_DEFINE(ST_CD_SAVE, 1, "REPLACE INTO claim_diffs (request_id, claim_id, category, amount_fen) VALUES (?, ?, ?, ?)");
DB_DEFINE_READS(ST_CD_GET, 0, cd_get, CD_GET_COLS,
	"SELECT d.claim_id, COALESCE(r.number, ''), d.category, d.amount_fen, COALESCE(c.approved_fen, 0),"
	" COALESCE(c.actual_fen, 0) FROM claim_diffs d LEFT JOIN requests r ON r.id = d.claim_id"
	" LEFT JOIN claim_requests c ON c.request_id = d.claim_id WHERE d.request_id = ?");
