/* throttle.c - counting wrong passwords per name and per address. */
#include "auth/throttle.h"

#include <stdlib.h>

#include "auth/auth_sql.h"
#include "db/db.h"

#define IP_WINDOW (10 * 60)
#define IP_MAX_FAILS 20

long long login_lock_secs(long long fails)
{
	if (fails < 5)
		return 0;
	long long mins = fails - 5 >= 6 ? 60 : 1LL << (fails - 5);
	return (mins > 60 ? 60 : mins) * 60;
}

int throttle_check(const char *name, const char *ip, long long now)
{
	struct dbres res;
	int rc = DB_RUN(ST_LOGIN_IP_COUNT, &res, DBS(ip), DBI(now - IP_WINDOW));
	const struct auth_total *fails = auth_total_at(&res, 0);
	int hit = fails && fails->total >= IP_MAX_FAILS;
	db_free(&res);
	if (rc == DB_OK && !hit) {
		rc = DB_RUN(ST_LOGIN_THROTTLE_GET, &res, DBS(name));
		const struct login_throttle_get *t = login_throttle_get_at(&res, 0);
		hit = t && t->locked_until && atoll(t->locked_until) > now;
		db_free(&res);
	}
	return rc != DB_OK ? rc : hit;
}

int throttle_fail(const char *name, const char *ip, long long now)
{
	struct dbres res = {0};
	int rc = DB_RUN(ST_LOGIN_IP_FAIL, NULL, DBS(ip), DBI(now));
	if (rc == DB_OK)
		rc = DB_RUN(ST_LOGIN_THROTTLE_FAIL, NULL, DBS(name));
	if (rc == DB_OK)
		rc = DB_RUN(ST_LOGIN_THROTTLE_GET, &res, DBS(name));
	const struct login_throttle_get *t = login_throttle_get_at(&res, 0);
	long long lock = t ? login_lock_secs(t->fail_count) : 0;
	db_free(&res);
	if (rc == DB_OK && lock)
		rc = DB_RUN(ST_LOGIN_THROTTLE_LOCK, NULL, DBI(now + lock), DBS(name));
	return rc;
}

int throttle_clear(const char *name) { return DB_RUN(ST_LOGIN_THROTTLE_CLEAR, NULL, DBS(name)); }
