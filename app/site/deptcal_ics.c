/* deptcal_ics.c - GET /calendar/mine.ics: the viewer's own approved leave
 * and outings for their calendar app (see deptcal.h).  Only the request
 * number and the kind of absence go out, never the reason typed. */
#include "site/deptcal.h"

#include <stdio.h>
#include <stdlib.h>

#include "core/clock.h"
#include "db/db.h"
#include "engine/calendar.h"
#include "http/req.h"
#include "http/resp.h"
#include "site/deptcal_sql.h"
#include "site/ics.h"
#include "view/view.h"

#define LOOK_BACK_DAYS 366

static int add_leaves(struct req *r, struct ics *c, long long now)
{
	struct dbres res;
	const struct dc_leaves *l;
	char uid[64], summary[160];
	long long since = 2LL * (cal_utc_to_day(now) - LOOK_BACK_DAYS);
	int rc = DB_RUN(ST_DC_MY_LEAVES, &res, DBI(r->user.id), DBI(since));
	for (size_t i = 0; rc == DB_OK && (l = dc_leaves_at(&res, i)); i++) {
		snprintf(uid, sizeof uid, "request-%lld@liaison", l->request_id);
		snprintf(summary, sizeof summary, "%s %s", view_text(r->lang, "DeptCal.Ics.Leave"), l->number);
		ics_all_day(c, uid, now, (int)(l->slot_start / 2), (int)(l->slot_end / 2), summary);
	}
	db_free(&res);
	return rc;
}

static int add_outings(struct req *r, struct ics *c, long long now)
{
	struct dbres res;
	const struct dc_outings *o;
	char uid[64], summary[160];
	long long since = now - LOOK_BACK_DAYS * 86400LL;
	int rc = DB_RUN(ST_DC_MY_OUTINGS, &res, DBI(r->user.id), DBI(since));
	for (size_t i = 0; rc == DB_OK && (o = dc_outings_at(&res, i)); i++) {
		snprintf(uid, sizeof uid, "request-%lld@liaison", o->request_id);
		snprintf(summary, sizeof summary, "%s %s", view_text(r->lang, "DeptCal.Ics.Outing"), o->number);
		ics_timed(c, uid, now, o->from_at, o->to_at, summary);
	}
	db_free(&res);
	return rc;
}

int deptcal_mine_ics(struct req *r)
{
	struct ics c;
	long long now = clock_now();
	ics_begin(&c, view_text(r->lang, "DeptCal.Ics.Name"));
	int rc = add_leaves(r, &c, now);
	if (rc == DB_OK)
		rc = add_outings(r, &c, now);
	if (ics_end(&c))
		return rc != DB_OK ? rc : 500;
	if (rc == DB_OK) {
		req_header_add(r, "Content-Disposition", "attachment; filename=\"mine.ics\"");
		resp_send(r, 200, "text/calendar; charset=utf-8", c.buf, c.len);
	}
	free(c.buf);
	return rc;
}
