/* supplies_load.c - a supplies request's values for its page (sup_load). */
#include "flows/supplies/supplies_load.h"

#include <stdio.h>
#include <stdlib.h>

#include "core/clock.h"
#include "db/db.h"
#include "engine/flow.h"
#include "flows/supplies/supplies.h"
#include "flows/supplies/supplies_rows.h"
#include "flows/supplies/supplies_sql.h"

/* Empty values are left out, so the printed sheet lists only what there is. */
static void set_if(struct flow_ctx *c, const char *name, const char *text)
{
	if (text && *text)
		rvals_set(&c->vals, name, text);
}

static void set_row(struct flow_ctx *c, int n, const char *col, const char *text)
{
	char name[24];
	snprintf(name, sizeof name, "it%d_%s", n, col);
	rvals_set(&c->vals, name, text);
}

/* "10 支"; what was handed out, "9 支 · ZC-0001 ZC-0002". */
static void row_values(struct flow_ctx *c, int n, const struct sup_item *it)
{
	char buf[2200];
	set_row(c, n, "name", it->name);
	if (*it->spec)
		set_row(c, n, "spec", it->spec);
	snprintf(buf, sizeof buf, "%lld %s", it->quantity, it->unit);
	set_row(c, n, "qty", buf);
	if (!it->handed_qty)
		return;
	snprintf(buf, sizeof buf, "%s %s%s%s", it->handed_qty, it->unit, *it->asset_tags ? " · " : "", it->asset_tags);
	set_row(c, n, "out", buf);
}

static int by_line(const void *x, const void *y)
{
	long long a = ((const struct sup_item *)x)->line_no, b = ((const struct sup_item *)y)->line_no;
	return (a > b) - (a < b);
}

/* Each row read with the request, in row order (ST_SUP_PAGE leaves it to
 * us); a request of the old single-line shape has none and shows its one
 * line. */
static void rows_values(struct flow_ctx *c, const struct dbres *res)
{
	const struct sup_page *p = sup_page_at(res, 0);
	struct sup_item it[SUP_ROWS];
	size_t n = 0;
	for (const struct sup_page *q; n < SUP_ROWS && (q = sup_page_at(res, n)) && q->line_no; n++) {
		struct sup_item one = {atoll(q->line_no), q->name, q->spec, q->line_qty, q->unit, q->handed_qty,
		    q->asset_tags};
		it[n] = one;
	}
	qsort(it, n, sizeof it[0], by_line);
	for (size_t i = 0; i < n; i++)
		row_values(c, (int)i + 1, &it[i]);
	if (n == 0 && *p->items) {
		struct sup_item old = {1, p->items, "", p->quantity, "", NULL, ""};
		row_values(c, 1, &old);
	}
}

static void set_time(struct flow_ctx *c, const char *name, const char *epoch)
{
	char t[20];
	if (!epoch)
		return;
	clock_fmt_local((time_t)atoll(epoch), t);
	rvals_set(&c->vals, name, t);
}

static void report_values(struct flow_ctx *c, const struct sup_page *p)
{
	char no[24];
	if (p->report_id) {
		supplies_report_no(p->report_id, no, sizeof no);
		rvals_set(&c->vals, "report", no);
		rvals_set_num(&c->vals, "report_id", p->report_id);
	}
	set_time(c, "report_sent", p->sent_at);
	set_time(c, "handed_at", p->handed_at);
	set_if(c, "note", p->handed_out);
}

/* One statement: the page's other reads are few (pages/story.h). */
int sup_load(struct flow_ctx *c)
{
	struct dbres res;
	int rc = DB_RUN(ST_SUP_PAGE, &res, DBI(c->request_id));
	const struct sup_page *p = sup_page_at(&res, 0);
	if (rc == DB_OK && p) {
		rvals_set(&c->vals, "purpose", p->purpose);
		rows_values(c, &res);
		report_values(c, p);
	}
	db_free(&res);
	return rc;
}
