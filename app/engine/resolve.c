/* resolve.c - turning a step's Who into people. */
#include "engine/resolve.h"
#include "engine/routes.h"

#include <stdio.h>
#include <string.h>

#include "auth/roles.h"
#include "db/db.h"
#include "engine/calendar.h"
#include "engine/engine_sql.h"

#define CHAIN_MAX 20   /* a superior loop in the data must not hang us */

struct person {
	long long id, superior, dept;
	int active;
	unsigned roles;
};

void userset_add(struct userset *s, long long id)
{
	if (id <= 0 || userset_has(s, id) || s->n >= USERSET_MAX)
		return;
	s->id[s->n++] = id;
}

int userset_has(const struct userset *s, long long id)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->id[i] == id)
			return 1;
	return 0;
}

static int load_person(long long id, struct person *p)
{
	struct dbres res;
	memset(p, 0, sizeof *p);
	int rc = DB_RUN(ST_WHO_USER, &res, DBI(id));
	const struct who_user *u = who_user_at(&res, 0);
	if (rc == DB_OK && u) {
		p->id = u->id;
		p->superior = u->superior_id;
		p->active = (int)u->active;
		p->dept = u->dept_id;
		p->roles = (unsigned)u->roles;
	}
	db_free(&res);
	return rc;
}

static int eligible(const struct who_ctx *w, const struct person *p)
{
	return p->id && p->active && p->id != w->requester && p->id != w->filed_by;
}

/* The first eligible person at or above start on the superior chain. */
static int first_valid_from(const struct who_ctx *w, long long start, long long *out)
{
	struct person p;
	*out = 0;
	for (int i = 0; start && i < CHAIN_MAX; i++) {
		int rc = load_person(start, &p);
		if (rc != DB_OK)
			return rc;
		if (eligible(w, &p)) {
			*out = p.id;
			return DB_OK;
		}
		start = p.superior;
	}
	return DB_OK;
}

static int id_list(struct stmt *st, long long a, long long b, int two, const struct who_ctx *w,
    struct userset *out)
{
	struct dbres res;
	const struct user_id_row *u;
	int rc = two ? DB_RUN(st, &res, DBI(a), DBI(b)) : a ? DB_RUN(st, &res, DBI(a)) : DB_RUN0(st, &res);
	for (size_t i = 0; rc == DB_OK && (u = user_id_row_at(&res, i)); i++)
		if (u->id != w->requester && u->id != w->filed_by)
			userset_add(out, u->id);
	db_free(&res);
	return rc;
}

static unsigned role_bit(const char *name)
{
	for (unsigned i = 0; i < ROLE_COUNT; i++)
		if (!strcmp(role_key(i), name))
			return 1u << i;
	return 0;
}

static int superior_of(long long id, long long *out)
{
	struct person p;
	int rc = load_person(id, &p);
	*out = p.superior;
	return rc;
}

static int dept_head(const struct who_ctx *w, long long *out)
{
	struct dbres res;
	int rc = DB_RUN(ST_WHO_DEPT_HEAD, &res, DBI(w->dept_id));
	const struct who_dept_head *d = who_dept_head_at(&res, 0);
	long long head = d ? d->head_id : 0;
	db_free(&res);
	return rc != DB_OK ? rc : first_valid_from(w, head, out);
}

static int one_term(const struct who_ctx *w, const char *t, struct userset *out)
{
	long long id = 0, start = 0;
	int rc = DB_OK;
	if (!strcmp(t, "superior")) {
		if ((rc = superior_of(w->requester, &start)) == DB_OK)
			rc = first_valid_from(w, start, &id);
	} else if (!strcmp(t, "dept_head")) {
		rc = dept_head(w, &id);
	} else if (!strcmp(t, "next_up")) {
		if ((rc = superior_of(w->prev_approver ? w->prev_approver : w->requester, &start)) == DB_OK)
			rc = first_valid_from(w, start, &id);
	} else if (!strcmp(t, "requester")) {
		id = w->requester;
	} else if (!strcmp(t, "signers")) {
		return id_list(ST_WHO_SIGNERS, 0, 0, 0, w, out);
	} else if (!strcmp(t, "heads")) {
		return id_list(ST_WHO_HEADS, 0, 0, 0, w, out);
	} else if (!strncmp(t, "role:", 5)) {
		return id_list(ST_WHO_ROLE, role_bit(t + 5), 0, 0, w, out);
	} else if (!strncmp(t, "dept_role:", 10)) {
		return id_list(ST_WHO_DEPT_ROLE, role_bit(t + 10), w->dept_id, 1, w, out);
	} else if (!strncmp(t, "chain:", 6)) {
		return resolve_chain(w, role_bit(t + 6), out);
	} else if (!strncmp(t, "user:", 5)) {
		struct dbres res;
		rc = DB_RUN(ST_WHO_LOGIN, &res, DBS(t + 5));
		const struct user_id_row *u = user_id_row_at(&res, 0);
		start = u ? u->id : 0;
		db_free(&res);
		if (rc == DB_OK)
			rc = first_valid_from(w, start, &id);
	}
	if (rc == DB_OK)
		userset_add(out, id);
	return rc;
}

int resolve_who(const struct who_ctx *w, const char *who, struct userset *out)
{
	char term[64];
	memset(out, 0, sizeof *out);
	for (const char *p = who; (p = who_next(p, term, sizeof term));) {
		int rc = one_term(w, term, out);
		if (rc != DB_OK)
			return rc;
	}
	return DB_OK;
}

int resolve_chain(const struct who_ctx *w, unsigned role, struct userset *out)
{
	struct person p;
	long long cur = 0;
	struct userset found = {0};
	int rc = superior_of(w->requester, &cur);
	for (int i = 0; rc == DB_OK && cur && i < CHAIN_MAX; i++) {
		if ((rc = load_person(cur, &p)) != DB_OK)
			break;
		if (eligible(w, &p))
			userset_add(&found, p.id);
		if (eligible(w, &p) && (p.roles & role)) {
			for (size_t k = 0; k < found.n; k++)
				userset_add(out, found.id[k]);
			return DB_OK;
		}
		cur = p.superior;
	}
	return rc;
}

int resolve_at_top(const struct who_ctx *w, int *top)
{
	long long above = 0, start = 0;
	int rc = superior_of(w->requester, &start);
	if (rc == DB_OK)
		rc = first_valid_from(w, start, &above);
	*top = rc == DB_OK && !above;
	return rc;
}

void resolve_day_text(int day, char out[16])
{
	int y, m, dd;
	cal_ymd(day, &y, &m, &dd);
	snprintf(out, 16, "%04d-%02d-%02d", y, m, dd);
}

int resolve_deputy(long long user, int day, long long *deputy)
{
	struct dbres res;
	char d[16];
	resolve_day_text(day, d);
	int rc = DB_RUN(ST_WHO_DEPUTY, &res, DBI(user), DBS(d), DBS(d));
	const struct who_deputy *row = who_deputy_at(&res, 0);
	*deputy = rc == DB_OK && row ? row->deputy_id : 0;
	db_free(&res);
	return rc;
}

void resolve_missing_key(const char *who, char *out, size_t outlen)
{
	size_t n = strcspn(who, ", ");
	const char *colon = memchr(who, ':', n);
	if (colon && strncmp(who, "user:", 5))
		snprintf(out, outlen, "Role.%.*s", (int)(n - (size_t)(colon + 1 - who)), colon + 1);
	else
		snprintf(out, outlen, "Who.%.*s", (int)(colon ? (size_t)(colon - who) : n), who);
}
