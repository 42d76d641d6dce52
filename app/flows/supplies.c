/*
 * supplies.c - 办公用品领用 (OS-01): items, quantity and purpose; the
 * department manager approves and the assistant records the hand-out.
 * Built like every workflow: a form, rules, its row, a hook.
 */
#include <stdio.h>
#include <string.h>

#include "db/db.h"
#include "engine/flow.h"
#include "http/req.h"
#include "http/router.h"

static const struct field form_fields[] = {
	{"items", FT_LINES, FIELD_REQUIRED, 1, 500, NULL},
	{"quantity", FT_INT, FIELD_REQUIRED, 1, 10000, NULL},
	{"purpose", FT_TEXT, FIELD_REQUIRED, 1, 200, NULL},
};
static FIELDSET(supplies_form, form_fields);

static const struct field task_fields[] = {
	{"handed_out", FT_TEXT, FIELD_REQUIRED, 1, 200, NULL},
};
static FIELDSET(supplies_task, task_fields);

static const char *const values[] = {"quantity", "items", "purpose", NULL};

static void from_form(struct flow_ctx *c)
{
	rvals_set(&c->vals, "items", form_get(&c->r->form, "items")->text);
	rvals_set_num(&c->vals, "quantity", form_get(&c->r->form, "quantity")->num);
	rvals_set(&c->vals, "purpose", form_get(&c->r->form, "purpose")->text);
}

static int save(struct flow_ctx *c)
{
	return DB_RUN(ST_SUPPLIES_SAVE, NULL, DBI(c->request_id), DBS(rvals_get(&c->vals, "items")),
	    DBI(rvals_num(&c->vals, "quantity")), DBS(rvals_get(&c->vals, "purpose")));
}

static int load(struct flow_ctx *c)
{
	struct dbres res;
	int rc = DB_RUN(ST_SUPPLIES_GET, &res, DBI(c->request_id));
	if (rc == DB_OK && res.nrows == 1) {
		rvals_set(&c->vals, "items", db_str(&res, 0, 0));
		rvals_set_num(&c->vals, "quantity", db_int(&res, 0, 1));
		rvals_set(&c->vals, "purpose", db_str(&res, 0, 2));
		rvals_set(&c->vals, "handed_out", db_str(&res, 0, 3));
	}
	db_free(&res);
	return rc;
}

/* The hand-out is the task step: what was handed over, recorded on the row. */
static int hook(struct flow_ctx *c, enum flow_event ev)
{
	if (ev != EV_TASK || !c->r)
		return DB_OK;
	const struct fval *v = form_get(&c->r->form, "handed_out");
	return DB_RUN(ST_SUPPLIES_HANDOUT, NULL, DBS(v && v->text ? v->text : ""), DBI(c->request_id));
}

static void title(const struct flow_ctx *c, char *out, size_t outlen)
{
	snprintf(out, outlen, "%s ×%lld", rvals_get(&c->vals, "purpose"), rvals_num(&c->vals, "quantity"));
}

const struct flow flow_supplies = {
	.type = "supplies",
	.prefix = "BG",
	.values = values,
	.form = &supplies_form,
	.task_form = &supplies_task,
	.form_tmpl = "flows/supplies_form.cs",
	.view_tmpl = "flows/supplies_view.cs",
	.cancellable = 1,
	.from_form = from_form,
	.save = save,
	.load = load,
	.hook = hook,
	.title = title,
};
