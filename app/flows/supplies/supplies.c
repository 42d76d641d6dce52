/*
 * supplies.c - 办公用品领用 (OS-01): items, quantity and purpose; the
 * department manager approves and the assistant records the hand-out.
 * Built like every type: a form, its row, a hook.  Its table:
 * supplies_requests (sql/003-engine.sql).
 */
#include <stdio.h>

#include "db/db.h"
#include "engine/flow.h"
#include "flows/supplies/supplies_sql.h"
#include "http/form.h"
#include "http/router.h"
#include "pages/flow_page.h"

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

static int save(struct flow_ctx *c)
{
	return DB_RUN(ST_SUPPLIES_SAVE, NULL, DBI(c->request_id), DBS(rvals_text(&c->vals, "items")),
	    DBI(rvals_num(&c->vals, "quantity")), DBS(rvals_text(&c->vals, "purpose")));
}

static int load(struct flow_ctx *c)
{
	struct dbres res;
	int rc = DB_RUN(ST_SUPPLIES_GET, &res, DBI(c->request_id));
	const struct supplies_get *row = supplies_get_at(&res, 0);
	if (rc == DB_OK && row) {
		rvals_set(&c->vals, "items", row->items);
		rvals_set_num(&c->vals, "quantity", row->quantity);
		rvals_set(&c->vals, "purpose", row->purpose);
		rvals_set(&c->vals, "handed_out", row->handed_out);
	}
	db_free(&res);
	return rc;
}

/* The hand-out is the task step: what was handed over, recorded on the row. */
static int hook(struct flow_ctx *c, enum flow_event ev)
{
	if (ev != EV_TASK)
		return DB_OK;
	return DB_RUN(ST_SUPPLIES_HANDOUT, NULL, DBS(rvals_text(c->input, "handed_out")), DBI(c->request_id));
}

static void title(const struct flow_ctx *c, char *out, size_t outlen)
{
	snprintf(out, outlen, "%s ×%lld", rvals_text(&c->vals, "purpose"), rvals_num(&c->vals, "quantity"));
}

static const struct flow flow = {
	.type = "supplies",
	.prefix = "BG",
	.values = values,
	.cancellable = 1,
	.save = save,
	.load = load,
	.hook = hook,
	.title = title,
};

const struct flow_page supplies_type = {
	.flow = &flow,
	.form = &supplies_form,
	.task_form = &supplies_task,
	.form_tmpl = "flows/supplies/form.cs",
	.view_tmpl = "flows/supplies/view.cs",
};
