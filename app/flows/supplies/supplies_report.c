/* supplies_report.c - one consolidated report (汇总上报单): its page and
 * printable sheet with per-item totals and every row, marking it sent, and
 * giving up a draft.  Each change is one transaction with its audit rows,
 * on the report and on each request it holds. */
#include "flows/supplies/supplies.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit/audit.h"
#include "core/clock.h"
#include "core/outcome.h"
#include "db/db.h"
#include "flows/supplies/supplies_report.h"
#include "flows/supplies/supplies_rows.h"
#include "flows/supplies/supplies_sql.h"
#include "http/req.h"
#include "http/resp.h"
#include "view/page.h"
#include "view/view.h"

void supplies_report_no(long long id, char *out, unsigned long outlen) { snprintf(out, outlen, "HZ-%04lld", id); }

int sup_report_head(struct req *r, long long id)
{
	struct dbres res;
	char no[24];
	int rc = DB_RUN(ST_SUP_REPORT_GET, &res, DBI(r->user.id), DBI(r->user.id), DBI(id));
	const struct sup_report *p = sup_report_at(&res, 0);
	if (rc == DB_OK && (!p || !p->may))
		rc = p ? O_FORBIDDEN : O_NOT_FOUND;
	if (rc == DB_OK) {
		supplies_report_no(p->id, no, sizeof no);
		page_set_int(r, p->id, "Report.Id");
		page_set(r, no, "Report.No");
		page_set(r, p->state, "Report.State");
		page_set_label(r, "Supplies.ReportState", p->state, "Report.StateName");
		page_set(r, p->creator, "Report.Creator");
		page_set_time(r, p->created_at, "Report.Created");
		page_set(r, p->sender, "Report.Sender");
		if (p->sent_at)
			page_set_time(r, atoll(p->sent_at), "Report.Sent");
		page_set(r, p->sent_to, "Report.SentTo");
		page_set_int(r, p->requests, "Report.Requests");
		page_set_int(r, p->handed, "Report.Handed");
	}
	db_free(&res);
	return rc;
}

static void total_row(struct req *r, const struct sup_total *t, size_t i)
{
	page_set_int(r, (long long)i + 1, "Totals.%zu.Seq", i);
	page_set_label(r, "Supplies.Kind", t->kind, "Totals.%zu.Kind", i);
	page_set(r, t->name, "Totals.%zu.Name", i);
	page_set(r, t->spec, "Totals.%zu.Spec", i);
	page_set(r, t->unit, "Totals.%zu.Unit", i);
	page_set_int(r, t->quantity, "Totals.%zu.Qty", i);
	page_set_int(r, t->requests, "Totals.%zu.Requests", i);
	page_set_int(r, t->handed, "Totals.%zu.Handed", i);
}

/* A request's first row carries the request (rowspan in the tables). */
static void line_row(struct req *r, const struct sup_line_row *l, size_t i, int first)
{
	page_set_int(r, l->request_id, "Lines.%zu.ReqId", i);
	page_set(r, first ? "1" : "", "Lines.%zu.First", i);
	page_set(r, l->number, "Lines.%zu.Number", i);
	page_set(r, l->state, "Lines.%zu.State", i);
	page_set_label(r, "State", l->state, "Lines.%zu.StateName", i);
	page_set(r, l->requester, "Lines.%zu.Requester", i);
	page_set(r, l->dept, "Lines.%zu.Dept", i);
	page_set_label(r, "Supplies.Kind", l->kind, "Lines.%zu.Kind", i);
	page_set(r, l->purpose, "Lines.%zu.Purpose", i);
	page_set_int(r, l->line_no, "Lines.%zu.No", i);
	page_set(r, l->name, "Lines.%zu.Name", i);
	page_set(r, l->spec, "Lines.%zu.Spec", i);
	page_set_int(r, l->quantity, "Lines.%zu.Qty", i);
	page_set(r, l->unit, "Lines.%zu.Unit", i);
	page_set(r, l->handed_qty, "Lines.%zu.Handed", i);
	page_set(r, l->asset_tags, "Lines.%zu.Tags", i);
	page_set(r, l->handed_out, "Lines.%zu.Note", i);
}

/* How many rows the request starting at line i has. */
static size_t rows_of(const struct dbres *res, size_t i)
{
	const struct sup_line_row *first = sup_line_row_at(res, i), *l;
	size_t n = 0;
	while ((l = sup_line_row_at(res, i + n)) && l->request_id == first->request_id)
		n++;
	return n;
}

int sup_report_body(struct req *r, long long id)
{
	struct dbres res;
	const struct sup_total *t;
	const struct sup_line_row *l;
	int rc = DB_RUN(ST_SUP_REPORT_TOTALS, &res, DBI(id));
	for (size_t i = 0; rc == DB_OK && (t = sup_total_at(&res, i)); i++)
		total_row(r, t, i);
	db_free(&res);
	if (rc == DB_OK)
		rc = DB_RUN(ST_SUP_REPORT_LINES, &res, DBI(id));
	for (size_t i = 0; rc == DB_OK && (l = sup_line_row_at(&res, i)); i++) {
		const struct sup_line_row *prev = i ? sup_line_row_at(&res, i - 1) : NULL;
		int first = !prev || prev->request_id != l->request_id;
		line_row(r, l, i, first);
		if (first)
			page_set_int(r, (long long)rows_of(&res, i), "Lines.%zu.Span", i);
	}
	db_free(&res);
	return rc;
}

