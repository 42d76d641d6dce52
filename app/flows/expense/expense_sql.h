/* expense_sql.h - the statements of the expense pre-approval, its
 * categories, budgets and the personal ledger (db/stmt.h). */
#ifndef LIAISON_FLOWS_EXPENSE_SQL_H
#define LIAISON_FLOWS_EXPENSE_SQL_H

#include "db/stmt.h"

/* categories: every one (sort order), or one by its code */
#define EX_CAT_COLS(C, R) C(R, code, STR) C(R, name, STR) C(R, name_en, STR) C(R, form, STR) C(R, active, INT)
DB_ROW(ex_cat, EX_CAT_COLS)
DB_READS_ROW(ST_EX_CATS, ex_cat);
DB_READS_ROW(ST_EX_CAT, ex_cat);
DB_WRITES(ST_EX_CAT_ADD);
DB_WRITES(ST_EX_CAT_ACTIVE);

/* pre-approvals */
DB_WRITES(ST_EX_SAVE);
#define EX_GET_COLS(C, R) C(R, user_id, INT) C(R, dept_id, INT) C(R, category, STR) C(R, form, STR) \
	C(R, client, STR) C(R, guests, INT) C(R, our_people, INT) C(R, place, STR) C(R, destination, STR) \
	C(R, depart_day, INT) C(R, transport, STR) C(R, companions, STR) C(R, purpose, STR) C(R, planned_day, INT) \
	C(R, amount_fen, INT) C(R, budget_id, INT) C(R, hold, STR) C(R, hold_fen, INT) C(R, claim_id, INT) \
	C(R, over_budget, INT)
DB_ROW(ex_get, EX_GET_COLS)
DB_READS_ROW(ST_EX_GET, ex_get);
DB_WRITES(ST_EX_HOLD);
DB_WRITES(ST_EX_OVER);
#define EX_USER_COLS(C, R) C(R, dept_id, INT) C(R, name, STR)
DB_READS(ST_EX_USER, ex_user, EX_USER_COLS);

/* budgets: the one a request falls in (narrowest period first), plain or
 * locked; what the others hold of it */
#define EX_BUDGET_COLS(C, R) C(R, id, INT) C(R, amount_fen, INT) C(R, period, STR) C(R, first_day, INT) \
	C(R, last_day, INT)
DB_ROW(ex_budget, EX_BUDGET_COLS)
DB_READS_ROW(ST_EX_BUDGET_FIND, ex_budget);
DB_READS_ROW(ST_EX_BUDGET_LOCK, ex_budget);
DB_READS_ROW(ST_EX_BUDGET_LOCK_ID, ex_budget);
#define EX_USED_COLS(C, R) C(R, tentative, INT) C(R, firm, INT) C(R, spent, INT)
DB_READS(ST_EX_BUDGET_USED, ex_used, EX_USED_COLS);
#define EX_BUDGET_ROW_COLS(C, R) C(R, id, INT) C(R, dept_id, INT) C(R, dept, STR) C(R, category, STR) \
	C(R, cat_name, STR) C(R, cat_name_en, STR) C(R, period, STR) C(R, first_day, INT) C(R, last_day, INT) \
	C(R, amount_fen, INT) C(R, tentative, INT) C(R, firm, INT) C(R, spent, INT)
DB_ROW(ex_budget_row, EX_BUDGET_ROW_COLS)
DB_READS_ROW(ST_EX_BUDGETS, ex_budget_row);
DB_READS_ROW(ST_EX_REPORT, ex_budget_row);
DB_WRITES(ST_EX_BUDGET_SET);

/* the personal ledger: a person's pre-approvals with their claims and payments */
#define EX_LEDGER_COLS(C, R) C(R, id, INT) C(R, number, STR) C(R, state, STR) C(R, category, STR) \
	C(R, cat_name, STR) C(R, cat_name_en, STR) C(R, planned_day, INT) C(R, amount_fen, INT) C(R, hold, STR) \
	C(R, hold_fen, INT) C(R, claim_id, INT) C(R, claim_number, STR) C(R, paid_fen, INT) C(R, paid_day, INT) \
	C(R, voucher, STR)
DB_READS(ST_EX_LEDGER, ex_ledger, EX_LEDGER_COLS);
#define EX_PERSON_COLS(C, R) C(R, id, INT) C(R, dept_id, INT) C(R, name, STR) C(R, login, STR)
DB_ROW(ex_person, EX_PERSON_COLS)
DB_READS_ROW(ST_EX_PERSON, ex_person);
DB_READS_ROW(ST_EX_PEOPLE, ex_person);

/* EX-07 travel check-ins: the trip under way, its check-ins per day, the
 * people travelling now */
#define EX_TRIP_COLS(C, R) C(R, id, INT) C(R, number, STR) C(R, user_id, INT) C(R, name, STR) C(R, dept, STR) \
	C(R, destination, STR) C(R, depart_day, INT) C(R, return_day, INT)
DB_ROW(ex_trip, EX_TRIP_COLS)
DB_READS_ROW(ST_EX_TRIP_NOW, ex_trip);
DB_READS_ROW(ST_EX_TRAVELLING, ex_trip);
#define EX_DAY_COUNT_COLS(C, R) C(R, day, INT) C(R, n, INT)
DB_READS(ST_EX_CHECKIN_DAYS, ex_day_count, EX_DAY_COUNT_COLS);
#define EX_CHECKIN_COLS(C, R) C(R, at, INT) C(R, note, STR) C(R, place, STR)
DB_READS(ST_EX_CHECKINS, ex_checkin, EX_CHECKIN_COLS);
DB_WRITES(ST_EX_CHECKIN_ADD);
#define EX_LOCKED_COLS(C, R) C(R, request_id, INT)
DB_READS(ST_EX_LOCK_ROW, ex_locked, EX_LOCKED_COLS);

/* demo data: a year's budget per category for the departments that spend */
DB_WRITES(ST_EX_DEMO_BUDGETS);
DB_READS_ROW(ST_EX_DEMO_USER, ex_person);

#endif
