/* attach_sql.h - statements of attachment alerts (db/stmt.h). */
#ifndef LIAISON_ATTACH_SQL_H
#define LIAISON_ATTACH_SQL_H

#include "db/stmt.h"

/* the first alert of (attachment, kind, day): affected 1, later ones 0 */
DB_WRITES(ST_ATT_ALERT_ONCE);

#endif
