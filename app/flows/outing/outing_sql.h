/* outing_sql.h - the statements of the outing request type (db/stmt.h). */
#ifndef LIAISON_FLOWS_OUTING_SQL_H
#define LIAISON_FLOWS_OUTING_SQL_H

#include "db/stmt.h"

/* outings (LV-11) */
DB_WRITES(ST_OUT_SAVE);
#define OUT_GET_COLS(C, R) C(R, user_id, INT) C(R, destination, STR) C(R, purpose, STR) C(R, from_at, INT) \
	C(R, to_at, INT) C(R, companions, STR) C(R, back_at, OPT)
DB_READS(ST_OUT_GET, out_get, OUT_GET_COLS);
#define OUT_NOW_COLS(C, R) C(R, id, INT) C(R, number, STR) C(R, name, STR) C(R, dept, STR) \
	C(R, destination, STR) C(R, purpose, STR) C(R, from_at, INT) C(R, to_at, INT) C(R, companions, STR)
DB_READS(ST_OUT_NOW, out_now, OUT_NOW_COLS);
#define OUT_REGISTER_COLS(C, R) C(R, number, STR) C(R, name, STR) C(R, dept, STR) \
	C(R, destination, STR) C(R, purpose, STR) C(R, from_at, INT) C(R, to_at, INT) C(R, companions, STR) \
	C(R, back_at, OPT) C(R, state, STR) C(R, approver, STR)
DB_READS(ST_OUT_REGISTER, out_register, OUT_REGISTER_COLS);
DB_WRITES(ST_OUT_BACK);

#endif
