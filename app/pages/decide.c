/* decide.c - the decision POSTs: approve, reject, return, hand over, add a
 * signer, record a task, withdraw, cancel. */
#include "pages/pages.h"

#include <stdio.h>
#include <string.h>

#include "db/db.h"
#include "engine/access.h"
#include "engine/engine.h"
#include "http/req.h"
#include "http/resp.h"
#include "pages/flow_page.h"
#include "view/page.h"

/* A refused decision shows the request again with the reason on top. */
static int after_decision(struct req *r, int rc, const struct decision_in *d, const char *link_token)
{
	if (rc == O_REFUSED) {
		page_notice(r, d->error_key[0] ? d->error_key : "Decide.Invalid");
		return request_show(r, d->request_id, d->actor, 400, link_token);
	}
	if (rc != DB_OK)
		return rc;
	char to[64];
	snprintf(to, sizeof to, "/requests/%lld", d->request_id);
	resp_redirect(r, to);
	return 0;
}

int decide_post(struct req *r, struct decision_in *d, const char *link_token)
{
	d->version = form_get(&r->form, "version")->num;
	d->comment = form_get(&r->form, "comment")->text;
	return after_decision(r, engine_decide(d), d, link_token);
}

static int decide_as(struct req *r, enum decision what, long long target)
{
	struct decision_in d;
	memset(&d, 0, sizeof d);
	d.actor = &r->actor;
	d.request_id = r->arg_id;
	d.what = what;
	d.target = target;
	return decide_post(r, &d, NULL);
}

int page_decide(struct req *r)
{
	static const enum decision map[] = {D_APPROVE, D_REJECT, D_RETURN, D_HANDOVER, D_ADD_BEFORE, D_ADD_AFTER};
	if (r->form.nerr)
		return 400;
	return decide_as(r, map[form_get(&r->form, "action")->num], form_get(&r->form, "target")->num);
}

/* A task step records the fields its type declares for it. */
int page_task(struct req *r)
{
	struct request_head h;
	int rc = request_head_load(r->arg_id, &h);
	if (rc != DB_OK)
		return rc;
	if (strcmp(h.type, r->arg_name))
		return 404;
	if (r->form.nerr) {
		page_notice(r, "Form.HasErrors");
		page_form_values(r);
		return request_show(r, r->arg_id, &r->actor, 400, NULL);
	}
	struct rvals task;
	struct decision_in d;
	memset(&task, 0, sizeof task);
	memset(&d, 0, sizeof d);
	form_to_rvals(&r->form, &task);
	d.actor = &r->actor;
	d.request_id = r->arg_id;
	d.what = D_TASK;
	d.task = &task;
	rc = decide_post(r, &d, NULL);
	rvals_free(&task);
	return rc;
}

static int own_decision(struct req *r, enum decision what)
{
	return r->form.nerr ? 400 : decide_as(r, what, 0);
}

int page_withdraw(struct req *r) { return own_decision(r, D_WITHDRAW); }

int page_cancel(struct req *r) { return own_decision(r, D_CANCEL); }
