/* fuzz_router.c -- libFuzzer harness for router_match.
 *
 * The input is "METHOD\nPATH" (split at the first NUL or newline; with
 * neither, the method is GET and all of it is the path).  It is matched
 * against the application's table and against a small table here that has
 * the :id and :token shapes.  Checks the documented contract, not just the
 * absence of crashes:
 *   - a match has the asked method (GET for HEAD), a path starting with
 *     '/', no empty segment, a literal route equal to the path, a positive
 *     id of at most 15 digits, a token of exactly 64 lowercase hex digits;
 *   - no match means 404 or 405, and 405 exactly when some method of the
 *     table matches that path;
 *   - matching is deterministic.
 * The token buffer is exactly 65 bytes on the heap, so ASan sees a write
 * past it.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "flows/registry.h"
#include "http/router.h"
#include "web/routes.h"

static int h_dummy(struct req *r)
{
	(void)r;
	return 0;
}

static const struct route shapes[] = {
	{"GET", "/", h_dummy, 0, 0, NULL},
	{"GET", "/requests/:id", h_dummy, 0, 0, NULL},
	{"POST", "/requests/:id/decide", h_dummy, 0, 0, NULL},
	{"GET", "/a/:token", h_dummy, 0, 0, NULL},
	{"POST", "/a/:token", h_dummy, 0, 0, NULL},
	{"GET", "/admin/users", h_dummy, 0, 0, NULL},
};

static void check_match(const struct route *rt, const char *method, const char *path,
    long long id, const char *token)
{
	const char *want = strcmp(method, "HEAD") ? method : "GET";
	if (strcmp(rt->method, want))
		abort();
	if (path[0] != '/' || strstr(path, "//"))
		abort();
	size_t n = strlen(path);
	if (n > 1 && path[n - 1] == '/')
		abort();
	if (!strchr(rt->pattern, ':') && strcmp(rt->pattern, path))
		abort();
	if (strstr(rt->pattern, ":id") && (id < 1 || id > 999999999999999LL))
		abort();
	if (strstr(rt->pattern, ":token")) {
		if (strlen(token) != 64)
			abort();
		for (size_t i = 0; i < 64; i++)
			if (!strchr("0123456789abcdef", token[i]))
				abort();
	}
}

/* Whether path matches under any method the table uses. */
static int path_known(const struct route *table, size_t n, const char *path, char *token)
{
	struct route_args a;
	int st;
	(void)token;
	for (size_t k = 0; k < n; k++)
		if (router_match(table, n, table[k].method, path, &a, &st))
			return 1;
	return 0;
}

static void run(const struct route *table, size_t n, const char *method, const char *path,
    char *token)
{
	struct route_args a, b;
	int st = 0, st2 = 0;
	const struct route *rt = router_match(table, n, method, path, &a, &st);
	if (rt) {
		if (rt < table || rt >= table + n)
			abort();
		memcpy(token, a.token, 65);
		check_match(rt, method, path, a.id, token);
	} else if (st != 404 && st != 405) {
		abort();
	}
	const struct route *again = router_match(table, n, method, path, &b, &st2);
	if (again != rt || (rt && a.id != b.id) || (!rt && st != st2))
		abort();
	if (!rt && (st == 405) != path_known(table, n, path, token))
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf = malloc(size + 1);
	char *token = malloc(65);
	if (!buf || !token) {
		free(buf);
		free(token);
		return 0;
	}
	memcpy(buf, data, size);
	buf[size] = '\0';
	size_t cut = strcspn(buf, "\n");   /* stops at the first NUL too */
	const char *method = "GET", *path = buf;
	if (cut < size) {
		buf[cut] = '\0';
		method = buf;
		path = buf + cut + 1;
	}
	static const struct route_table *const *tables;
	if (!tables) {
		flows_register();
		tables = routes_all();
	}
	for (size_t t = 0; tables[t]; t++)
		run(tables[t]->v, tables[t]->n, method, path, token);
	run(shapes, sizeof shapes / sizeof shapes[0], method, path, token);
	free(buf);
	free(token);
	return 0;
}
