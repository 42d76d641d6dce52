/*
 * visit.c - 商家拜访 (SP-02, SP-03): the merchant, the purpose, the day and
 * the colleagues going with the planner - two or more people, all distinct
 * and active, or the plan is refused with the reason.  The head or a deputy
 * head approves (conf/routes.hdf); then the planner reports what the
 * merchant asked for and what was discussed (the report task), and the
 * head is told.  Its tables: visit_requests, visit_people
 * (sql/023-sponsor.sql).
 */
#include "flows/visit/visit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth/roles.h"
#include "db/db.h"
#include "engine/flow.h"
#include "flows/agreement/agreement.h"
#include "flows/agreement/agreement_sql.h"
#include "flows/visit/visit_sql.h"
#include "http/form.h"
#include "http/req.h"
#include "http/router.h"
#include "pages/flow_page.h"
#include "view/list.h"
#include "view/page.h"

#define WITH_FIELD(i) {"with_" #i, FT_INT, 0, 0, 1000000000, NULL}

static const struct field form_fields[] = {
	{"merchant_id", FT_INT, FIELD_REQUIRED, 1, 1000000000, NULL},
	{"visit_on", FT_DATE, FIELD_REQUIRED, 0, 0, NULL},
	{"purpose", FT_LINES, FIELD_REQUIRED, 1, VISIT_PURPOSE_MAX, NULL},
	WITH_FIELD(1), WITH_FIELD(2), WITH_FIELD(3), WITH_FIELD(4),
};
static FIELDSET(visit_form, form_fields);
_Static_assert(sizeof form_fields / sizeof form_fields[0] == 3 + VISIT_WITH, "one field per colleague");

/* What the report task records. */
static const struct field task_fields[] = {
	{"asked", FT_LINES, FIELD_REQUIRED, 1, VISIT_REPORT_MAX, NULL},
	{"discussed", FT_LINES, FIELD_REQUIRED, 1, VISIT_REPORT_MAX, NULL},
};
static FIELDSET(visit_task, task_fields);

static const char *const values[] = {"amount", NULL};

static long long with_id(const struct rvals *v, int i)
{
	char name[16];
	snprintf(name, sizeof name, "with_%d", i);
	return rvals_num(v, name);
}

/* The planner and each colleague named, once each (a draft's too). */
static int save(struct flow_ctx *c)
{
	const struct rvals *v = &c->vals;
	int rc = DB_RUN(ST_VISIT_SAVE, NULL, DBI(c->request_id), DBI(rvals_num(v, "merchant_id")),
	    DBS(rvals_text(v, "purpose")), rvals_get(v, "visit_on") ? DBI(rvals_num(v, "visit_on")) : DBN);
	if (rc == DB_OK)
		rc = DB_RUN(ST_VISIT_PEOPLE_CLEAR, NULL, DBI(c->request_id));
	if (rc == DB_OK)
		rc = DB_RUN(ST_VISIT_PERSON_ADD, NULL, DBI(c->request_id), DBI(c->requester_id));
	for (int i = 1; rc == DB_OK && i <= VISIT_WITH; i++)
		if (with_id(v, i) > 0)
			rc = DB_RUN(ST_VISIT_PERSON_ADD, NULL, DBI(c->request_id), DBI(with_id(v, i)));
	return rc;
}

static int active_user(long long id, int *active)
{
	struct dbres res;
	int rc = DB_RUN(ST_VISIT_USER, &res, DBI(id));
	const struct visit_user *u = visit_user_at(&res, 0);
	*active = u && u->active == 1;
	db_free(&res);
	return rc;
}

/* SP-02: nobody goes alone - at least one colleague besides the planner,
 * each a distinct active user. */
static int check_people(struct flow_ctx *c)
{
	long long seen[VISIT_WITH + 1] = {c->requester_id};
	int n = 1;
	char field[16];
	for (int i = 1; i <= VISIT_WITH; i++) {
		long long id = with_id(&c->vals, i);
		if (id <= 0)
			continue;
		snprintf(field, sizeof field, "with_%d", i);
		for (int k = 0; k < n; k++)
			if (seen[k] == id)
				return flow_refuse(c, field, "Visit.Err.Twice");
		int active = 0;
		int rc = active_user(id, &active);
		if (rc != DB_OK)
			return rc;
		if (!active)
			return flow_refuse(c, field, "Visit.Err.Inactive");
		seen[n++] = id;
	}
	return n < 2 ? flow_refuse(c, "with_1", "Visit.Err.Alone") : DB_OK;
}

static int rules(struct flow_ctx *c)
{
	struct dbres res;
	int rc = DB_RUN(ST_MERCHANT_GET, &res, DBI(rvals_num(&c->vals, "merchant_id")));
	int known = merchant_at(&res, 0) != NULL;
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	if (!known)
		return flow_refuse(c, "merchant_id", "Sponsor.Err.Merchant");
	return check_people(c);
}

