/* throttle.c - counting wrong passwords per name, address and device. */
#include "auth/throttle.h"

#include <stdlib.h>

#include "auth/auth_sql.h"
#include "db/db.h"

#define IP_WINDOW (60 * 60)
#define IP_FREE_FAILS 20
#define IP_MAX_WAIT (10 * 60)
#define DEVICE_MAX_FAILS 5

long long login_lock_secs(long long fails)
{
	if (fails < 5)
		return 0;
	long long mins = fails - 5 >= 6 ? 60 : 1LL << (fails - 5);
	return (mins > 60 ? 60 : mins) * 60;
}

long long address_wait_secs(long long fails)
{
	if (fails < IP_FREE_FAILS)
		return 0;
	long long n = fails - IP_FREE_FAILS;
	return n >= 10 ? IP_MAX_WAIT : (1LL << n) > IP_MAX_WAIT ? IP_MAX_WAIT : 1LL << n;
}

/* Whether the device is known for this name and not yet distrusted. */
static int known_device(const struct throttle_who *w, int *rc)
{
	struct dbres res;
	*rc = DB_OK;
	if (!w->device || !*w->device)
		return 0;
	*rc = DB_RUN(ST_LOGIN_DEVICE_GET, &res, DBS(w->device), DBS(w->name));
	const struct login_device_get *d = login_device_get_at(&res, 0);
	int known = d && d->fail_count < DEVICE_MAX_FAILS;
	db_free(&res);
	return known;
}

static long long address_wait(const char *ip, long long now, int *rc)
{
	struct dbres res;
	*rc = DB_RUN(ST_LOGIN_IP_RECENT, &res, DBS(ip), DBI(now - IP_WINDOW));
	const struct login_ip_recent *f = login_ip_recent_at(&res, 0);
	long long wait = f ? address_wait_secs(f->total) : 0;
	long long left = wait ? f->last_at + wait - now : 0;
	db_free(&res);
	return left > 0 ? left : 0;
}

static long long name_wait(const char *name, long long now, int *rc)
{
	struct dbres res;
	*rc = DB_RUN(ST_LOGIN_THROTTLE_GET, &res, DBS(name));
	const struct login_throttle_get *t = login_throttle_get_at(&res, 0);
	long long until = t && t->locked_until ? atoll(t->locked_until) : 0;
	db_free(&res);
	return until > now ? until - now : 0;
}

long long throttle_wait(const struct throttle_who *w, long long now)
{
	int rc;
	if (known_device(w, &rc) || rc != DB_OK)
		return rc;
	long long wait = address_wait(w->ip, now, &rc);
	if (rc == DB_OK && !wait)
		wait = name_wait(w->name, now, &rc);
	return rc != DB_OK ? rc : wait;
}

int throttle_fail(const struct throttle_who *w, long long now)
{
	int rc;
	if (known_device(w, &rc))
		return DB_RUN(ST_LOGIN_DEVICE_FAIL, NULL, DBS(w->device));
	if (rc == DB_OK)
		rc = DB_RUN(ST_LOGIN_IP_FAIL, NULL, DBS(w->ip), DBI(now));
	if (rc == DB_OK)
		rc = DB_RUN(ST_LOGIN_THROTTLE_FAIL, NULL, DBS(w->name));
	struct dbres res = {0};
	if (rc == DB_OK)
		rc = DB_RUN(ST_LOGIN_THROTTLE_GET, &res, DBS(w->name));
	const struct login_throttle_get *t = login_throttle_get_at(&res, 0);
	long long lock = t ? login_lock_secs(t->fail_count) : 0;
	db_free(&res);
	if (rc == DB_OK && lock)
		rc = DB_RUN(ST_LOGIN_THROTTLE_LOCK, NULL, DBI(now + lock), DBS(w->name));
	return rc;
}

/* A known device's success leaves the name's count alone: the guesses of
 * strangers are not forgiven because the owner logged in on her own PC. */
int throttle_clear(const struct throttle_who *w)
{
	int rc;
	if (known_device(w, &rc) || rc != DB_OK)
		return rc;
	return DB_RUN(ST_LOGIN_THROTTLE_CLEAR, NULL, DBS(w->name));
}

int throttle_device_ok(const char *id, const char *name, long long now)
{
	return DB_RUN(ST_LOGIN_DEVICE_OK, NULL, DBS(id), DBS(name), DBI(now), DBI(now), DBI(now));
}
