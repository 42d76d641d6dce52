/* routes.c - loading and checking conf/routes.hdf. */
#include "engine/routes.h"

#include <ClearSilver.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth/roles.h"
#include "auth/token.h"
#include "db/settings.h"
#include "engine/flow.h"

struct route_set {
	size_t n;
	struct route_def defs[ROUTE_MAX_TYPES];
	char hash[65];
};

static struct route_set *in_force;

static const char *const kinds[] = {"single", "any", "all", "two", "task"};

const char *step_kind_name(enum step_kind k) { return (unsigned)k < 5 ? kinds[k] : "?"; }

int step_kind_parse(const char *s, enum step_kind *out)
{
	for (int i = 0; i < 5; i++)
		if (!strcmp(s, kinds[i])) {
			*out = (enum step_kind)i;
			return 0;
		}
	return -1;
}

static int role_known(const char *name)
{
	for (unsigned i = 0; i < ROLE_COUNT; i++)
		if (!strcmp(role_key(i), name))
			return 1;
	return 0;
}

/* One term of a Who list, e.g. "role:gm". */
static int term_valid(const char *t, size_t n, enum step_kind kind)
{
	char buf[64];
	if (n == 0 || n >= sizeof buf)
		return 0;
	memcpy(buf, t, n);
	buf[n] = '\0';
	if (!strcmp(buf, "superior") || !strcmp(buf, "dept_head") || !strcmp(buf, "next_up") ||
	    !strcmp(buf, "signers") || !strcmp(buf, "heads"))
		return 1;
	if (!strcmp(buf, "requester"))
		return kind == SK_TASK;   /* AU-03: a requester never decides */
	if (!strncmp(buf, "role:", 5))
		return role_known(buf + 5);
	if (!strncmp(buf, "dept_role:", 10))
		return role_known(buf + 10);
	if (!strncmp(buf, "chain:", 6))
		return role_known(buf + 6);
	if (!strncmp(buf, "user:", 5))
		return n > 5;
	return 0;
}

const char *who_next(const char *p, char *term, size_t termlen)
{
	while (*p == ' ' || *p == ',')
		p++;
	size_t n = strcspn(p, ", ");
	if (!n)
		return NULL;
	snprintf(term, termlen, "%.*s", (int)n, p);
	return p + n;
}

int who_valid(const char *who, enum step_kind kind)
{
	char term[128];
	int terms = 0;
	for (const char *p = who; (p = who_next(p, term, sizeof term)); terms++)
		if (!term_valid(term, strlen(term), kind))
			return 0;
	return terms > 0;
}

static void free_set(struct route_set *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n; i++) {
		for (size_t j = 0; j < s->defs[i].nsteps; j++)
			cond_free(s->defs[i].steps[j].when);
		for (size_t j = 0; j < s->defs[i].ncancel; j++)
			cond_free(s->defs[i].cancel[j].when);
	}
	free(s);
}

/* A condition may use the type's declared values and policy settings. */
static int names_known(const struct cond *c, const char *type, char *bad, size_t badlen)
{
	const char *names[32];
	const struct flow *f = flow_find(type);
	int n = cond_names(c, names, 32);
	for (int i = 0; i < n && i < 32; i++) {
		if (setting_def_find(names[i]))
			continue;
		int ok = 0;
		for (const char *const *v = f && f->values ? f->values : NULL; v && *v && !ok; v++)
			ok = !strcmp(*v, names[i]);
		if (!ok) {
			snprintf(bad, badlen, "%s", names[i]);
			return 0;
		}
	}
	return 1;
}

/* Top and TopFile: who acts, and who is told of a filing, when the
 * requester stands at the top of the chain. */
static int parse_top(HDF *node, const char *type, struct route_step *st, char *err, size_t errlen)
{
	const char *top = hdf_get_value(node, "Top", ""), *file = hdf_get_value(node, "TopFile", "");
	if ((*top && !who_valid(top, st->kind)) || strlen(top) >= sizeof st->top) {
		snprintf(err, errlen, "routes: %s.%s: bad Top \"%s\"", type, st->name, top);
		return -1;
	}
	if ((*file && !who_valid(file, SK_ANY)) || strlen(file) >= sizeof st->top_file) {
		snprintf(err, errlen, "routes: %s.%s: bad TopFile \"%s\"", type, st->name, file);
		return -1;
	}
	snprintf(st->top, sizeof st->top, "%s", top);
	snprintf(st->top_file, sizeof st->top_file, "%s", file);
	return 0;
}

