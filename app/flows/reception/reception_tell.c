/* reception_tell.c - the booking's "people to be told" (接待通知): logins
 * separated by spaces, commas or 、, each looked up as an active user. */
#include "flows/reception/reception.h"

#include <stdio.h>
#include <string.h>

#include "db/db.h"
#include "flows/reception/reception_sql.h"

/* Separators become spaces: ASCII , ; and the full-width ，、； (3 bytes each). */
static void blank_separators(char *s)
{
	static const char *const wide[] = {"\xEF\xBC\x8C", "\xE3\x80\x81", "\xEF\xBC\x9B", NULL};
	for (char *p = s; *p; p++) {
		if (*p == ',' || *p == ';' || *p == '\t' || *p == '\n' || *p == '\r')
			*p = ' ';
		for (const char *const *w = wide; *w; w++)
			if (!strncmp(p, *w, 3))
				memset(p, ' ', 3);
	}
}

size_t rc_tell_split(const char *text, char *buf, size_t buflen, const char **logins, size_t max)
{
	size_t n = 0;
	if (!buflen)
		return 0;
	snprintf(buf, buflen, "%s", text ? text : "");
	blank_separators(buf);
	for (char *save = NULL, *login = strtok_r(buf, " ", &save); login && n < max; login = strtok_r(NULL, " ", &save))
		logins[n++] = login;
	return n;
}

int rc_tell_each(const char *text, int (*fn)(void *arg, const char *login, long long id), void *arg)
{
	char buf[RC_TELL_MAX * 4 + 1];
	const char *logins[RC_TELL_MAX];
	size_t n = rc_tell_split(text, buf, sizeof buf, logins, RC_TELL_MAX);
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < n; i++) {
		struct dbres res;
		rc = DB_RUN(ST_RC_USER_BY_LOGIN, &res, DBS(logins[i]));
		const struct rc_user *u = rc_user_at(&res, 0);
		long long id = u ? u->id : 0;
		db_free(&res);
		if (rc == DB_OK)
			rc = fn(arg, logins[i], id);
	}
	return rc;
}
