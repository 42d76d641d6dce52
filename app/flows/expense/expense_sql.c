/* expense_sql.c - the SQL of the expense pre-approval, its categories,
 * budgets and the personal ledger.  Days cross the boundary as days since
 * 1970-01-01. */
#include "flows/expense/expense_sql.h"

#include <stddef.h>

#define EX_DAY "DATE_ADD('1970-01-01', INTERVAL ? DAY)"
#define DAYS(col) "DATEDIFF(" col ", '1970-01-01')"

/* categories */
DB_DEFINE_READS(ST_EX_CATS, 0, ex_cat, EX_CAT_COLS,
	"SELECT code, name, name_en, form, active FROM expense_categories ORDER BY sort, code");
DB_DEFINE_READS(ST_EX_CAT, 0, ex_cat, EX_CAT_COLS,
	"SELECT code, name, name_en, form, active FROM expense_categories WHERE code = ?");
DB_DEFINE(ST_EX_CAT_ADD, 1,
	"INSERT INTO expense_categories (code, name, name_en, form, active, sort)"
	" SELECT ?, ?, ?, ?, 1, COALESCE(MAX(sort), 0) + 1 FROM expense_categories");
DB_DEFINE(ST_EX_CAT_ACTIVE, 1, "UPDATE expense_categories SET active = ? WHERE code = ?");

/* pre-approvals */
DB_DEFINE(ST_EX_SAVE, 1,
	"REPLACE INTO expense_requests (request_id, user_id, dept_id, category, form, client, guests, our_people,"
	" place, destination, depart_day, transport, companions, purpose, planned_day, amount_fen)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, IF(? > 0, " EX_DAY ", NULL), ?, ?, ?, IF(? > 0, " EX_DAY ", NULL), ?)");
#define EX_GET_SQL \
	"SELECT user_id, dept_id, category, form, client, guests, our_people, place, destination," \
	" " DAYS("depart_day") ", transport, companions, purpose, " DAYS("planned_day") ", amount_fen," \
	" budget_id, hold, hold_fen, claim_id, over_budget FROM expense_requests WHERE request_id = ?"
DB_DEFINE_READS(ST_EX_GET, 0, ex_get, EX_GET_COLS, EX_GET_SQL);
DB_DEFINE(ST_EX_HOLD, 1, "UPDATE expense_requests SET budget_id = ?, hold = ?, hold_fen = ? WHERE request_id = ?");
DB_DEFINE(ST_EX_OVER, 1, "UPDATE expense_requests SET over_budget = ? WHERE request_id = ?");
DB_DEFINE_READS(ST_EX_USER, 0, ex_user, EX_USER_COLS, "SELECT dept_id, display_name FROM users WHERE id = ?");

/* budgets */
#define EX_BUDGET_SQL \
	"SELECT id, amount_fen, period, " DAYS("first_day") ", " DAYS("last_day") " FROM expense_budgets" \
	" WHERE dept_id = ? AND category = ? AND first_day <= " EX_DAY " AND last_day >= " EX_DAY \
	" ORDER BY DATEDIFF(last_day, first_day), id LIMIT 1"
DB_DEFINE_READS(ST_EX_BUDGET_FIND, 0, ex_budget, EX_BUDGET_COLS, EX_BUDGET_SQL);
/* EX-02: every hold on a budget is taken under this lock. */
DB_DEFINE_READS(ST_EX_BUDGET_LOCK, 0, ex_budget, EX_BUDGET_COLS, EX_BUDGET_SQL " FOR UPDATE");
DB_DEFINE_READS(ST_EX_BUDGET_LOCK_ID, 0, ex_budget, EX_BUDGET_COLS,
	"SELECT id, amount_fen, period, " DAYS("first_day") ", " DAYS("last_day") " FROM expense_budgets"
	" WHERE id = ? FOR UPDATE");
#define EX_USED_OF(b) \
	"COALESCE(SUM(CASE WHEN e.hold = 'tentative' THEN e.hold_fen END), 0)," \
	" COALESCE(SUM(CASE WHEN e.hold = 'firm' THEN e.hold_fen END), 0)," \
	" COALESCE(SUM(CASE WHEN e.hold = 'spent' THEN e.hold_fen END), 0)"
/* A locking read: it sees what committed before the budget's lock was
 * granted, not the transaction's older snapshot. */
DB_DEFINE_READS(ST_EX_BUDGET_USED, 0, ex_used, EX_USED_COLS,
	"SELECT " EX_USED_OF(0) " FROM expense_requests e WHERE e.budget_id = ? AND e.request_id <> ?"
	" AND e.hold IN ('tentative', 'firm', 'spent') LOCK IN SHARE MODE");
#define EX_BUDGET_ROWS \
	"SELECT b.id, b.dept_id, d.name, b.category, c.name, c.name_en, b.period, " DAYS("b.first_day") "," \
	" " DAYS("b.last_day") ", b.amount_fen, " EX_USED_OF(0) \
	" FROM expense_budgets b JOIN departments d ON d.id = b.dept_id" \
	" JOIN expense_categories c ON c.code = b.category" \
	" LEFT JOIN expense_requests e ON e.budget_id = b.id AND e.hold IN ('tentative', 'firm', 'spent')" \
	" WHERE (? = 0 OR b.dept_id = ?)"
#define EX_BUDGET_GROUP \
	" GROUP BY b.id, b.dept_id, d.name, b.category, c.name, c.name_en, b.period, b.first_day, b.last_day," \
	" b.amount_fen"
