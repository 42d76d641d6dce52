/* throttle.c - counting wrong passwords per name and per address. */
#include "auth/throttle.h"

#include "db/db.h"
#include "auth/auth_sql.h"

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
	int hit = rc == DB_OK && db_int(&res, 0, 0) >= IP_MAX_FAILS;
	db_free(&res);
	if (rc == DB_OK && !hit) {
		rc = DB_RUN(ST_LOGIN_THROTTLE_GET, &res, DBS(name));
		hit = rc == DB_OK && res.nrows && db_get(&res, 0, 1) && db_int(&res, 0, 1) > now;
		db_free(&res);
	}
	return rc != DB_OK ? (rc == DB_GONE ? -503 : -500) : hit;
}

int throttle_fail(const char *name, const char *ip, long long now)
{
	struct dbres res = {0};
	int rc = DB_RUN(ST_LOGIN_IP_FAIL, NULL, DBS(ip), DBI(now));
	if (rc == DB_OK)
		rc = DB_RUN(ST_LOGIN_THROTTLE_FAIL, NULL, DBS(name));
	if (rc == DB_OK)
		rc = DB_RUN(ST_LOGIN_THROTTLE_GET, &res, DBS(name));
	long long lock = rc == DB_OK && res.nrows ? login_lock_secs(db_int(&res, 0, 0)) : 0;
	db_free(&res);
	if (rc == DB_OK && lock)
		rc = DB_RUN(ST_LOGIN_THROTTLE_LOCK, NULL, DBI(now + lock), DBS(name));
	return rc;
}

int throttle_clear(const char *name) { return DB_RUN(ST_LOGIN_THROTTLE_CLEAR, NULL, DBS(name)); }
