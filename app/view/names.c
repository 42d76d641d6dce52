/* names.c - people's and kinds' names, kept per worker by generation (view/gencopy.h). */
#include "view/names.h"

#include <string.h>

#include "view/gencopy.h"
#include "view/view_sql.h"

/* Users come ordered by id, for the binary search. */
static struct gencopy users, kinds;

int names_ready(void)
{
	int rc = gencopy_ready(&users, ST_USER_NAMES, GEN_ROSTER, NULL);
	return rc == DB_OK ? gencopy_ready(&kinds, ST_KIND_NAMES, GEN_KINDS, NULL) : rc;
}

const char *names_user(long long id)
{
	size_t lo = 0, hi = users.loaded ? users.res.nrows : 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct user_name *u = user_name_at(&users.res, mid);
		if (u->id == id)
			return u->name;
		if (u->id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return "";
}

void names_kind(const char *type, const char *code, const char **zh, const char **en)
{
	const struct kind_name *k;
	*zh = *en = "";
	for (size_t i = 0; kinds.loaded && (k = kind_name_at(&kinds.res, i)); i++)
		if (!strcmp(k->type, type) && !strcmp(k->code, code)) {
			*zh = k->zh;
			*en = k->en;
			return;
		}
}
