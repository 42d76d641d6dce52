/* supplies_load.c - a supplies request's values for its page (sup_load). */
#include "flows/supplies/supplies_load.h"

#include <stdio.h>
#include <stdlib.h>

#include "core/clock.h"
#include "db/db.h"
#include "engine/flow.h"
#include "flows/supplies/supplies.h"
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

static int rows_load(struct flow_ctx *c, const struct supplies_get *s)
{
	struct dbres res;
	const struct sup_item *it;
	size_t i = 0;
	int rc = DB_RUN(ST_SUP_ITEMS, &res, DBI(c->request_id));
	for (; rc == DB_OK && (it = sup_item_at(&res, i)); i++)
		row_values(c, (int)i + 1, it);
	db_free(&res);
	if (rc == DB_OK && i == 0 && *s->items) {
		struct sup_item old = {1, s->items, "", s->quantity, "", NULL, ""};
		row_values(c, 1, &old);
	}
	return rc;
}

static void set_time(struct flow_ctx *c, const char *name, const char *epoch)
{
	char t[20];
	if (!epoch)
		return;
	clock_fmt_local((time_t)atoll(epoch), t);
	rvals_set(&c->vals, name, t);
}

static void report_values(struct flow_ctx *c, const struct supplies_get *s)
{
	char no[24];
	if (s->report_id) {
		supplies_report_no(s->report_id, no, sizeof no);
		rvals_set(&c->vals, "report", no);
		rvals_set_num(&c->vals, "report_id", s->report_id);
	}
	set_time(c, "report_sent", s->sent_at);
	set_time(c, "handed_at", s->handed_at);
	set_if(c, "note", s->handed_out);
}

int sup_load(struct flow_ctx *c)
{
	struct dbres res;
	int rc = DB_RUN(ST_SUPPLIES_GET, &res, DBI(c->request_id));
	const struct supplies_get *s = supplies_get_at(&res, 0);
	if (rc == DB_OK && s) {
		rvals_set(&c->vals, "purpose", s->purpose);
		rc = rows_load(c, s);
		report_values(c, s);
	}
	db_free(&res);
	return rc;
}
