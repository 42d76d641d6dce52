/* reconcile.c - releasing the claims of dead mailers of this host. */
#include "mailer/reconcile.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/log.h"
#include "db/db.h"
#include "mailer/deliver.h"
#include "mailer/mailer_sql.h"

#define MAX_RELEASE 1000

struct release {
	const struct deliverer *d;
	long long now;
	int n;
};

/* A process that has exited but was not reaped yet (a zombie) still
 * answers kill(pid, 0); it is as dead as one that is gone. */
static int runs(long pid)
{
	char path[64], stat[256];
	if (kill((pid_t)pid, 0) == -1 && errno == ESRCH)
		return 0;
	snprintf(path, sizeof path, "/proc/%ld/stat", pid);
	FILE *f = fopen(path, "r");
	size_t n = f ? fread(stat, 1, sizeof stat - 1, f) : 0;
	if (f)
		fclose(f);
	stat[n] = '\0';
	const char *paren = strrchr(stat, ')');
	return !(paren && paren[1] == ' ' && paren[2] == 'Z');
}

/* claimed_by is "host:pid" (deliver_init).  Only a process of this host
 * can be asked whether it still runs; other hosts' claims wait out the
 * timeout. */
static int dead_here(const char *mine, const char *claimed_by)
{
	const char *colon = strrchr(claimed_by, ':');
	const char *my_colon = strrchr(mine, ':');
	if (!colon || !my_colon || colon - claimed_by != my_colon - mine)
		return 0;
	if (strncmp(claimed_by, mine, (size_t)(colon - claimed_by)))
		return 0;
	long pid = strtol(colon + 1, NULL, 10);
	return pid > 0 && pid != (long)getpid() && !runs(pid);
}

static int release_tx(void *ctx)
{
	struct release *r = ctx;
	struct dbres res;
	const struct outbox_open_claim *row;
	r->n = 0;
	int rc = DB_RUN0(ST_OUTBOX_OPEN_CLAIMS, &res);
	for (size_t i = 0; rc == DB_OK && (row = outbox_open_claim_at(&res, i)); i++) {
		if (!dead_here(r->d->worker, row->claimed_by))
			continue;
		rc = DB_RUN(ST_OUTBOX_RELEASE, NULL, DBI(r->now), DBI(row->id), DBS(row->claimed_by));
		if (rc == DB_OK)
			log_info("mailer: #%lld was claimed by %s, which no longer runs: due again now", row->id,
			    row->claimed_by);
		r->n++;
	}
	db_free(&res);
	return rc;
}

int reconcile_dead_claims(const struct deliverer *d, long long now)
{
	struct release r = {d, now, 0};
	int rc = db_tx(release_tx, &r);
	return rc == DB_OK ? r.n : rc;
}
