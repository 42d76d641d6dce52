/* deptcal_sql.h - the statements of the department calendar, its iCalendar
 * export and the home page's panels (who is away, the calendar warning). */
#ifndef LIAISON_DEPTCAL_SQL_H
#define LIAISON_DEPTCAL_SQL_H

#include "db/stmt.h"

/* the departments to choose from, and one department's active people */
#define DC_DEPTS_COLS(C, R) C(R, id, INT) C(R, name, STR) C(R, name_en, STR)
DB_READS(ST_DC_DEPTS, dc_depts, DC_DEPTS_COLS);
#define DC_PEOPLE_COLS(C, R) C(R, id, INT) C(R, display_name, STR)
DB_READS(ST_DC_PEOPLE, dc_people, DC_PEOPLE_COLS);
/* approved leave (as half-day slots) and outings (UTC) of a department
 * that touch a span; an iCalendar export's own (user) */
#define DC_LEAVES_COLS(C, R) C(R, request_id, INT) C(R, number, STR) C(R, user_id, INT) C(R, slot_start, INT) \
	C(R, slot_end, INT)
DB_ROW(dc_leaves, DC_LEAVES_COLS)
DB_READS_ROW(ST_DC_LEAVES, dc_leaves);
DB_READS_ROW(ST_DC_MY_LEAVES, dc_leaves);
#define DC_OUTINGS_COLS(C, R) C(R, request_id, INT) C(R, number, STR) C(R, user_id, INT) C(R, from_at, INT) \
	C(R, to_at, INT)
DB_ROW(dc_outings, DC_OUTINGS_COLS)
DB_READS_ROW(ST_DC_OUTINGS, dc_outings);
DB_READS_ROW(ST_DC_MY_OUTINGS, dc_outings);
/* how many days of a span the work calendar holds (the December warning) */
#define DC_CAL_COUNT_COLS(C, R) C(R, n, INT)
DB_READS(ST_DC_CAL_COUNT, dc_cal_count, DC_CAL_COUNT_COLS);

#endif
