/* settings_sql.h - the statements of the policy settings
 * (db/stmt.h). */
#ifndef LIAISON_SETTINGS_SQL_H
#define LIAISON_SETTINGS_SQL_H

#include "db/stmt.h"

/* settings */
#define SETTINGS_ALL_COLS(C, R) C(R, settings, INT) C(R, name, STR) C(R, value, INT)
DB_READS(ST_SETTINGS_ALL, settings_all, SETTINGS_ALL_COLS);
DB_WRITES(ST_SETTING_SET);

#endif
