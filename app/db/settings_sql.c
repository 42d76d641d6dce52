/* settings_sql.c - the SQL of the policy settings.
 * Times cross the boundary as UTC epoch seconds (FROM_UNIXTIME /
 * UNIX_TIMESTAMP; the connection runs at +00:00). */
#include "db/settings_sql.h"

#include <stddef.h>

/* settings */
DB_DEFINE_READS(ST_SETTINGS_ALL, 0, settings_all, SETTINGS_ALL_COLS,
	"SELECT g.settings, s.name, s.value FROM cache_gen g LEFT JOIN settings s ON 1 = 1 WHERE g.id = 1");
DB_DEFINE(ST_SETTING_SET, 1,
	"INSERT INTO settings (value, updated_at, name) VALUES (?, FROM_UNIXTIME(?), ?)"
	" ON DUPLICATE KEY UPDATE value = VALUES(value), updated_at = VALUES(updated_at)");
