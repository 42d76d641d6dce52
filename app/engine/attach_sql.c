/* attach_sql.c - the SQL of attachment alerts. */
#include "engine/attach_sql.h"

#include <stddef.h>

DB_DEFINE(ST_ATT_ALERT_ONCE, 1,
	"INSERT IGNORE INTO attachment_alerts (attachment_id, kind, day, first_at) VALUES (?, ?, ?, FROM_UNIXTIME(?))");
