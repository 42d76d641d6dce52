/*
 * supplies.c - 办公用品、固定资产领用 (OS-01): item rows (name,
 * specification, quantity, unit) of one kind, office supplies or fixed
 * assets, and their purpose.  The department manager approves; the
 * assistant gathers approved requests into a consolidated report
 * (supplies_reports.c), sends it, then records what each row got
 * (supplies_record.c: the task step's hook).  Its tables: supplies_requests
 * (sql/003-engine.sql), supplies_items, supplies_assets, supplies_reports
 * (sql/015-supplies.sql).
 */
#include "flows/supplies/supplies.h"

#include <stdio.h>
#include <string.h>

#include "auth/roles.h"
#include "db/db.h"
#include "engine/flow.h"
#include "flows/supplies/supplies_load.h"
#include "flows/supplies/supplies_record.h"
#include "flows/supplies/supplies_rows.h"
#include "flows/supplies/supplies_sql.h"
#include "http/form.h"
#include "http/router.h"
#include "pages/flow_page.h"

static const char *const kinds[] = {"supplies", "asset", NULL};

#define ROW_FIELDS(i) \
	{"name_" #i, FT_TEXT, 0, 0, SUP_NAME_MAX, NULL}, {"spec_" #i, FT_TEXT, 0, 0, SUP_SPEC_MAX, NULL}, \
	{"qty_" #i, FT_INT, 0, 1, SUP_QTY_MAX, NULL}, {"unit_" #i, FT_TEXT, 0, 0, SUP_UNIT_MAX, NULL}

/* "rows" comes only from the "more rows" button: how many rows to show. */
static const struct field form_fields[] = {
	{"kind", FT_ENUM, FIELD_REQUIRED, 0, 0, kinds},
	ROW_FIELDS(1), ROW_FIELDS(2), ROW_FIELDS(3), ROW_FIELDS(4),
	ROW_FIELDS(5), ROW_FIELDS(6), ROW_FIELDS(7), ROW_FIELDS(8),
	{"purpose", FT_TEXT, FIELD_REQUIRED, 1, SUP_PURPOSE_MAX, NULL},
	{"rows", FT_INT, 0, 1, SUP_ROWS, NULL},
};
static FIELDSET(supplies_form, form_fields);

/* The form's fields with the shared page's own two (on_behalf_of, draft)
 * must fit pages/fields.c's 40 and, as values, the engine's RVAL_MAX slots;
 * so must what load gives.  These bound SUP_ROWS. */
_Static_assert(sizeof form_fields / sizeof form_fields[0] == 4 * SUP_ROWS + 3, "one set of fields per row");
_Static_assert(4 * SUP_ROWS + 3 + 2 <= 40, "the shared form pages compose at most 40 fields");
_Static_assert(4 * SUP_ROWS + 3 + 2 <= RVAL_MAX, "a submission's values fit the engine's slots");
_Static_assert(4 * SUP_ROWS + SUP_LOAD_EXTRA <= RVAL_MAX, "a request's loaded values fit the engine's slots");

/* What the hand-out task step records: supplies_pages.c. */
extern const struct fieldset supplies_task_fields;

static const char *const values[] = {"kind", NULL};

static long long total_of(const struct sup_rows *rows)
{
	long long t = 0;
	for (size_t i = 0; i < rows->n; i++)
		t += rows->v[i].qty;
	return t;
}

/* The rows are stored numbered 1..n in the order typed; a draft's rows
 * are kept as they are, even half filled. */
static int save(struct flow_ctx *c)
{
	struct sup_rows rows;
	sup_rows_from_vals(&c->vals, &rows);
	int rc = DB_RUN(ST_SUPPLIES_SAVE, NULL, DBI(c->request_id), DBS(rvals_text(&c->vals, "kind")),
	    DBI(total_of(&rows)), DBS(rvals_text(&c->vals, "purpose")));
	if (rc == DB_OK)
		rc = DB_RUN(ST_SUP_ITEMS_CLEAR, NULL, DBI(c->request_id));
	for (size_t i = 0; rc == DB_OK && i < rows.n; i++) {
		const struct sup_row *w = &rows.v[i];
		rc = DB_RUN(ST_SUP_ITEM_ADD, NULL, DBI(c->request_id), DBI(i + 1), DBS(w->name), DBS(w->spec), DBI(w->qty),
		    DBS(w->unit));
	}
	return rc;
}

/* At submission: at least one row, each with a name, a quantity and a
 * unit; the first problem is refused beside its field (the form page
 * then shows every row's, supplies_prepare). */
static int rules(struct flow_ctx *c)
{
	struct sup_rows rows;
	struct sup_err err;
	sup_rows_from_vals(&c->vals, &rows);
	if (sup_rows_check(&rows, &err, 1))
		return flow_refuse(c, err.field, err.key);
	return DB_OK;
}

/* Cancelled after approval: out of a report still being gathered; once
 * the report is sent, the items are on their way and it stays. */
static int cancel(struct flow_ctx *c)
{
	struct dbres res;
	int rc = DB_RUN(ST_SUP_REQ_REPORT_LOCK, &res, DBI(c->request_id));
	const struct sup_req_report *p = sup_req_report_at(&res, 0);
	int sent = p && !strcmp(p->state, "sent"), held = p != NULL;
	char no[24] = "";
	if (p)
		supplies_report_no(p->report_id, no, sizeof no);
	db_free(&res);
	if (rc != DB_OK || !held)
		return rc;
	if (sent)
		return flow_refuse(c, "", "Supplies.Err.CancelSent");
	rc = DB_RUN(ST_SUP_UNREPORT, NULL, DBI(c->request_id));
	if (rc == DB_OK)
		flow_note(c, "supplies_unreported", no);
	return rc;
}

static int hook(struct flow_ctx *c, enum flow_event ev)
{
	if (ev == EV_TASK)
		return sup_record_handout(c);
	if (ev == EV_CANCEL)
		return cancel(c);
	return DB_OK;
}

/* Appends piece when it fits whole; else "…" once, and stops. */
static int append(char *out, size_t outlen, size_t *at, const char *piece)
{
	size_t n = strlen(piece);
	if (*at + n < outlen) {
		memcpy(out + *at, piece, n + 1);
		*at += n;
		return 1;
	}
	if (*at + 4 < outlen)
		memcpy(out + *at, "\xE2\x80\xA6", 4);
	return 0;
}

/* The rows, "签字笔 ×10支, 笔记本 ×5本"; never cut inside a character. */
static void title(const struct flow_ctx *c, char *out, size_t outlen)
{
	struct sup_rows rows;
	char piece[SUP_NAME_MAX * 4 + SUP_UNIT_MAX * 4 + 40];
	size_t at = 0;
	sup_rows_from_vals(&c->vals, &rows);
	out[0] = '\0';
	for (size_t i = 0; i < rows.n; i++) {
		const struct sup_row *w = &rows.v[i];
		snprintf(piece, sizeof piece, "%s%s ×%lld%s", i ? ", " : "", w->name, w->qty, w->unit);
		if (!append(out, outlen, &at, piece))
			break;
	}
}

static const struct flow flow = {
	.type = "supplies",
	.prefix = "BG",
	.values = values,
	.kind_value = "kind",
	.cancellable = 1,
	.save = save,
	.rules = rules,
	.load = sup_load,
	.hook = hook,
	.hook_events = EV_BIT(EV_TASK) | EV_BIT(EV_CANCEL),
	.title = title,
};

static const struct flow_nav nav[] = {
	{"/supplies/reports", "SuppliesReports", ROLE_ASSISTANT},
	{NULL, NULL, 0},
};

const struct flow_page supplies_type = {
	.flow = &flow,
	.form = &supplies_form,
	.task_form = &supplies_task_fields,
	.form_tmpl = "flows/supplies/form.cs",
	.view_tmpl = "flows/supplies/view.cs",
	.prepare = supplies_prepare,
	.routes = &supplies_table,
	.nav = nav,
};
