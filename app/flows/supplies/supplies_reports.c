/* supplies_reports.c - the assistant's desk (OS-01 统一上报): approved
 * requests waiting to be reported, the reports so far, and gathering the
 * picked requests into a new report - each pick locked and checked as the
 * assistant saw it, so a request is in one report only. */
#include "flows/supplies/supplies.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit/audit.h"
#include "core/clock.h"
#include "core/outcome.h"
#include "db/db.h"
#include "flows/supplies/supplies_sql.h"
#include "http/req.h"
#include "http/resp.h"
#include "view/page.h"
#include "view/view.h"

#define PICKS_MAX 500

static void waiting_row(struct req *r, const struct sup_waiting *w, size_t i)
{
	page_set_int(r, w->id, "Waiting.%zu.Id", i);
	page_set(r, w->number, "Waiting.%zu.Number", i);
	page_set_int(r, w->version, "Waiting.%zu.Version", i);
	page_set(r, w->title, "Waiting.%zu.Title", i);
	page_set(r, w->requester, "Waiting.%zu.Requester", i);
	page_set(r, w->dept, "Waiting.%zu.Dept", i);
	page_set_label(r, "Supplies.Kind", w->kind, "Waiting.%zu.Kind", i);
	page_set(r, w->purpose, "Waiting.%zu.Purpose", i);
	page_set_time(r, w->updated_at, "Waiting.%zu.At", i);
}

static void report_row(struct req *r, const struct sup_report *p, size_t i)
{
	char no[24];
	supplies_report_no(p->id, no, sizeof no);
	page_set_int(r, p->id, "Reports.%zu.Id", i);
	page_set(r, no, "Reports.%zu.No", i);
	page_set(r, p->state, "Reports.%zu.State", i);
	page_set_label(r, "Supplies.ReportState", p->state, "Reports.%zu.StateName", i);
	page_set(r, p->creator, "Reports.%zu.Creator", i);
	page_set_time(r, p->created_at, "Reports.%zu.Created", i);
	if (p->sent_at)
		page_set_time(r, atoll(p->sent_at), "Reports.%zu.Sent", i);
	page_set(r, p->sent_to, "Reports.%zu.SentTo", i);
	page_set_int(r, p->requests, "Reports.%zu.Requests", i);
	page_set_int(r, p->handed, "Reports.%zu.Handed", i);
}

static int desk_hdf(struct req *r)
{
	struct dbres res;
	const struct sup_waiting *w;
	const struct sup_report *p;
	long long me = r->user.id;
	int rc = DB_RUN(ST_SUP_WAITING, &res, DBI(me));
	for (size_t i = 0; rc == DB_OK && (w = sup_waiting_at(&res, i)); i++)
		waiting_row(r, w, i);
	db_free(&res);
	if (rc == DB_OK)
		rc = DB_RUN(ST_SUP_REPORTS, &res, DBI(me), DBI(me), DBI(me), DBI(me));
	for (size_t i = 0; rc == DB_OK && (p = sup_report_at(&res, i)); i++)
		report_row(r, p, i);
	db_free(&res);
	return rc;
}

static int desk(struct req *r, int status)
{
	int rc = desk_hdf(r);
	if (rc != DB_OK)
		return rc;
	page_title(r, "Supplies.ReportsTitle");
	return view_page(r, status, "flows/supplies/reports.cs");
}

int supplies_reports_page(struct req *r)
{
	const struct fval *dissolved = form_get(&r->form, "dissolved");
	if (dissolved && dissolved->num)
		page_notice(r, "Supplies.DissolvedNotice");
	return desk(r, 200);
}

struct gather {
	const struct actor *actor;
	long long now;
	size_t n;
	long long id[PICKS_MAX], version[PICKS_MAX];
	long long report;
};

/* Each pick still approved, as the assistant saw it, waiting on them, in
 * no report: all are gathered, or none. */
static int lock_pick(struct gather *g, size_t i)
{
	struct dbres res;
	int rc = DB_RUN(ST_SUP_PICK_LOCK, &res, DBI(g->actor->id), DBI(g->id[i]));
	const struct sup_pick *p = sup_pick_at(&res, 0);
	int ok = p && p->version == g->version[i] && !strcmp(p->state, "approved") && !p->report_id && p->mine;
	db_free(&res);
	return rc != DB_OK ? rc : ok ? DB_OK : O_CONFLICT;
}

static int gather_tx(void *ctx)
{
	struct gather *g = ctx;
	struct dbres res;
	char no[24], detail[64];
	int rc = DB_OK;
	for (size_t i = 0; rc == DB_OK && i < g->n; i++)
		rc = lock_pick(g, i);
	if (rc == DB_OK) {
		rc = DB_RUN(ST_SUP_REPORT_NEW, &res, DBI(g->actor->id), DBI(g->now));
		g->report = (long long)res.insert_id;
		db_free(&res);
	}
	supplies_report_no(g->report, no, sizeof no);
	for (size_t i = 0; rc == DB_OK && i < g->n; i++) {
		rc = DB_RUN(ST_SUP_SET_REPORT, NULL, DBI(g->report), DBI(g->id[i]));
		if (rc == DB_OK)
			rc = audit_by(g->actor, "supplies_reported", "request", g->id[i], no);
	}
	snprintf(detail, sizeof detail, "%s: %zu", no, g->n);
	return rc == DB_OK ? audit_by(g->actor, "supplies_report_create", "supplies_report", g->report, detail) : rc;
}

static int by_id(const void *a, const void *b)
{
	const long long *x = a, *y = b;
	return (x[0] > y[0]) - (x[0] < y[0]);
}

/* "id:version,..." in id order, so concurrent gatherings lock alike. */
static size_t read_picks(const char *p, struct gather *g)
{
	long long pairs[PICKS_MAX][2];
	size_t n = 0;
	for (; p && *p && n < PICKS_MAX; n++) {
		pairs[n][0] = strtoll(p, NULL, 10);
		pairs[n][1] = strtoll(strchr(p, ':') + 1, NULL, 10);
		p = strchr(p, ',');
		p = p ? p + 1 : NULL;
	}
	qsort(pairs, n, sizeof pairs[0], by_id);
	for (size_t i = 0; i < n; i++) {
		g->id[i] = pairs[i][0];
		g->version[i] = pairs[i][1];
	}
	return g->n = n;
}

int supplies_report_create(struct req *r)
{
	static struct gather g;
	memset(&g, 0, sizeof g);
	if (r->form.nerr || !read_picks(form_get(&r->form, "pick")->text, &g)) {
		page_notice(r, "Supplies.Err.PickNone");
		return desk(r, 400);
	}
	g.actor = &r->actor;
	g.now = clock_now();
	int rc = db_tx(gather_tx, &g);
	if (rc == O_CONFLICT) {
		page_notice(r, "Supplies.Err.PickStale");
		return desk(r, 409);
	}
	if (rc != DB_OK)
		return rc;
	char to[64];
	snprintf(to, sizeof to, "/supplies/reports/%lld?created=1", g.report);
	resp_redirect(r, to);
	return 0;
}
