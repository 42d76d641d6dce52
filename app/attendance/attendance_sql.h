/* attendance_sql.h - the statements of attendance records, the monthly report and the work calendar
 * (db/stmt.h). */
#ifndef LIAISON_ATTENDANCE_SQL_H
#define LIAISON_ATTENDANCE_SQL_H

#include "db/stmt.h"

/* attendance (LV-07..LV-10) */
#define ATD_DEPT_USERS_COLS(C, R) C(R, id, INT) C(R, login, STR) C(R, display_name, STR) \
	C(R, salary_fen, INT)
DB_READS(ST_ATD_DEPT_USERS, atd_dept_users, ATD_DEPT_USERS_COLS);
#define ATD_DAY_COLS(C, R) C(R, user_id, INT) C(R, status, STR) C(R, late_min, INT) C(R, meeting, INT) \
	C(R, shuttle, INT) C(R, absent_halfdays, INT) C(R, clock_in, STR)
DB_READS(ST_ATD_DAY, atd_day, ATD_DAY_COLS);
#define ATD_GET_LOCK_COLS(C, R) C(R, status, STR) C(R, late_min, INT) C(R, meeting, INT) C(R, shuttle, INT) \
	C(R, absent_halfdays, INT) C(R, clock_in, STR)
DB_READS(ST_ATD_GET_LOCK, atd_get_lock, ATD_GET_LOCK_COLS);
DB_WRITES(ST_ATD_PUT);
#define ATD_LOGIN_COLS(C, R) C(R, id, INT) C(R, active, INT)
DB_READS(ST_ATD_LOGIN, atd_login, ATD_LOGIN_COLS);
#define ATD_RANGE_COLS(C, R) C(R, user_id, INT) C(R, day, INT) C(R, status, STR) C(R, late_min, INT) \
	C(R, meeting, INT) C(R, shuttle, INT) C(R, absent_halfdays, INT)
DB_READS(ST_ATD_RANGE, atd_range, ATD_RANGE_COLS);
#define ATD_LEAVES_COLS(C, R) C(R, user_id, INT) C(R, counted_as, STR) C(R, slot_start, INT) \
	C(R, slot_end, INT) C(R, deduct_bp, INT)
DB_READS(ST_ATD_LEAVES, atd_leaves, ATD_LEAVES_COLS);
/* the work calendar (LV-01) */
#define CAL_YEAR_COLS(C, R) C(R, day, INT) C(R, kind, STR) C(R, name, STR)
DB_READS(ST_CAL_YEAR, cal_year, CAL_YEAR_COLS);
DB_WRITES(ST_CAL_PUT);
#define CAL_GET_COLS(C, R) C(R, kind, STR) C(R, name, STR)
DB_READS(ST_CAL_GET, cal_get, CAL_GET_COLS);
DB_WRITES(ST_CAL_DEL);

#endif
