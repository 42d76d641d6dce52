/* decide.c - the decision POSTs: approve, reject, return, hand over, add a
 * signer, record a task, withdraw, cancel. */
#include "pages/pages.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "core/fault.h"
#include "db/db.h"
#include "engine/access.h"
#include "engine/engine.h"
#include "engine/replay.h"
#include "http/req.h"
#include "http/resp.h"
#include "pages/flow_page.h"
#include "view/page.h"

/* Where a decision done (now or before) leads: its request, saying what was done. */
static int show_done(struct req *r, long long request_id, const char *action)
{
	char to[96];
	snprintf(to, sizeof to, "/requests/%lld?done=%s", request_id, action);
	resp_redirect(r, to);
	return 0;
}

/* The form was sent before and its decision committed (a second click, or
 * a retry after a crash that followed COMMIT): 1 when answered so. */
static int replayed(struct req *r, const char *key, long long user, int *rc)
{
	struct replayed was;
	*rc = key ? replay_find(key, user, &was) : 0;
	if (*rc <= 0)
		return *rc < 0;
	*rc = show_done(r, was.request_id, was.action);
	return 1;
}

static const char *form_key(const struct req *r)
{
	const struct fval *key = form_get(&r->form, "form_key");
	return key && key->present && key->err == V_OK ? key->text : NULL;
}

int decide_replayed(struct req *r, int *rc) { return replayed(r, form_key(r), r->actor.id, rc); }

/* A refused decision shows the request again with the reason on top. */
static int after_decision(struct req *r, int rc, const struct decision_in *d, const char *link_token)
{
	int again;
	if ((rc == O_CONFLICT || rc == DB_DUP) && replayed(r, d->form_key, d->actor->id, &again))
		return again;
	if (rc == O_REFUSED) {
		page_notice(r, d->error_key[0] ? d->error_key : "Decide.Invalid");
		/* A refused task keeps what was typed in its form. */
		if (d->what == D_TASK)
			page_form_values(r);
		return request_show(r, d->request_id, d->actor, 400, link_token);
	}
	if (rc != DB_OK)
		return rc;
	return show_done(r, d->request_id, decision_name(d->what));
}

int decide_post(struct req *r, struct decision_in *d, const char *link_token)
{
	int rc;
	d->version = form_get(&r->form, "version")->num;
	d->comment = form_get(&r->form, "comment")->text;
	d->form_key = form_key(r);
	if (replayed(r, d->form_key, d->actor->id, &rc))
		return rc;
	rc = engine_decide(d);
	if (rc == DB_OK && fault_hit("decide_after_commit"))
		_exit(70);   /* a test's crash between COMMIT and the answer */
	return after_decision(r, rc, d, link_token);
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
