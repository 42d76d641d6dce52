/*
 * probe.c - a request type that exists only in the test build, so the
 * HTTP tests can drive every step kind and make any hook refuse, through
 * the same engine and pages as the real types.  Its values travel in the
 * request's title; it has no table of its own.
 */
#ifdef LIAISON_TEST
#include <stdio.h>
#include <string.h>

#include "db/db.h"
#include "engine/flow.h"
#include "http/req.h"
#include "http/router.h"

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

static void from_form(struct flow_ctx *c)
{
	const struct fval *refuse = form_get(&c->r->form, "refuse_on");
	rvals_set(&c->vals, "note", form_get(&c->r->form, "note")->text);
	rvals_set(&c->vals, "shape", form_get(&c->r->form, "shape")->text);
	rvals_set(&c->vals, "refuse_on", refuse && refuse->text ? refuse->text : "none");
}

static int save(struct flow_ctx *c)
{
	(void)c;
	return DB_OK;
}

static void title(const struct flow_ctx *c, char *out, size_t outlen)
{
	snprintf(out, outlen, "%s|%s|%s", rvals_get(&c->vals, "note"), rvals_get(&c->vals, "shape"),
	    rvals_get(&c->vals, "refuse_on"));
}

static int load(struct flow_ctx *c)
{
	struct dbres res;
	char note[64] = "", shape[16] = "", refuse[16] = "";
	int rc = DB_RUN(ST_REQ_GET, &res, DBI(c->request_id));
	if (rc == DB_OK && res.nrows == 1)
		sscanf(db_str(&res, 0, 3), "%63[^|]|%15[^|]|%15s", note, shape, refuse);
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
	if (refuse && !strcmp(refuse, names[ev])) {
		snprintf(c->error_key, sizeof c->error_key, "Probe.Refused");
		return FLOW_REFUSED;
	}
	/* Like an expense pre-approval (EX-08): approved, it lapses a day later. */
	const char *note = rvals_get(&c->vals, "note");
	if (ev == EV_APPROVE && note && !strncmp(note, "expires", 7))
		return DB_RUN(ST_REQ_SET_EXPIRY, NULL, DBI(c->now + 86400), DBI(c->request_id));
	return DB_OK;
}

const struct flow flow_probe = {
	.type = "probe",
	.prefix = "TS",
	.values = values,
	.form = &probe_form,
	.task_form = &probe_task,
	.form_tmpl = "request/generic_form.cs",
	.view_tmpl = "request/view.cs",
	.cancellable = 1,
	.file_for_roles = 1u << 2,   /* department heads file on someone's behalf */
	.link = &probe_link,
	.from_form = from_form,
	.save = save,
	.load = load,
	.hook = hook,
	.title = title,
};
#endif
