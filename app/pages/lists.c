/* lists.c - the request lists as pages, their CSV export, bulk approval. */
#include "pages/lists.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/clock.h"
#include "db/db.h"
#include "engine/engine.h"
#include "engine/engine_sql.h"
#include "engine/flow.h"
#include "engine/lists.h"
#include "http/req.h"
#include "pages/flow_page.h"
#include "pages/pages.h"
#include "view/csv.h"
#include "view/list.h"
#include "view/names.h"
#include "view/page.h"
#include "view/view.h"
#include "engine/engine_sql.h"

#define CSV_MAX_ROWS 50000
#define FAR_FUTURE 2147483647LL

struct list_def {
	const char *name;
	enum list_name which;
	const char *title_key, *time_key;
	int bulk;
};

static const struct list_def defs[] = {
	{"inbox", LIST_INBOX, "Inbox.Title", "Inbox.Since", 1},
	{"done", LIST_DONE, "Lists.Done", "Lists.DecidedAt", 0},
	{"mine", LIST_MINE, "Mine.Title", "Mine.Updated", 0},
	{"cc", LIST_CC, "Lists.Cc", "Lists.CopiedAt", 0},
};

static const struct list_def *find_def(const struct req *r)
{
	const char *name = r->arg_name[0] ? r->arg_name : r->path + 1;
	for (size_t i = 0; i < sizeof defs / sizeof defs[0]; i++)
		if (!strcmp(defs[i].name, name))
			return &defs[i];
	return NULL;
}

/* Unknown types and states simply match nothing: they were validated as text. */
static void read_filter(const struct req *r, struct list_filter *f)
{
	const struct fval *from = form_get(&r->form, "from"), *to = form_get(&r->form, "to");
	const char *type = form_get(&r->form, "type")->text, *state = form_get(&r->form, "state")->text;
	const char *text = form_get(&r->form, "q")->text;
	f->type = type ? type : "";
	f->state = state ? state : "";
	f->text = text ? text : "";
	f->from = from->present && from->err == V_OK ? from->num * 86400 - SHANGHAI_OFFSET : 0;
	f->to = to->present && to->err == V_OK ? (to->num + 1) * 86400 - SHANGHAI_OFFSET : FAR_FUTURE;
	if (f->to > FAR_FUTURE)
		f->to = FAR_FUTURE;
}

/* The rows, with the names beside them ready (view/names.h). */
static int fetch(const struct req *r, const struct list_def *d, const struct list_filter *f, long long limit,
    long long offset, struct dbres *res)
{
	int rc = list_rows(d->which, r->user.id, f, limit, offset, res);
	return rc == DB_OK ? names_ready() : rc;
}

void list_row_title(const char *lang, const struct list_row *row, char *title, size_t size)
{
	const char *zh, *en;
	names_kind(row->type, row->kind, &zh, &en);
	request_title(lang, zh, en, row->title, title, size);
}

static void row_to_hdf(struct req *r, const struct list_row *row, size_t i)
{
	char title[LIST_TITLE_MAX];
	list_row_title(r->lang, row, title, sizeof title);
	page_set_int(r, row->id, "Rows.%zu.Id", i);
	page_set(r, row->number, "Rows.%zu.Number", i);
	page_set_label(r, "Type", row->type, "Rows.%zu.Type", i);
	page_set(r, title, "Rows.%zu.Title", i);
	page_set_label(r, "State", row->state, "Rows.%zu.State", i);
	page_set(r, row->state, "Rows.%zu.StateKey", i);   /* the chip's colour */
	page_set(r, names_user(row->requester_id), "Rows.%zu.Requester", i);
	page_set_time(r, row->at, "Rows.%zu.At", i);
	page_set_int(r, row->version, "Rows.%zu.Version", i);
	/* Bulk approval only for plain single-approver steps. */
	if (!strcmp(row->step_kind, "single") || !strcmp(row->step_kind, "any"))
		page_set(r, "1", "Rows.%zu.Bulk", i);
}

static void types_to_hdf(struct req *r)
{
	size_t n;
	const struct flow *const *flows = flow_all(&n);
	for (size_t i = 0, k = 0; i < n; i++) {
		if (flows[i]->hidden)
			continue;
		page_set(r, flows[i]->type, "Types.%zu.Key", k);
		page_set_label(r, "Type", flows[i]->type, "Types.%zu.Name", k);
		const struct flow_page *fp = flow_page_find(flows[i]->type);
		if (fp && fp->form)
			page_set(r, "1", "Types.%zu.Fileable", k);
		k++;
	}
}

