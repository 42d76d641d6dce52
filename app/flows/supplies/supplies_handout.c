/* supplies_handout.c - the hand-out page of one reported request: each row
 * with the quantity handed out and, for fixed assets, one asset tag per
 * unit; every problem shown beside its row before the engine records the
 * task step (whose hook, supplies_record.c, checks it all again). */
#include "flows/supplies/supplies.h"

#include <stdio.h>
#include <string.h>

#include "core/outcome.h"
#include "db/db.h"
#include "engine/access.h"
#include "engine/engine.h"
#include "flows/supplies/supplies_record.h"
#include "flows/supplies/supplies_sql.h"
#include "http/req.h"
#include "http/resp.h"
#include "pages/flow_page.h"
#include "view/page.h"
#include "view/view.h"

/* The request, if it is a supplies request the user may see. */
static int head_of(struct req *r, struct request_head *h)
{
	int rc = request_head_load(r->arg_id, h);
	if (rc == DB_OK && strcmp(h->type, "supplies"))
		rc = O_NOT_FOUND;
	int may = rc == DB_OK ? may_view(&r->actor, h) : 1;
	return rc != DB_OK ? rc : may < 0 ? may : may ? DB_OK : O_FORBIDDEN;
}

static void head_hdf(struct req *r, const struct request_head *h, const struct sup_handout *ho)
{
	char no[24];
	page_set_int(r, h->id, "Req.Id");
	page_set(r, h->number, "Req.Number");
	page_set(r, h->title, "Req.Title");
	page_set(r, h->requester_name, "Req.Requester");
	page_set(r, h->dept_name, "Req.Dept");
	page_set(r, h->state, "Req.State");
	page_set_label(r, "State", h->state, "Req.StateName");
	page_set_int(r, h->version, "Req.Version");
	page_set(r, ho->asset ? "1" : "", "Handout.Asset");
	page_set(r, ho->sent ? "1" : "", "Handout.Sent");
	page_set(r, ho->handed ? "1" : "", "Handout.Done");
	page_set(r, !strcmp(h->state, "approved") && ho->sent && !ho->handed ? "1" : "", "Handout.Open");
	if (ho->report_id) {
		supplies_report_no(ho->report_id, no, sizeof no);
		page_set_int(r, ho->report_id, "Handout.ReportId");
		page_set(r, no, "Handout.ReportNo");
	}
}

/* The rows; fresh: the form starts with what was asked for. */
static int lines_hdf(struct req *r, int fresh)
{
	struct dbres res;
	const struct sup_item *it;
	int rc = DB_RUN(ST_SUP_ITEMS, &res, DBI(r->arg_id));
	for (size_t i = 0; rc == DB_OK && (it = sup_item_at(&res, i)); i++) {
		page_set_int(r, it->line_no, "Lines.%zu.No", i);
		page_set(r, it->name, "Lines.%zu.Name", i);
		page_set(r, it->spec, "Lines.%zu.Spec", i);
		page_set_int(r, it->quantity, "Lines.%zu.Qty", i);
		page_set(r, it->unit, "Lines.%zu.Unit", i);
		page_set(r, it->handed_qty, "Lines.%zu.Handed", i);
		page_set(r, it->asset_tags, "Lines.%zu.Tags", i);
		if (fresh)
			page_set_int(r, it->quantity, "Form.handed_%lld.Value", it->line_no);
	}
	db_free(&res);
	return rc;
}

static int show(struct req *r, int status, int fresh)
{
	struct request_head h;
	struct sup_handout ho;
	int rc = head_of(r, &h);
	if (rc == DB_OK)
		rc = sup_handout_load(h.id, &ho);
	if (rc == DB_OK)
		rc = lines_hdf(r, fresh);
	if (rc != DB_OK)
		return rc;
	head_hdf(r, &h, &ho);
	page_title(r, "Supplies.HandoutTitle");
	return view_page(r, status, "flows/supplies/handout.cs");
}

int supplies_handout_page(struct req *r) { return show(r, 200, 1); }

/* Every problem beside its row; 1 when there was any. */
static int problems(struct req *r, const struct rvals *in, int *rc)
{
	struct request_head h;
	struct sup_handout ho;
	struct sup_err errs[2 * SUP_ROWS + 1];
	size_t n = 0, max = sizeof errs / sizeof errs[0];
	*rc = head_of(r, &h);
	if (*rc == DB_OK)
		*rc = sup_handout_load(h.id, &ho);
	if (*rc == DB_OK)
		*rc = sup_handout_errors(&ho, in, errs, max, &n);
	for (size_t i = 0; *rc == DB_OK && i < n && i < max; i++)
		page_form_error(r, errs[i].field, errs[i].key);
	return *rc == DB_OK && n > 0;
}

/* The task step, through the engine: the hook checks and writes. */
static int record(struct req *r, const struct rvals *in, struct decision_in *d)
{
	memset(d, 0, sizeof *d);
	d->actor = &r->actor;
	d->request_id = r->arg_id;
	d->version = form_get(&r->form, "version")->num;
	d->what = D_TASK;
	d->comment = rvals_text(in, "note");
	d->task = in;
	return engine_decide(d);
}

/* Recorded: back to the report, the next request to hand out. */
static int back_to_report(struct req *r)
{
	struct sup_handout ho;
	char to[80];
	int rc = sup_handout_load(r->arg_id, &ho);
	if (rc != DB_OK)
		return rc;
	snprintf(to, sizeof to, "/supplies/reports/%lld?handed=%lld", ho.report_id, r->arg_id);
	resp_redirect(r, to);
	return 0;
}

int supplies_handout_submit(struct req *r)
{
	struct rvals in;
	struct decision_in d;
	int rc = DB_OK;
	page_form_values(r);
	if (r->form.nerr)
		return show(r, 400, 0);
	memset(&in, 0, sizeof in);
	form_to_rvals(&r->form, &in);
	int bad = problems(r, &in, &rc);
	if (!bad && rc == DB_OK)
		rc = record(r, &in, &d);
	rvals_free(&in);
	if (bad)
		return show(r, 400, 0);
	if (rc == O_REFUSED) {
		page_notice(r, d.error_key[0] ? d.error_key : "Decide.Invalid");
		return show(r, 400, 0);
	}
	return rc != DB_OK ? rc : back_to_report(r);
}