static int show(struct req *r, int status, const char *tmpl)
{
	int rc = sup_report_head(r, r->arg_id);
	if (rc == DB_OK)
		rc = sup_report_body(r, r->arg_id);
	if (rc != DB_OK)
		return rc;
	page_title(r, "Supplies.ReportTitle");
	return view_page(r, status, tmpl);
}

/* The notice of what was just done (a flag in the query). */
static void notice_of(struct req *r)
{
	const struct fval *created = form_get(&r->form, "created"), *sent = form_get(&r->form, "sent"),
	                  *handed = form_get(&r->form, "handed");
	if (created && created->num)
		page_notice(r, "Supplies.CreatedNotice");
	if (sent && sent->num)
		page_notice(r, "Supplies.SentNotice");
	if (handed && handed->num)
		page_notice(r, "Supplies.HandedNotice");
}

int supplies_report_page(struct req *r)
{
	notice_of(r);
	return show(r, 200, "flows/supplies/report.cs");
}

int supplies_report_print(struct req *r) { return show(r, 200, "flows/supplies/report_print.cs"); }

struct change {
	const struct actor *actor;
	long long id, now;
	const char *sent_to;
	const char *action;        /* the event on each request */
};

/* The report locked, if the user may change it and it is still a draft. */
static int lock_draft(const struct change *c)
{
	struct dbres res;
	int rc = DB_RUN(ST_SUP_REPORT_LOCK, &res, DBI(c->actor->id), DBI(c->actor->id), DBI(c->id));
	const struct sup_report_lock *p = sup_report_lock_at(&res, 0);
	if (rc == DB_OK)
		rc = !p ? O_NOT_FOUND : !p->may ? O_FORBIDDEN : strcmp(p->state, "draft") ? O_CONFLICT : DB_OK;
	db_free(&res);
	return rc;
}

/* The event on each request the report holds; *n gets how many. */
static int audit_requests(const struct change *c, const char *detail, size_t *n)
{
	struct dbres res;
	const struct sup_report_req *q;
	int rc = DB_RUN(ST_SUP_REPORT_REQS, &res, DBI(c->id));
	*n = 0;
	for (; rc == DB_OK && (q = sup_report_req_at(&res, *n)); (*n)++)
		rc = audit_by(c->actor, c->action, "request", q->request_id, detail);
	db_free(&res);
	return rc;
}

static int sent_tx(void *ctx)
{
	const struct change *c = ctx;
	char no[24], detail[SUP_SENT_TO_MAX * 4 + 32];
	size_t n = 0;
	int rc = lock_draft(c);
	supplies_report_no(c->id, no, sizeof no);
	snprintf(detail, sizeof detail, "%s → %s", no, c->sent_to);
	if (rc == DB_OK)
		rc = audit_requests(c, detail, &n);
	if (rc == DB_OK && n == 0)
		rc = O_REFUSED;    /* nothing to send: every request left it */
	if (rc == DB_OK)
		rc = DB_RUN(ST_SUP_REPORT_SENT, NULL, DBI(c->actor->id), DBI(c->now), DBS(c->sent_to), DBI(c->id));
	return rc == DB_OK ? audit_by(c->actor, "supplies_report_sent", "supplies_report", c->id, c->sent_to) : rc;
}

/* The report again with what went wrong, beside its field or on top. */
static int again(struct req *r, int status, const char *notice)
{
	page_form_values(r);
	if (notice)
		page_notice(r, notice);
	return show(r, status, "flows/supplies/report.cs");
}

static int done(struct req *r, const char *to)
{
	resp_redirect(r, to);
	return 0;
}

int supplies_report_sent(struct req *r)
{
	char to[64];
	if (r->form.nerr)
		return again(r, 400, NULL);
	struct change c = {&r->actor, r->arg_id, clock_now(), form_get(&r->form, "sent_to")->text, "supplies_report_sent"};
	int rc = db_tx(sent_tx, &c);
	if (rc == O_REFUSED || rc == O_CONFLICT)
		return again(r, rc, rc == O_REFUSED ? "Supplies.Err.ReportEmpty" : "Supplies.Err.ReportNotDraft");
	if (rc != DB_OK)
		return rc;
	snprintf(to, sizeof to, "/supplies/reports/%lld?sent=1", r->arg_id);
	return done(r, to);
}

static int dissolve_tx(void *ctx)
{
	const struct change *c = ctx;
	char no[24];
	size_t n = 0;
	int rc = lock_draft(c);
	supplies_report_no(c->id, no, sizeof no);
	if (rc == DB_OK)
		rc = audit_requests(c, no, &n);
	if (rc == DB_OK)
		rc = DB_RUN(ST_SUP_REPORT_FREE, NULL, DBI(c->id));
	if (rc == DB_OK)
		rc = DB_RUN(ST_SUP_REPORT_DEL, NULL, DBI(c->id));
	return rc == DB_OK ? audit_by(c->actor, "supplies_report_dissolve", "supplies_report", c->id, no) : rc;
}

int supplies_report_dissolve(struct req *r)
{
	if (r->form.nerr)
		return again(r, 400, "Supplies.Err.Confirm");
	struct change c = {&r->actor, r->arg_id, clock_now(), "", "supplies_unreported"};
	int rc = db_tx(dissolve_tx, &c);
	if (rc == O_CONFLICT)
		return again(r, rc, "Supplies.Err.ReportNotDraft");
	return rc != DB_OK ? rc : done(r, "/supplies/reports?dissolved=1");
}
