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

/* What a match captured from the path. */
struct route_args {
	long long id;              /* ":id" */
	char token[65];            /* ":token" */
	char name[25];             /* ":name" */
};

/*
 * router_match - find the route for method and path.  Returns the route
 * with its captures in *args, or NULL with *status 404 (no such path) or
 * 405 (path exists, not with this method).
 */
const struct route *router_match(const struct route *table, size_t n, const char *method,
    const char *path, struct route_args *args, int *status);

/* A module's routes; the application's list of tables is web/routes.c's. */
struct route_table {
	const struct route *v;
	size_t n;
};
#define ROUTE_TABLE(name, table) const struct route_table name = {(table), sizeof(table) / sizeof((table)[0])}

/* router_match_all - router_match over every table of a NULL-terminated list. */
const struct route *router_match_all(const struct route_table *const *tables, const char *method, const char *path,
    struct route_args *args, int *status);

#endif