static int parse_step(HDF *node, const char *type, struct route_step *st, char *err, size_t errlen)
{
	char cerr[200], bad[64];
	snprintf(st->name, sizeof st->name, "%s", hdf_obj_name(node));
	const char *kind = hdf_get_value(node, "Kind", "single");
	const char *who = hdf_get_value(node, "Who", "");
	const char *when = hdf_get_value(node, "If", "");
	if (step_kind_parse(kind, &st->kind)) {
		snprintf(err, errlen, "routes: %s.%s: unknown Kind \"%s\"", type, st->name, kind);
		return -1;
	}
	if (!who_valid(who, st->kind) || strlen(who) >= sizeof st->who) {
		snprintf(err, errlen, "routes: %s.%s: bad Who \"%s\"", type, st->name, who);
		return -1;
	}
	snprintf(st->who, sizeof st->who, "%s", who);
	snprintf(st->state_after, sizeof st->state_after, "%s", hdf_get_value(node, "State", ""));
	st->add_signer = atoi(hdf_get_value(node, "AddSigner", "0")) == 1;
	const char *cc = hdf_get_value(node, "Cc", "");
	if (*cc && (!who_valid(cc, SK_ANY) || strlen(cc) >= sizeof st->cc)) {
		snprintf(err, errlen, "routes: %s.%s: bad Cc \"%s\"", type, st->name, cc);
		return -1;
	}
	snprintf(st->cc, sizeof st->cc, "%s", cc);
	if (parse_top(node, type, st, err, errlen))
		return -1;
	if (*when) {
		snprintf(st->cond_src, sizeof st->cond_src, "%s", when);
		if (!(st->when = cond_parse(when, cerr, sizeof cerr))) {
			snprintf(err, errlen, "routes: %s.%s: If: %s", type, st->name, cerr);
			return -1;
		}
		if (!names_known(st->when, type, bad, sizeof bad)) {
			snprintf(err, errlen, "routes: %s.%s: If uses \"%s\", which %s does not have", type,
			    st->name, bad, type);
			return -1;
		}
	}
	return 0;
}

static int parse_steps(HDF *node, const char *type, struct route_step *steps, size_t *n, char *err, size_t errlen)
{
	for (HDF *s = hdf_obj_child(node); s; s = hdf_obj_next(s)) {
		if (*n >= ROUTE_MAX_STEPS) {
			snprintf(err, errlen, "routes: %s: more than %d cancellation steps", type, ROUTE_MAX_STEPS);
			return -1;
		}
		if (parse_step(s, type, &steps[(*n)++], err, errlen))
			return -1;
	}
	return 0;
}

static int parse_type(HDF *node, struct route_def *d, char *err, size_t errlen)
{
	snprintf(d->type, sizeof d->type, "%s", hdf_obj_name(node));
	if (!flow_find(d->type)) {
		snprintf(err, errlen, "routes: unknown request type \"%s\"", d->type);
		return -1;
	}
	for (HDF *s = hdf_obj_child(node); s; s = hdf_obj_next(s)) {
		if (!strcmp(hdf_obj_name(s), "Cancel")) {
			if (parse_steps(s, d->type, d->cancel, &d->ncancel, err, errlen))
				return -1;
			continue;
		}
		if (d->nsteps >= ROUTE_MAX_STEPS) {
			snprintf(err, errlen, "routes: %s: more than %d steps", d->type, ROUTE_MAX_STEPS);
			return -1;
		}
		if (parse_step(s, d->type, &d->steps[d->nsteps++], err, errlen))
			return -1;
	}
	return 0;
}

static int parse_hdf(HDF *hdf, struct route_set *set, char *err, size_t errlen)
{
	HDF *root = hdf_get_obj(hdf, "Route");
	if (!root) {
		snprintf(err, errlen, "routes: no Route section");
		return -1;
	}
	for (HDF *t = hdf_obj_child(root); t; t = hdf_obj_next(t)) {
		if (set->n >= ROUTE_MAX_TYPES) {
			snprintf(err, errlen, "routes: too many types");
			return -1;
		}
		if (parse_type(t, &set->defs[set->n++], err, errlen))
			return -1;
	}
	size_t nflows;
	const struct flow *const *flows = flow_all(&nflows);
	for (size_t i = 0; i < nflows; i++) {
		int found = 0;
		for (size_t j = 0; j < set->n && !found; j++)
			found = !strcmp(set->defs[j].type, flows[i]->type);
		if (!found) {
			snprintf(err, errlen, "routes: no route for type \"%s\"", flows[i]->type);
			return -1;
		}
	}
	return 0;
}

static int install(const char *text, char *err, size_t errlen)
{
	HDF *hdf = NULL;
	struct route_set *set = calloc(1, sizeof *set);
	NEOERR *nerr = set ? hdf_init(&hdf) : nerr_raise(NERR_NOMEM, "no memory");
	if (!nerr)
		nerr = hdf_read_string(hdf, text);
	if (nerr) {
		STRING s;
		string_init(&s);
		nerr_error_string(nerr, &s);
		snprintf(err, errlen, "routes: %s", s.buf ? s.buf : "unreadable");
		string_clear(&s);
		nerr_ignore(&nerr);
		hdf_destroy(&hdf);
		free_set(set);
		return -1;
	}
	int rc = parse_hdf(hdf, set, err, errlen);
	hdf_destroy(&hdf);
	if (rc) {
		free_set(set);
		return -1;
	}
	sha256_hex(text, strlen(text), set->hash);
	free_set(in_force);
	in_force = set;
	return 0;
}

int routes_parse_string(const char *text, char *err, size_t errlen) { return install(text, err, errlen); }

int routes_load(const char *path, char *err, size_t errlen)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		snprintf(err, errlen, "routes: cannot read %s", path);
		return -1;
	}
	static char text[256 * 1024];
	size_t n = fread(text, 1, sizeof text - 1, f);
	fclose(f);
	text[n] = '\0';
	return install(text, err, errlen);
}

const struct route_def *route_find(const char *type)
{
	for (size_t i = 0; in_force && i < in_force->n; i++)
		if (!strcmp(in_force->defs[i].type, type))
			return &in_force->defs[i];
	return NULL;
}

const char *routes_hash(void) { return in_force ? in_force->hash : ""; }
