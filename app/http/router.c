/* router.c - matching a path against the route table. */
#include "http/router.h"

#include <string.h>

static int is_name(const char *s, size_t n)
{
	if (n == 0 || n > 24)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || s[i] == '_'))
			return 0;
	return 1;
}

static int is_id(const char *s, size_t n, long long *out)
{
	long long v = 0;
	if (n == 0 || n > 15 || s[0] == '0')
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 1;
}

static int is_token(const char *s, size_t n)
{
	if (n != 64)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

/* Walk pattern and path one segment at a time. */
static int match(const char *pat, const char *path, struct route_args *a)
{
	while (*pat && *path) {
		if (*pat != '/' || *path != '/')
			return 0;
		pat++;
		path++;
		size_t pl = strcspn(pat, "/"), sl = strcspn(path, "/");
		if (pl == 3 && !strncmp(pat, ":id", 3)) {
			if (!is_id(path, sl, &a->id))
				return 0;
		} else if (pl == 5 && !strncmp(pat, ":name", 5)) {
			if (!is_name(path, sl))
				return 0;
			memcpy(a->name, path, sl);
			a->name[sl] = '\0';
		} else if (pl == 6 && !strncmp(pat, ":token", 6)) {
			if (!is_token(path, sl))
				return 0;
			memcpy(a->token, path, 64);
			a->token[64] = '\0';
		} else if (pl != sl || strncmp(pat, path, pl)) {
			return 0;
		}
		pat += pl;
		path += sl;
	}
	return !*pat && !*path;
}

const struct route *router_match(const struct route *table, size_t n, const char *method,
    const char *path, struct route_args *args, int *status)
{
	int path_seen = 0;
	const char *m = strcmp(method, "HEAD") ? method : "GET";
	for (size_t i = 0; i < n; i++) {
		memset(args, 0, sizeof *args);
		if (!match(table[i].pattern, path, args))
			continue;
		path_seen = 1;
		if (!strcmp(table[i].method, m))
			return &table[i];
	}
	*status = path_seen ? 405 : 404;
	return NULL;
}

const struct route *router_match_all(const struct route_table *const *tables, const char *method, const char *path,
    struct route_args *args, int *status)
{
	int best = 404;
	for (size_t i = 0; tables[i]; i++) {
		const struct route *rt = router_match(tables[i]->v, tables[i]->n, method, path, args, status);
		if (rt)
			return rt;
		if (*status == 405)
			best = 405;
	}
	*status = best;
	return NULL;
}
