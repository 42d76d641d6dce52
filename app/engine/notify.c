/* notify.c - notices and their mail, queued inside the caller's transaction (outgoing.c). */
#include "engine/notify.h"

#include <stdio.h>
#include <string.h>

#include "db/db.h"
#include "engine/core.h"
#include "engine/engine_sql.h"
#include "engine/links.h"
#include "engine/outgoing.h"

int notify(const struct locked *q, long long user, const char *kind, const struct new_link *link)
{
	char text[sizeof q->number + sizeof q->title + 2];
	snprintf(text, sizeof text, "%s %s", q->number, q->title);
	char path[80] = "";
	if (link)
		snprintf(path, sizeof path, "/a/%s", link->token);
	int rc = out_notice(user, q->id, kind, text, q->now);
	return rc == DB_OK ? out_mail(user, kind, q->id, path, link, q->now) : rc;
}

int notify_step(const struct locked *q, long long step, long long user)
{
	struct new_link l;
	int rc = link_new(q, step, &l);
	return rc == DB_OK ? notify(q, user, "step_waiting", &l) : rc;
}

int notify_about(long long user, long long request_id, const char *kind, const char *text, long long now)
{
	return out_notice(user, request_id, kind, text, now);
}
