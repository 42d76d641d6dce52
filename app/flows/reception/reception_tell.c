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

int rc_tell_each(const char *text, int (*fn)(void *arg, const char *login, long long id), void *arg)
{
	char buf[RC_TELL_MAX * 4 + 1];
	snprintf(buf, sizeof buf, "%s", text ? text : "");
	blank_separators(buf);
	int rc = 0;
	for (char *save = NULL, *login = strtok_r(buf, " ", &save); rc == 0 && login; login = strtok_r(NULL, " ", &save)) {
		struct dbres res;
		rc = DB_RUN(ST_RC_USER_BY_LOGIN, &res, DBS(login));
		const struct rc_user *u = rc_user_at(&res, 0);
		long long id = u ? u->id : 0;
		db_free(&res);
		if (rc == DB_OK)
			rc = fn(arg, login, id);
	}
	return rc;
}
