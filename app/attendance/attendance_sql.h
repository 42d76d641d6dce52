/* attendance_sql.h - the statements of attendance records, meeting lateness, the monthly report and the work
 * calendar (db/stmt.h). */
#ifndef LIAISON_ATTENDANCE_SQL_H
#define LIAISON_ATTENDANCE_SQL_H

#include "db/stmt.h"

/* a department's people, records, meetings, leave and outings over days (LV-06..LV-10) */
#define ATD_DEPT_USERS_COLS(C, R) C(R, id, INT) C(R, login, STR) C(R, display_name, STR) \
	C(R, salary_fen, INT)
DB_READS(ST_ATD_DEPT_USERS, atd_dept_users, ATD_DEPT_USERS_COLS);
#define ATD_RANGE_COLS(C, R) C(R, user_id, INT) C(R, day, INT) C(R, status, STR) C(R, late_min, INT) \
	C(R, shuttle, INT) C(R, absent_halfdays, INT) C(R, clock_in, STR)
DB_READS(ST_ATD_RANGE, atd_range, ATD_RANGE_COLS);
#define ATD_MEETINGS_COLS(C, R) C(R, id, INT) C(R, user_id, INT) C(R, day, INT) C(R, late_min, INT) \
	C(R, meeting, STR)
DB_READS(ST_ATD_MEETINGS, atd_meetings, ATD_MEETINGS_COLS);
#define ATD_LEAVES_COLS(C, R) C(R, user_id, INT) C(R, counted_as, STR) C(R, slot_start, INT) \
	C(R, slot_end, INT) C(R, deduct_bp, INT) C(R, name, STR) C(R, name_en, STR)
DB_READS(ST_ATD_LEAVES, atd_leaves, ATD_LEAVES_COLS);
#define ATD_OUTINGS_COLS(C, R) C(R, user_id, INT) C(R, from_at, INT) C(R, to_at, INT)
DB_READS(ST_ATD_OUTINGS, atd_outings, ATD_OUTINGS_COLS);
/* one person's day (the clerk and the clock import) */
#define ATD_GET_LOCK_COLS(C, R) C(R, status, STR) C(R, late_min, INT) C(R, shuttle, INT) \
	C(R, absent_halfdays, INT) C(R, clock_in, STR)
DB_READS(ST_ATD_GET_LOCK, atd_get_lock, ATD_GET_LOCK_COLS);
DB_WRITES(ST_ATD_PUT);
#define ATD_LOGIN_COLS(C, R) C(R, id, INT) C(R, active, INT)
DB_READS(ST_ATD_LOGIN, atd_login, ATD_LOGIN_COLS);
/* meeting lateness, one entry each (LV-07) */
DB_WRITES(ST_ATD_MEET_ADD);
#define ATD_MEET_GET_COLS(C, R) C(R, user_id, INT) C(R, day, INT) C(R, late_min, INT) C(R, meeting, STR)
DB_READS(ST_ATD_MEET_GET, atd_meet_get, ATD_MEET_GET_COLS);
DB_WRITES(ST_ATD_MEET_DEL);
/* the work calendar (LV-01) */
#define CAL_YEAR_COLS(C, R) C(R, day, INT) C(R, kind, STR) C(R, name, STR)
DB_READS(ST_CAL_YEAR, cal_year, CAL_YEAR_COLS);
DB_WRITES(ST_CAL_PUT);
#define CAL_GET_COLS(C, R) C(R, kind, STR) C(R, name, STR)
DB_READS(ST_CAL_GET, cal_get, CAL_GET_COLS);
DB_WRITES(ST_CAL_DEL);

#endif
