/* supplies_sql.c - the SQL of the supplies request type.
 * Times cross the boundary as UTC epoch seconds (FROM_UNIXTIME /
 * UNIX_TIMESTAMP; the connection runs at +00:00). */
#include "flows/supplies/supplies_sql.h"

#include <stddef.h>

/* office supplies (OS-01) */
DB_DEFINE(ST_SUPPLIES_SAVE, 1,
	"REPLACE INTO supplies_requests (request_id, items, quantity, purpose, handed_out)"
	" VALUES (?, ?, ?, ?, '')");
DB_DEFINE_READS(ST_SUPPLIES_GET, 0, supplies_get, SUPPLIES_GET_COLS,
	"SELECT items, quantity, purpose, handed_out FROM supplies_requests WHERE request_id = ?");
DB_DEFINE(ST_SUPPLIES_HANDOUT, 1,
	"UPDATE supplies_requests SET handed_out = ? WHERE request_id = ?");
