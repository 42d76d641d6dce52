/* claim_sql.h - the statements of the claim 报销 and its difference
 * (db/stmt.h). */
#ifndef LIAISON_FLOWS_CLAIM_SQL_H
#define LIAISON_FLOWS_CLAIM_SQL_H

#include "db/stmt.h"

/* the pre-approval a claim is against, locked, with its request's state */
#define CL_TARGET_COLS(C, R) C(R, user_id, INT) C(R, state, STR) C(R, number, STR) C(R, category, STR) \
	C(R, amount_fen, INT) C(R, budget_id, INT) C(R, claim_id, INT) C(R, planned_day, INT)
DB_ROW(cl_target, CL_TARGET_COLS)
DB_READS_ROW(ST_CL_TARGET, cl_target);
DB_READS_ROW(ST_CL_TARGET_VIEW, cl_target);
DB_WRITES(ST_CL_SAVE);
#define CL_GET_COLS(C, R) C(R, user_id, INT) C(R, expense_id, INT) C(R, expense_number, STR) \
	C(R, category, STR) C(R, approved_fen, INT) C(R, actual_fen, INT) C(R, note, STR) C(R, diff_id, INT) \
	C(R, diff_number, STR) C(R, diff_state, STR) C(R, paid_fen, OPT) C(R, paid_day, INT) C(R, method, STR) \
	C(R, voucher, STR) C(R, planned_day, INT)
DB_READS(ST_CL_GET, cl_get, CL_GET_COLS);
DB_WRITES(ST_CL_SET_DIFF);
#define CL_DEPT_COLS(C, R) C(R, dept_id, INT)
DB_READS(ST_CL_DEPT, cl_dept, CL_DEPT_COLS);
DB_WRITES(ST_CL_DIFF_STATE);
DB_WRITES(ST_CL_BOOK);
/* the expense side: who claims it, its hold, its end */
DB_WRITES(ST_CL_EX_CLAIM);
DB_WRITES(ST_CL_EX_SPENT);
DB_WRITES(ST_CL_EX_EXPIRY);
/* the difference's own row */
DB_WRITES(ST_CD_SAVE);
#define CD_GET_COLS(C, R) C(R, claim_id, INT) C(R, claim_number, STR) C(R, category, STR) C(R, amount_fen, INT) \
	C(R, approved_fen, INT) C(R, actual_fen, INT)
DB_READS(ST_CD_GET, cd_get, CD_GET_COLS);

#endif
