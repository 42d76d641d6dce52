/* notify.c - notices and their mail, queued inside the caller's transaction. */
#include "engine/notify.h"

#include <stdio.h>
#include <string.h>

#include "db/db.h"
#include "engine/core.h"
#include "engine/engine_sql.h"
#include "engine/links.h"

/* The mail row: the recipient as they are now, or 'skipped' with why. */
static int queue_mail(const struct locked *q, long long user, const char *kind, const char *link)
{
	struct dbres res;
	char path[80] = "";
	const char *skip = NULL;
	int rc = DB_RUN(ST_OUTBOX_USER, &res, DBI(user));
	const struct outbox_user *u = outbox_user_at(&res, 0);
	if (rc == DB_OK && !u)
		skip = "no such user";
	else if (rc == DB_OK && !u->email[0])
		skip = "the user has no email address";
	else if (rc == DB_OK && !u->active)
		skip = "the user is inactive";
	if (link)
		snprintf(path, sizeof path, "/a/%s", link);
	if (rc == DB_OK)
		rc = DB_RUN(ST_OUTBOX_INSERT, NULL, DBI(user), DBS(u ? u->email : ""), DBS(u ? u->name : ""), DBS(kind),
		    DBI(q->id), DBS(u && u->lang[0] ? u->lang : "zh-CN"), DBS(path), DBS(skip ? "skipped" : "queued"),
		    skip ? DBN : DBI(q->now), DBS(skip ? skip : ""), DBI(q->now));
	db_free(&res);
	return rc;
}

int notify(const struct locked *q, long long user, const char *kind, const char *link)
{
	char text[sizeof q->number + sizeof q->title + 2];
	snprintf(text, sizeof text, "%s %s", q->number, q->title);
	int rc = notify_about(user, q->id, kind, text, q->now);
	return rc == DB_OK ? queue_mail(q, user, kind, link) : rc;
}

int notify_step(const struct locked *q, long long step, long long user)
{
	char token[65];
	int rc = link_create(q, step, user, token);
	return rc == DB_OK ? notify(q, user, "step_waiting", token) : rc;
}

int notify_about(long long user, long long request_id, const char *kind, const char *text, long long now)
{
	return DB_RUN(ST_NOTE_INSERT, NULL, DBI(user), request_id ? DBI(request_id) : DBN, DBS(kind), DBS(text), DBI(now));
}