DB_DEFINE_READS(ST_EX_BUDGETS, 0, ex_budget_row, EX_BUDGET_ROW_COLS,
	EX_BUDGET_ROWS EX_BUDGET_GROUP " ORDER BY b.first_day DESC, d.name, c.sort, b.period LIMIT 500");
/* spend against budget: a year's budgets by department, category, period */
DB_DEFINE_READS(ST_EX_REPORT, 0, ex_budget_row, EX_BUDGET_ROW_COLS,
	EX_BUDGET_ROWS " AND YEAR(b.first_day) = ?" EX_BUDGET_GROUP " ORDER BY d.name, c.sort, b.first_day, b.period"
	" LIMIT 500");
DB_DEFINE(ST_EX_BUDGET_SET, 1,
	"INSERT INTO expense_budgets (dept_id, category, period, first_day, last_day, amount_fen, updated_by, updated_at)"
	" VALUES (?, ?, ?, " EX_DAY ", " EX_DAY ", ?, ?, FROM_UNIXTIME(?)) ON DUPLICATE KEY UPDATE"
	" amount_fen = VALUES(amount_fen), updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)");

/* the personal ledger */
DB_DEFINE_READS(ST_EX_LEDGER, 0, ex_ledger, EX_LEDGER_COLS,
	"SELECT r.id, r.number, r.state, e.category, c.name, c.name_en, " DAYS("e.planned_day") ", e.amount_fen,"
	" e.hold, e.hold_fen, COALESCE(e.claim_id, 0), COALESCE(cr.number, ''), COALESCE(l.paid_fen, 0),"
	" COALESCE(" DAYS("l.paid_day") ", 0), COALESCE(l.voucher, '')"
	" FROM expense_requests e JOIN requests r ON r.id = e.request_id"
	" JOIN expense_categories c ON c.code = e.category"
	" LEFT JOIN requests cr ON cr.id = e.claim_id LEFT JOIN expense_ledger l ON l.expense_id = e.request_id"
	" WHERE e.user_id = ? AND r.state <> 'draft' AND YEAR(e.planned_day) = ?"
	" ORDER BY e.planned_day, r.id LIMIT 1000");
DB_DEFINE_READS(ST_EX_PERSON, 0, ex_person, EX_PERSON_COLS,
	"SELECT id, dept_id, display_name, login FROM users WHERE id = ?");
DB_DEFINE_READS(ST_EX_PEOPLE, 0, ex_person, EX_PERSON_COLS,
	"SELECT id, dept_id, display_name, login FROM users WHERE (? = 0 OR dept_id = ?) ORDER BY dept_id, id LIMIT 500");

/* EX-07 travel check-ins */
#define EX_TRIP_SQL \
	"SELECT r.id, r.number, e.user_id, u.display_name, d.name, e.destination, " DAYS("e.depart_day") "," \
	" " DAYS("e.planned_day") " FROM expense_requests e JOIN requests r ON r.id = e.request_id" \
	" JOIN users u ON u.id = e.user_id JOIN departments d ON d.id = e.dept_id" \
	" WHERE r.state = 'approved' AND e.form = 'travel' AND e.depart_day <= " EX_DAY " AND e.planned_day >= " EX_DAY
DB_DEFINE_READS(ST_EX_TRIP_NOW, 0, ex_trip, EX_TRIP_COLS, EX_TRIP_SQL " AND e.user_id = ? ORDER BY e.depart_day, r.id LIMIT 1");
DB_DEFINE_READS(ST_EX_TRAVELLING, 0, ex_trip, EX_TRIP_COLS,
	EX_TRIP_SQL " AND (? = 0 OR e.dept_id = ?) ORDER BY d.name, e.depart_day, r.id LIMIT 500");
DB_DEFINE_READS(ST_EX_CHECKIN_DAYS, 0, ex_day_count, EX_DAY_COUNT_COLS,
	"SELECT " DAYS("day") ", COUNT(*) FROM expense_checkins WHERE request_id = ? GROUP BY day ORDER BY day");
DB_DEFINE_READS(ST_EX_CHECKINS, 0, ex_checkin, EX_CHECKIN_COLS,
	"SELECT UNIX_TIMESTAMP(at), note, place FROM expense_checkins WHERE request_id = ? ORDER BY at, id LIMIT 60");
DB_DEFINE(ST_EX_CHECKIN_ADD, 1,
	"INSERT INTO expense_checkins (request_id, user_id, day, at, note, place) VALUES (?, ?, " EX_DAY ","
	" FROM_UNIXTIME(?), ?, ?)");
DB_DEFINE_READS(ST_EX_LOCK_ROW, 0, ex_locked, EX_LOCKED_COLS,
	"SELECT request_id FROM expense_requests WHERE request_id = ? FOR UPDATE");

/* demo data */
DB_DEFINE(ST_EX_DEMO_BUDGETS, 1,
	"INSERT IGNORE INTO expense_budgets (dept_id, category, period, first_day, last_day, amount_fen, updated_by,"
	" updated_at) SELECT d.id, c.code, 'year', MAKEDATE(YEAR(FROM_UNIXTIME(?)), 1),"
	" DATE_ADD(MAKEDATE(YEAR(FROM_UNIXTIME(?)) + 1, 1), INTERVAL -1 DAY), ?, u.id, FROM_UNIXTIME(?)"
	" FROM departments d CROSS JOIN expense_categories c JOIN users u ON u.login = 'finance'"
	" WHERE d.name IN ('市场部', '对外联络部')");
DB_DEFINE_READS(ST_EX_DEMO_USER, 0, ex_person, EX_PERSON_COLS,
	"SELECT id, dept_id, display_name, login FROM users WHERE login = ?");
