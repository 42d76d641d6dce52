/* links.c - GET and POST /a/:token. */
#include "pages/links.h"

#include <stdio.h>
#include <string.h>

#include "core/clock.h"
#include "engine/engine.h"
#include "engine/links.h"
#include "http/req.h"
#include "http/resp.h"
#include "pages/pages.h"
#include "view/view.h"

static int refuse(struct req *r, enum link_state s)
{
	char next[128];
	switch (s) {
	case LINK_LOGIN:
		if (r->is_post)
			return 403;
		snprintf(next, sizeof next, "/login?next=/a/%s", r->arg_token);
		resp_redirect(r, next);
		return 0;
	case LINK_EXPIRED: return view_error_text(r, 410, "Link.ExpiredTitle", "Link.Expired");
	case LINK_USED: return view_error_text(r, 410, "Link.UsedTitle", "Link.Used");
	case LINK_DEAD: return view_error_text(r, 410, "Link.DeadTitle", "Link.Dead");
	case LINK_FOREIGN: return view_error_text(r, 403, "Link.ForeignTitle", "Link.Foreign");
	case LINK_DBERR: return 503;
	default: return view_error_text(r, 404, "Link.InvalidTitle", "Link.Invalid");
	}
}

/* The actor of a link: the user, deciding as the principal's deputy when
 * the link was made for someone they stand in for today. */
static void link_actor(const struct req *r, const struct link *l, struct actor *a)
{
	*a = r->actor;
	a->via = "link";
	a->act_for = l->act_for;
}

int page_link(struct req *r)
{
	struct link l;
	struct actor a;
	enum link_state s = link_check(r->arg_token, r->user.id, clock_now(), &l);
	if (s != LINK_OK)
		return refuse(r, s);
	link_actor(r, &l, &a);
	return request_show(r, l.request_id, &a, 200, r->arg_token);
}

int page_link_decide(struct req *r)
{
	static const enum decision map[] = {D_APPROVE, D_REJECT, D_RETURN, D_HANDOVER, D_ADD_BEFORE, D_ADD_AFTER};
	struct link l;
	struct actor a;
	struct decision_in d;
	int rc;
	enum link_state s = link_check(r->arg_token, r->user.id, clock_now(), &l);
	/* the link is spent by the decision it made: its form sent again is answered with it */
	if (s != LINK_OK)
		return decide_replayed(r, &rc) ? rc : refuse(r, s);
	if (r->form.nerr)
		return 400;
	link_actor(r, &l, &a);
	memset(&d, 0, sizeof d);
	d.actor = &a;
	d.request_id = l.request_id;
	d.what = map[form_get(&r->form, "action")->num];
	d.target = form_get(&r->form, "target")->num;
	d.link_hash = l.hash;
	return decide_post(r, &d, r->arg_token);
}