int page_list(struct req *r)
{
	const struct list_def *d = find_def(r);
	struct list_filter f;
	struct dbres res;
	const struct list_row *row;
	if (!d)
		return 404;
	read_filter(r, &f);
	long long page = form_get(&r->form, "page")->num;
	/* One row more than a page says whether a next page exists: the cost
	 * follows the page, not the number of rows the user has. */
	int rc = fetch(r, d, &f, LIST_PER_PAGE + 1, list_offset(page), &res);
	for (size_t i = 0; rc == DB_OK && i < LIST_PER_PAGE && (row = list_row_at(&res, i)); i++)
		row_to_hdf(r, row, i);
	int more = rc == DB_OK && res.nrows > LIST_PER_PAGE;
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	list_pager_open(r, page, more);
	page_form_values(r);
	types_to_hdf(r);
	page_set(r, d->name, "List.Name");
	view_set_text(r, "List.Title", d->title_key);
	view_set_text(r, "List.TimeHead", d->time_key);
	if (d->bulk)
		page_set(r, "1", "List.Bulk");
	page_title(r, d->title_key);
	return view_page(r, 200, "request/list.cs");
}

static NEOERR *csv_rows(struct req *r, STRING *out, const struct dbres *res)
{
	NEOERR *err = STATUS_OK;
	char key[64], at[20], title[LIST_TITLE_MAX];
	const struct list_row *row;
	for (size_t i = 0; !err && (row = list_row_at(res, i)); i++) {
		snprintf(key, sizeof key, "Type.%s", row->type);
		err = csv_field(out, row->number, 1);
		if (!err)
			err = csv_field(out, view_text(r->lang, key), 0);
		list_row_title(r->lang, row, title, sizeof title);
		if (!err)
			err = csv_field(out, title, 0);
		snprintf(key, sizeof key, "State.%s", row->state);
		if (!err)
			err = csv_field(out, view_text(r->lang, key), 0);
		if (!err)
			err = csv_field(out, names_user(row->requester_id), 0);
		clock_fmt_local((time_t)row->at, at);
		if (!err)
			err = csv_field(out, at, 0);
		if (!err)
			err = csv_row_end(out);
	}
	return nerr_pass(err);
}

static NEOERR *csv_head(struct req *r, const struct list_def *d, STRING *out)
{
	static const char *const keys[] = {"Request.Number", "Request.Type", "Request.Subject", "Request.State",
	    "Request.Requester"};
	NEOERR *err = csv_begin(out);
	for (size_t c = 0; !err && c < 5; c++)
		err = csv_field(out, view_text(r->lang, keys[c]), c == 0);
	if (!err)
		err = csv_field(out, view_text(r->lang, d->time_key), 0);
	if (!err)
		err = csv_row_end(out);
	return nerr_pass(err);
}

int page_list_csv(struct req *r)
{
	const struct list_def *d = find_def(r);
	struct list_filter f;
	STRING out;
	if (!d)
		return 404;
	read_filter(r, &f);
	string_init(&out);
	NEOERR *err = csv_head(r, d, &out);
	int rc = DB_OK;
	for (long long off = 0; !err && rc == DB_OK && off < CSV_MAX_ROWS; off += 1000) {
		struct dbres res;
		rc = fetch(r, d, &f, 1000, off, &res);
		if (rc == DB_OK)
			err = csv_rows(r, &out, &res);
		size_t n = res.nrows;
		db_free(&res);
		if (n < 1000)
			break;
	}
	if (err || rc != DB_OK) {
		nerr_ignore(&err);
		string_clear(&out);
		return rc != DB_OK ? rc : DB_ERR;
	}
	char name[48];
	snprintf(name, sizeof name, "%s.csv", d->name);
	csv_send(r, name, &out);
	string_clear(&out);
	return 0;
}

/* Each item is its own decision: one failing leaves the others decided. */
int page_bulk_approve(struct req *r)
{
	if (r->form.nerr)
		return 400;
	const char *p = form_get(&r->form, "pick")->text;
	size_t i = 0;
	while (p && *p) {
		struct decision_in d;
		memset(&d, 0, sizeof d);
		d.actor = &r->actor;
		d.request_id = strtoll(p, NULL, 10);
		d.version = strtoll(strchr(p, ':') + 1, NULL, 10);
		d.what = D_APPROVE;
		d.bulk = 1;
		int rc = engine_decide(&d);
		page_set_int(r, d.request_id, "Results.%zu.Id", i);
		page_set(r, view_text(r->lang, rc == DB_OK ? "Bulk.Ok" : rc == O_CONFLICT ? "Bulk.Stale"
		    : rc == O_REFUSED && d.error_key[0] ? d.error_key : "Bulk.Failed"),
		    "Results.%zu.Text", i);
		page_set(r, rc == DB_OK ? "1" : "0", "Results.%zu.Ok", i);
		i++;
		p = strchr(p, ',');
		p = p ? p + 1 : NULL;
	}
	page_title(r, "Bulk.Title");
	return view_page(r, 200, "request/bulk.cs");
}
