/* notify.c - notices and their mail, queued inside the caller's transaction (outgoing.c). */
#include "engine/notify.h"

#include <stdio.h>
#include <string.h>

#include "db/db.h"
#include "engine/core.h"
#include "engine/engine_sql.h"
#include "engine/links.h"
#include "engine/outgoing.h"

int notify(const struct locked *q, long long user, const char *kind, const char *link)
{
	char text[sizeof q->number + sizeof q->title + 2];
	snprintf(text, sizeof text, "%s %s", q->number, q->title);
	char path[80] = "";
	if (link)
		snprintf(path, sizeof path, "/a/%s", link);
	int rc = out_notice(user, q->id, kind, text, q->now);
	return rc == DB_OK ? out_mail(user, kind, q->id, path, q->now) : rc;
}

int notify_step(const struct locked *q, long long step, long long user)
{
	char token[65];
	int rc = link_create(q, step, user, token);
	return rc == DB_OK ? notify(q, user, "step_waiting", token) : rc;
}

int notify_about(long long user, long long request_id, const char *kind, const char *text, long long now)
{
	return out_notice(user, request_id, kind, text, now);
}
