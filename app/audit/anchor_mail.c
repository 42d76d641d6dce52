/* anchor_mail.c - queueing an anchor's mail to the auditors. */
#include "audit/anchor_mail.h"

#include <stdio.h>
#include <string.h>

#include "audit/audit_sql.h"
#include "core/log.h"
#include "db/db.h"

#define ADDR_MAX 254

struct job {
	const char *auditors;
	const struct anchor *a;
	long long now;
	int queued;
};

/* A plain ASCII address: something@something, no spaces or controls.  The
 * list comes from the configuration, not from users. */
static int plain_address(const char *s, size_t n)
{
	const char *at = memchr(s, '@', n);
	if (n < 3 || n > ADDR_MAX || !at || at == s || at == s + n - 1 || memchr(at + 1, '@', (size_t)(s + n - at - 1)))
		return 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] <= ' ' || s[i] > '~' || strchr("<>\",;()\\", s[i]))
			return 0;
	return 1;
}

static int queue_all(void *ctx)
{
	struct job *j = ctx;
	char subject[96], body[1200], to[ADDR_MAX + 1];
	const struct anchor *a = j->a;
	snprintf(subject, sizeof subject, "审计锚点 #%lld / Audit anchor #%lld", a->seq, a->seq);
	snprintf(body, sizeof body,
	    "审计记录锚点 #%lld / Audit record anchor #%lld\n\n"
	    "行 / row: %lld\n哈希 / hash: %s\n时间 / time (UTC): %s\n\n"
	    "请原样保存下面这一行；核对时它应与锚点文件中的同一行一致。\n"
	    "Keep the line below as it is: a later check compares it with the anchor file.\n\n"
	    "seq=%lld row=%lld hash=%s at=%lld time=%s sig=%s\n",
	    a->seq, a->seq, a->row, a->hash, a->time, a->seq, a->row, a->hash, a->at, a->time, a->sig);
	j->queued = 0;
	for (const char *p = j->auditors; *p;) {
		p += strspn(p, " ,");
		size_t n = strcspn(p, ",");
		while (n && p[n - 1] == ' ')
			n--;
		if (!n)
			break;
		if (!plain_address(p, n))
			return 1;        /* refused: nothing queued */
		snprintf(to, sizeof to, "%.*s", (int)n, p);
		int rc = DB_RUN(ST_AUDIT_ANCHOR_MAIL, NULL, DBS(to), DBS(subject), DBS(body), DBI(j->now), DBI(j->now));
		if (rc != DB_OK)
			return rc;
		j->queued++;
		p += strcspn(p, ",");
	}
	return DB_OK;
}

int anchor_mail(const char *auditors, const struct anchor *a, long long now)
{
	struct job j = {auditors, a, now, 0};
	if (!auditors[0])
		return 0;
	int rc = db_tx(queue_all, &j);
	if (rc == 1)
		log_err("audit: Liaison.Audit.Auditors holds an address that is not plain user@host; no anchor mail sent");
	return rc == DB_OK ? j.queued : -1;
}
