/* settings_sql.h - the statements of the policy settings
 * (db/stmt.h). */
#ifndef LIAISON_SETTINGS_SQL_H
#define LIAISON_SETTINGS_SQL_H

#include "db/stmt.h"

/* settings: the generation on every row, and no name on its one row when the table is empty */
#define SETTINGS_ALL_COLS(C, R) C(R, generation, INT) C(R, name, OPT) C(R, value, INT)
DB_READS(ST_SETTINGS_ALL, settings_all, SETTINGS_ALL_COLS);
DB_WRITES(ST_SETTING_SET);

#endif
