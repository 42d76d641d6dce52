/* replay.c - storing and finding spent decision form keys. */
#include "engine/replay.h"

#include <stdio.h>
#include <string.h>

#include "auth/token.h"
#include "db/db.h"
#include "engine/engine_sql.h"

/* Stored hashed: a key read from the table is no key to send. */
static void key_hash(const char *key, char out[65]) { sha256_hex(key, strlen(key), out); }

int replay_find(const char *key, long long user_id, struct replayed *out)
{
	struct dbres res;
	char h[65];
	key_hash(key, h);
	int rc = DB_RUN(ST_FORM_KEY_GET, &res, DBS(h), DBI(user_id));
	const struct form_key_row *k = form_key_row_at(&res, 0);
	if (k) {
		out->request_id = k->request_id;
		snprintf(out->action, sizeof out->action, "%s", k->action);
	}
	int found = k != NULL;
	db_free(&res);
	return rc != DB_OK ? rc : found;
}

int replay_remember(const char *key, long long user_id, long long request_id, const char *action, long long now)
{
	char h[65];
	key_hash(key, h);
	return DB_RUN(ST_FORM_KEY_PUT, NULL, DBS(h), DBI(user_id), DBI(request_id), DBS(action), DBI(now));
}

int replay_purge(long long before) { return DB_RUN(ST_FORM_KEY_PURGE, NULL, DBI(before)); }
