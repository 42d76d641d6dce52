/* reception_sql.h - the statements of the reception type (db/stmt.h). */
#ifndef LIAISON_FLOWS_RECEPTION_SQL_H
#define LIAISON_FLOWS_RECEPTION_SQL_H

#include "db/stmt.h"

/* the booking (RC-01..RC-03) */
DB_WRITES(ST_RC_SAVE);
#define RC_GET_COLS(C, R) C(R, cls, STR) C(R, guest_org, STR) C(R, guest_names, STR) C(R, guest_count, INT) \
	C(R, foreign_guests, INT) C(R, leader_title, STR) C(R, responsible, STR) C(R, arrive_at, INT) \
	C(R, depart_at, INT) C(R, purpose, STR) C(R, room_id, INT) C(R, car_id, INT) C(R, meals, INT) \
	C(R, meal_std_fen, INT) C(R, visit_route, STR) C(R, gifts_plan, STR) C(R, est_fen, INT) C(R, tell, STR) \
	C(R, room_name, STR) C(R, car_name, STR) C(R, firm, OPT)
DB_READS(ST_RC_GET, rc_get, RC_GET_COLS);
#define RC_TASKS_COLS(C, R) C(R, meeting_on, OPT) C(R, meeting_who, STR) C(R, meeting_decisions, STR) \
	C(R, chk_cleaning, STR) C(R, chk_flowers, STR) C(R, chk_purchases, STR) C(R, chk_security, STR) \
	C(R, chk_cars, STR) C(R, chk_route, STR) C(R, actual_fen, OPT) C(R, receipts, INT) C(R, summary, STR) \
	C(R, host_fen, OPT) C(R, host_receipts, INT)
DB_READS(ST_RC_TASKS, rc_tasks, RC_TASKS_COLS);
#define RC_USER_COLS(C, R) C(R, id, INT)
DB_READS(ST_RC_USER_BY_LOGIN, rc_user, RC_USER_COLS);

/* task steps (RC-04, RC-07) */
DB_WRITES(ST_RC_COORDINATE);
DB_WRITES(ST_RC_SETTLE);
DB_WRITES(ST_RC_HOST_COSTS);
DB_WRITES(ST_RC_SUMMARY);

/* rooms, cars and holds (RC-05) */
#define RC_RES_LOCK_COLS(C, R) C(R, id, INT) C(R, kind, STR) C(R, active, INT)
DB_READS(ST_RC_RES_LOCK, rc_res_lock, RC_RES_LOCK_COLS);
#define RC_COUNT_COLS(C, R) C(R, n, INT)
DB_READS(ST_RC_OVERLAPS, rc_count, RC_COUNT_COLS);
DB_READS_ROW(ST_RC_BUSY, rc_count);
DB_WRITES(ST_RC_HOLD_ADD);
DB_WRITES(ST_RC_HOLD_FIRM);
DB_WRITES(ST_RC_HOLD_RELEASE);
#define RC_RES_COLS(C, R) C(R, id, INT) C(R, kind, STR) C(R, name, STR) C(R, seats, INT) C(R, driver, STR) \
	C(R, active, INT)
DB_READS(ST_RC_RESOURCES, rc_res, RC_RES_COLS);
DB_WRITES(ST_RC_RES_ADD);
DB_WRITES(ST_RC_RES_ACTIVE);
#define RC_SLOT_COLS(C, R) C(R, resource_id, INT) C(R, from_at, INT) C(R, to_at, INT) C(R, firm, INT) \
	C(R, request_id, INT) C(R, number, STR)
DB_READS(ST_RC_SLOTS, rc_slot, RC_SLOT_COLS);

/* who will decide, shown on the form (RC-01, RC-02) */
#define RC_NAME_COLS(C, R) C(R, name, STR)
DB_READS(ST_RC_EXECS, rc_name, RC_NAME_COLS);
DB_READS_ROW(ST_RC_HEAD_OF, rc_name);

/* the gift register (RC-06) */
DB_WRITES(ST_RC_GIFT_ADD);
#define RC_GIFT_COLS(C, R) C(R, id, INT) C(R, request_id, INT) C(R, number, STR) C(R, direction, STR) \
	C(R, what, STR) C(R, party, STR) C(R, value_fen, INT) C(R, handling, STR) C(R, by_name, STR) \
	C(R, created_at, INT)
DB_READS(ST_RC_GIFTS, rc_gift, RC_GIFT_COLS);

/* reports (RC-07) */
#define RC_MONTH_COLS(C, R) C(R, month, STR) C(R, cls, STR) C(R, n, INT) C(R, est_fen, INT) C(R, actual_fen, INT)
DB_READS(ST_RC_MONTHS, rc_month, RC_MONTH_COLS);

#endif
