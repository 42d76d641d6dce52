/* leave_sql.h - the statements of the leave request type and its admin
 * pages (db/stmt.h). */
#ifndef LIAISON_FLOWS_LEAVE_SQL_H
#define LIAISON_FLOWS_LEAVE_SQL_H

#include "db/stmt.h"

/* leave types: every active one, or one by its code */
#define LV_TYPE_COLS(C, R) C(R, code, STR) C(R, name, STR) C(R, name_en, STR) C(R, notice, STR) \
	C(R, max_days, INT) C(R, cert_days, INT) C(R, deduct_bp, INT) C(R, uses_balance, INT)
DB_ROW(lv_type_row, LV_TYPE_COLS)
DB_READS_ROW(ST_LV_TYPES, lv_type_row);
DB_READS_ROW(ST_LV_TYPE, lv_type_row);
/* leave requests */
DB_WRITES(ST_LV_SAVE);
#define LV_GET_COLS(C, R) C(R, user_id, INT) C(R, kind, STR) C(R, counted_as, STR) C(R, first_day, INT) \
	C(R, first_part, INT) C(R, last_day, INT) C(R, last_part, INT) C(R, slot_start, INT) C(R, slot_end, INT) \
	C(R, halfdays, INT) C(R, reason, STR) C(R, statement, STR) C(R, has_cert, INT) C(R, cert_added_at, OPT) \
	C(R, ended_early_at, OPT)
DB_READS(ST_LV_GET, lv_get, LV_GET_COLS);
#define LV_LOCK_USER_COLS(C, R) C(R, id, INT)
DB_READS(ST_LV_LOCK_USER, lv_lock_user, LV_LOCK_USER_COLS);
#define LV_OVERLAP_COLS(C, R) C(R, number, STR)
DB_READS(ST_LV_OVERLAP, lv_overlap, LV_OVERLAP_COLS);
#define LV_USED_COLS(C, R) C(R, used, INT) C(R, pending, INT)
DB_READS(ST_LV_USED, lv_used, LV_USED_COLS);
#define LV_ENTITLED_COLS(C, R) C(R, halfdays, INT)
DB_READS(ST_LV_ENTITLED, lv_entitled, LV_ENTITLED_COLS);
#define LV_USER_COLS(C, R) C(R, work_start, OPT) C(R, salary_fen, INT) C(R, dept_id, INT) \
	C(R, display_name, STR)
DB_READS(ST_LV_USER, lv_user, LV_USER_COLS);
/* the person's other live leaves of one kind near a span: the absence it may join */
#define LV_NEIGHBOURS_COLS(C, R) C(R, request_id, INT) C(R, number, STR) C(R, slot_start, INT) C(R, slot_end, INT) \
	C(R, halfdays, INT) C(R, has_cert, INT) C(R, statement, INT) C(R, state, STR) C(R, counted_as, STR)
DB_READS(ST_LV_NEIGHBOURS, lv_neighbours, LV_NEIGHBOURS_COLS);
DB_WRITES(ST_LV_SET_COUNTED);
DB_WRITES(ST_LV_SET_CERT);
DB_WRITES(ST_LV_END_EARLY);
/* leave types and balances kept by admins (leave_types_admin.c): a type as
 * stored, every one or one by its code (locked to change it) */
#define LVT_COLS(C, R) C(R, code, STR) C(R, name, STR) C(R, name_en, STR) C(R, notice, STR) \
	C(R, max_days, INT) C(R, cert_days, INT) C(R, deduct_bp, INT) C(R, uses_balance, INT) C(R, sort, INT) \
	C(R, active, INT)
DB_ROW(lvt_row, LVT_COLS)
DB_READS_ROW(ST_LVT_ALL, lvt_row);
DB_READS_ROW(ST_LVT_GET, lvt_row);
DB_READS_ROW(ST_LVT_LOCK, lvt_row);
DB_WRITES(ST_LVT_INSERT);
DB_WRITES(ST_LVT_UPDATE);
#define LVT_BALANCE_TYPES_COLS(C, R) C(R, code, STR) C(R, name, STR) C(R, name_en, STR) C(R, active, INT)
DB_READS(ST_LVT_BALANCE_TYPES, lvt_balance_types, LVT_BALANCE_TYPES_COLS);
/* one balance type's year per person: entitled is the half days set for the
 * year, NULL for the statutory scale; work_start NULL when not known */
#define LVB_LIST_COLS(C, R) C(R, id, INT) C(R, login, STR) C(R, display_name, STR) C(R, dept_name, STR) \
	C(R, work_start, OPT) C(R, entitled, OPT) C(R, used, INT) C(R, pending, INT)
DB_READS(ST_LVB_LIST, lvb_list, LVB_LIST_COLS);
#define LVB_LOCK_COLS(C, R) C(R, halfdays, INT)
DB_READS(ST_LVB_LOCK, lvb_lock, LVB_LOCK_COLS);
DB_WRITES(ST_LVB_PUT);
DB_WRITES(ST_LVB_DEL);
#define LVB_USER_COLS(C, R) C(R, login, STR) C(R, display_name, STR)
DB_READS(ST_LVB_USER, lvb_user, LVB_USER_COLS);

#endif
