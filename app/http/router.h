/*
 * router.h - method + path pattern -> handler, with who may call it.
 *
 * Patterns are literal segments plus ":id" (a positive decimal number),
 * ":token" (64 lowercase hex digits) and ":name" (1-24 of [a-z_], e.g. a
 * request type).  HEAD is served by GET routes.
 */
#ifndef LIAISON_ROUTER_H
#define LIAISON_ROUTER_H

#include <stddef.h>

struct req;
struct field;

/* A handler's declared fields, named once beside the handler. */
struct fieldset {
	const struct field *v;
	size_t n;
};
#define ROUTE(m, p, f, fl, ro, fs) {.method = m, .pattern = p, .fn = f, .flags = fl, .roles = ro, .fields = fs}
/* A route whose fields depend on the request type named in the path. */
#define TYPED(m, p, f, of) {.method = m, .pattern = p, .fn = f, .fields_of = of}
#define FIELDSET(name, table) const struct fieldset name = {(table), sizeof(table) / sizeof((table)[0])}


typedef int (*handler_fn)(struct req *r);

enum route_flags {
	R_PUBLIC = 1u << 0,      /* no login needed */
	R_PRELOGIN_CSRF = 1u << 1, /* POST checked against the pre-login cookie token */
	R_PW_CHANGE = 1u << 2,   /* reachable while a password change is forced */
	R_NO_HDF = 1u << 3,      /* answers without a page HDF (healthz) */
};

struct route {
	const char *method;
	const char *pattern;
	handler_fn fn;
	unsigned flags;
	unsigned roles;            /* any of these; 0 = any logged-in user */
	const struct fieldset *fields;   /* NULL: the route reads no fields */
	/* fields_of - when the fields depend on the path (a request type's form). */
	const struct fieldset *(*fields_of)(const struct req *r);
};

/*
 * router_match - find the route for method and path.  Returns the route,
 * or NULL with *status 404 (no such path) or 405 (path exists, not with
 * this method).  Path arguments go to *id and token (65 bytes); a ":name"
 * segment is kept for router_name().
 */
const struct route *router_match(const struct route *table, size_t n, const char *method,
    const char *path, long long *id, char *token, int *status);

/* router_name - the ":name" argument of the last match (empty if none). */
const char *router_name(void);

/* A module's routes; the application's list of tables is in routes.c. */
struct route_table {
	const struct route *v;
	size_t n;
};
#define ROUTE_TABLE(name, table) const struct route_table name = {(table), sizeof(table) / sizeof((table)[0])}

extern const struct route_table *const app_tables[];

/* router_match_all - router_match over every table of the application. */
const struct route *router_match_all(const char *method, const char *path, long long *id, char *token,
    int *status);

#endif
