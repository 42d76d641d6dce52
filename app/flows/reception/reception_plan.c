/*
 * reception_plan.c - the printable 接待方案 / 接待通知单 of one booking
 * (GET /reception/:id/plan): the guests, the stay, the plan, and what the
 * general office and finance recorded, laid out as a list so it reads on
 * paper and on a phone alike.  Whoever may see the booking may print it.
 */
#include "flows/reception/reception.h"

#include <string.h>

#include "core/outcome.h"
#include "db/db.h"
#include "engine/access.h"
#include "engine/flow.h"
#include "http/req.h"
#include "view/page.h"
#include "view/view.h"

static void head_hdf(struct req *r, const struct request_head *h)
{
	page_set(r, h->number, "Req.Number");
	page_set(r, h->requester_name, "Req.Requester");
	page_set(r, h->dept_name, "Req.Dept");
	page_set_label(r, "State", h->state, "Req.StateName");
	page_set_time(r, h->submitted ? h->submitted : h->created, "Req.Submitted");
}

int rc_plan_page(struct req *r)
{
	struct request_head h;
	int rc = request_head_load(r->arg_id, &h);
	if (rc != DB_OK)
		return rc;
	if (strcmp(h.type, "reception"))
		return O_NOT_FOUND;
	if ((rc = may_view(&r->actor, &h)) != 1)
		return rc < 0 ? rc : O_FORBIDDEN;
	const struct flow *f = flow_find("reception");
	struct flow_ctx c;
	memset(&c, 0, sizeof c);
	c.request_id = h.id;
	rc = f->load(&c);
	for (size_t i = 0; rc == DB_OK && i < c.vals.n; i++)
		page_set(r, c.vals.v[i].text, "Vals.%s", c.vals.v[i].name);
	rvals_free(&c.vals);
	if (rc != DB_OK)
		return rc;
	head_hdf(r, &h);
	page_title(r, "Reception.PlanTitle");
	return view_page(r, 200, "flows/reception/plan.cs");
}