/* SP-03: the report, kept with the visit; the head is told. */
static int report(struct flow_ctx *c)
{
	const struct rvals *in = c->input;
	struct dbres res;
	int rc = DB_RUN(ST_VISIT_REPORT, NULL, DBS(rvals_text(in, "asked")), DBS(rvals_text(in, "discussed")),
	    DBI(c->now), DBI(c->request_id));
	if (rc == DB_OK)
		rc = DB_RUN(ST_VISIT_HEAD, &res, DBI(c->requester_id));
	else
		memset(&res, 0, sizeof res);
	const struct visit_head *h = visit_head_at(&res, 0);
	long long head = h && h->head_id ? atoll(h->head_id) : 0;
	db_free(&res);
	if (rc == DB_OK && head)
		flow_tell(c, head, "visit_report");
	if (rc == DB_OK)
		flow_note(c, "visit_reported", "");
	return rc;
}

static int hook(struct flow_ctx *c, enum flow_event ev)
{
	if (ev == EV_TASK && c->input && c->step_name && !strcmp(c->step_name, "report"))
		return report(c);
	return DB_OK;
}

static int load_people(struct flow_ctx *c)
{
	struct dbres res;
	const struct visit_person *p;
	char names[800] = "", id[24], field[16];
	size_t at = 0;
	int k = 1;
	int rc = DB_RUN(ST_VISIT_PEOPLE, &res, DBI(c->request_id));
	for (size_t i = 0; rc == DB_OK && (p = visit_person_at(&res, i)); i++) {
		int w = snprintf(names + at, sizeof names - at, "%s%s", i ? "、" : "", p->name);
		if (w > 0 && (size_t)w < sizeof names - at)
			at += (size_t)w;
		if (p->user_id != c->requester_id && k <= VISIT_WITH) {
			snprintf(field, sizeof field, "with_%d", k++);
			snprintf(id, sizeof id, "%lld", p->user_id);
			rvals_set(&c->vals, field, id);
		}
	}
	db_free(&res);
	rvals_set(&c->vals, "people", names);
	return rc;
}

static int load(struct flow_ctx *c)
{
	struct dbres res;
	char n[24];
	int rc = DB_RUN(ST_VISIT_GET, &res, DBI(c->request_id));
	const struct visit_get *v = visit_get_at(&res, 0);
	if (rc == DB_OK && v) {
		snprintf(n, sizeof n, "%lld", v->merchant_id);
		rvals_set(&c->vals, "merchant_id", n);
		rvals_set(&c->vals, "merchant", v->merchant ? v->merchant : "");
		rvals_set(&c->vals, "purpose", v->purpose);
		if (v->visit_on)
			rvals_set(&c->vals, "visit_on", v->visit_on);
		if (v->reported_at) {
			rvals_set(&c->vals, "asked", v->asked);
			rvals_set(&c->vals, "discussed", v->discussed);
		}
	}
	db_free(&res);
	return rc == DB_OK ? load_people(c) : rc;
}

/* The merchant's name for the title (a draft's too). */
static void from_form(const struct form *f, struct rvals *vals)
{
	struct dbres res;
	(void)f;
	if (DB_RUN(ST_MERCHANT_GET, &res, DBI(rvals_num(vals, "merchant_id"))) == DB_OK && merchant_at(&res, 0))
		rvals_set(vals, "merchant", merchant_at(&res, 0)->name);
	db_free(&res);
}

static void title(const struct flow_ctx *c, char *out, size_t outlen)
{
	snprintf(out, outlen, "%s", rvals_text(&c->vals, "merchant"));
}

/* The merchants and the colleagues to choose from. */
static int prepare(struct req *r, int preview)
{
	int rc = agreement_prepare(r, preview);
	return rc == DB_OK ? list_roster() : rc;
}

static const struct flow flow = {
	.type = "visit",
	.prefix = "BF",
	.values = values,
	.save = save,
	.rules = rules,
	.load = load,
	.hook = hook,
	.hook_events = EV_BIT(EV_TASK),
	.title = title,
};

static const struct flow_nav nav[] = {
	{"/visits/stats", "VisitStats", ROLE_HEAD | ROLE_DEPUTY | ROLE_DIRECTOR | ROLE_GM | ROLE_EXEC},
	{NULL, NULL, 0},
};

const struct flow_page visit_type = {
	.flow = &flow,
	.form = &visit_form,
	.task_form = &visit_task,
	.form_tmpl = "flows/visit/form.cs",
	.view_tmpl = "flows/visit/view.cs",
	.from_form = from_form,
	.prepare = prepare,
	.routes = &visit_table,
	.nav = nav,
};
