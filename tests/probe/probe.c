/*
 * probe.c - a request type that exists only in the test build (compiled
 * into it from tests/probe/, its route in routes-probe.hdf), so the HTTP
 * tests can drive every step kind and make any hook refuse, through the
 * same engine and pages as the real types.  Its values travel in the
 * request's title; it has no table of its own, and no menu or filter
 * offers it.
 */
#ifdef LIAISON_TEST
#include <stdio.h>
#include <string.h>

#include "db/db.h"
#include "engine/engine_sql.h"
#include "engine/flow.h"
#include "http/form.h"
#include "http/router.h"
#include "pages/flow_page.h"
#include "engine/engine_sql.h"

static const char *const shapes[] = {"single", "any", "all", "two", "task", "chain", "none", "nobody", "report",
    NULL};
static const char *const events[] = {"none", "submit", "approve", "reject", "return", "withdraw", "cancel",
    "expire", "task", NULL};

static const struct field form_fields[] = {
	{"note", FT_TEXT, FIELD_REQUIRED, 1, 60, NULL},
	{"shape", FT_ENUM, FIELD_REQUIRED, 0, 0, shapes},
	{"refuse_on", FT_ENUM, 0, 0, 0, events},
	{"link_to", FT_INT, 0, 0, 1000000000000LL, NULL},
};
static FIELDSET(probe_form, form_fields);

/* Exercises links between requests: an earlier probe of one's own, done. */
static const char *const link_states[] = {"approved", "done", "signed", NULL};
static const struct flow_link probe_link = {"link_to", "probe", link_states, "probe_ref", 0};

static const struct field task_fields[] = {
	{"result", FT_TEXT, 0, 0, 60, NULL},
};
static FIELDSET(probe_task, task_fields);

static const char *const values[] = {"note", "shape", "refuse_on", NULL};

/* An unnamed refusal is none. */
static void from_form(const struct form *f, struct rvals *vals)
{
	const struct fval *refuse = form_get(f, "refuse_on");
	rvals_set(vals, "refuse_on", refuse && refuse->text ? refuse->text : "none");
}

static int save(struct flow_ctx *c)
{
	(void)c;
	return DB_OK;
}

static void title(const struct flow_ctx *c, char *out, size_t outlen)
{
	snprintf(out, outlen, "%s|%s|%s", rvals_text(&c->vals, "note"), rvals_text(&c->vals, "shape"),
	    rvals_text(&c->vals, "refuse_on"));
}

static int load(struct flow_ctx *c)
{
	struct dbres res;
	char note[64] = "", shape[16] = "", refuse[16] = "";
	int rc = DB_RUN(ST_REQ_GET, &res, DBI(c->request_id));
	const struct req_get *row = req_get_at(&res, 0);
	if (rc == DB_OK && row)
		sscanf(row->title, "%63[^|]|%15[^|]|%15s", note, shape, refuse);
	db_free(&res);
	rvals_set(&c->vals, "note", note);
	rvals_set(&c->vals, "shape", shape);
	rvals_set(&c->vals, "refuse_on", refuse);
	return rc;
}

static int hook(struct flow_ctx *c, enum flow_event ev)
{
	static const char *const names[EV__COUNT] = {"submit", "approve", "reject", "return", "withdraw", "cancel",
	    "expire", "task"};
	const char *refuse = rvals_get(&c->vals, "refuse_on");
	if (refuse && !strcmp(refuse, names[ev]))
		return flow_refuse(c, "", "Probe.Refused");
	/* Like an expense pre-approval (EX-08): approved, it lapses a day later. */
	const char *note = rvals_get(&c->vals, "note");
	if (ev == EV_APPROVE && note && !strncmp(note, "expires", 7))
		return DB_RUN(ST_REQ_SET_EXPIRY, NULL, DBI(c->now + 86400), DBI(c->request_id));
	return DB_OK;
}

static const struct flow flow = {
	.type = "probe",
	.prefix = "TS",
	.values = values,
	.cancellable = 1,
	.file_for_roles = 1u << 2,   /* department heads file on someone's behalf */
	.link = &probe_link,
	.edit_in_approval = 1,
	.hidden = 1,
	.save = save,
	.load = load,
	.hook = hook,
	.title = title,
};

const struct flow_page probe_type = {
	.flow = &flow,
	.form = &probe_form,
	.task_form = &probe_task,
	.form_tmpl = "request/generic_form.cs",
	.view_tmpl = "request/view.cs",
	.from_form = from_form,
};
#endif
