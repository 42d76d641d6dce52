/* supplies_sql.h - the statements of the supplies request type
 * (db/stmt.h). */
#ifndef LIAISON_FLOWS_SUPPLIES_SQL_H
#define LIAISON_FLOWS_SUPPLIES_SQL_H

#include "db/stmt.h"

/* office supplies (OS-01) */
DB_WRITES(ST_SUPPLIES_SAVE);
#define SUPPLIES_GET_COLS(C, R) C(R, items, STR) C(R, quantity, INT) C(R, purpose, STR) \
	C(R, handed_out, STR)
DB_READS(ST_SUPPLIES_GET, supplies_get, SUPPLIES_GET_COLS);
DB_WRITES(ST_SUPPLIES_HANDOUT);

#endif
