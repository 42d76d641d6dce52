/* pages.c - HTTP handlers over the engine. */
#include "engine/pages.h"

#include <stdio.h>
#include <string.h>

#include "auth/roles.h"
#include "core/clock.h"
#include "db/db.h"
#include "engine/access.h"
#include "engine/attach.h"
#include "engine/engine.h"
#include "engine/routes.h"
#include "http/req.h"
#include "http/resp.h"
#include "view/list.h"
#include "view/page.h"
#include "view/view.h"

static int db_status(int rc) { return rc == DB_GONE ? 503 : 500; }

/* Engine refusals become pages; db failures become 503/500. */
static int status_of(int rc) { return rc > 0 ? (rc == FLOW_REFUSED ? 400 : rc) : db_status(rc); }

static const struct flow *fileable(const char *type)
{
	const struct flow *f = flow_find(type);
	return f && f->form ? f : NULL;
}

static void type_text(struct req *r, const char *type, const char *name)
{
	char key[64];
	snprintf(key, sizeof key, "Type.%s", type);
	view_set_text(r, name, key);
}

static int show_form_as(struct req *r, const struct flow *f, int status, int preview)
{
	int rc = f->prepare ? f->prepare(r, preview) : DB_OK;
	if (rc != DB_OK)
		return rc > 0 ? rc : db_status(rc);
	page_set(r, f->type, "Type.Key");
	type_text(r, f->type, "Type.Name");
	if (r->user.roles & f->file_for_roles) {
		int st = list_users(r, "Users");
		if (st)
			return st;
		hdf_set_value(r->hdf, "FileFor", "1");
	}
	page_title(r, "Request.New");
	return view_page(r, status, f->form_tmpl);
}

static int show_form(struct req *r, const struct flow *f, int status) { return show_form_as(r, f, status, 0); }

/* The form again with what the type's rules say about what was typed. */
int page_new_check(struct req *r)
{
	const struct flow *f = fileable(r->arg_name);
	if (!f)
		return 404;
	page_form_values(r);
	return show_form_as(r, f, r->form.nerr ? 400 : 200, 1);
}

int page_new_form(struct req *r)
{
	const struct flow *f = fileable(r->arg_name);
	return f ? show_form(r, f, 200) : 404;
}

static void vals_to_hdf(struct req *r, const struct rvals *v)
{
	for (size_t i = 0; i < v->n; i++) {
		page_set(r, v->v[i].text, "Vals.%s", v->v[i].name);
		page_set(r, v->v[i].text, "ValList.%zu.Value", i);
		page_set_label(r, "Val", v->v[i].name, "ValList.%zu.Label", i);
	}
}

/* The form again, everything typed kept, the refusal beside its field. */
static int refused(struct req *r, const struct flow *f, const struct flow_ctx *c, int rc)
{
	page_form_values(r);
	if (c->error_key[0]) {
		if (rc == ENG_NO_APPROVER) {
			char msg[256];
			snprintf(msg, sizeof msg, "%s%s", view_text(r->lang, "Request.NoApprover"), view_text(r->lang, c->error_key));
			hdf_set_value(r->hdf, "Form.Refused", msg);
		} else if (c->error_field[0]) {
			page_form_error(r, c->error_field, c->error_key);
		} else {
			view_set_text(r, "Form.Refused", c->error_key);
		}
	}
	return show_form(r, f, rc == ENG_NO_APPROVER ? 422 : 400);
}

/* On whose behalf: only roles the type allows; the filer is recorded. */
static int requester_of(struct req *r, const struct flow *f, long long *requester, long long *dept)
{
	const struct fval *v = form_get(&r->form, "on_behalf_of");
	*requester = r->user.id;
	*dept = r->user.dept_id;
	if (!v || !v->num || v->num == r->user.id)
		return 0;
	if (!(r->user.roles & f->file_for_roles))
		return 403;
	struct dbres res;
	int rc = DB_RUN(ST_WHO_USER, &res, DBI(v->num));
	int ok = rc == DB_OK && res.nrows == 1 && db_int(&res, 0, 2) == 1;
	if (ok) {
		*requester = v->num;
		*dept = db_int(&res, 0, 3);
	}
	db_free(&res);
	return rc != DB_OK ? db_status(rc) : ok ? 0 : 400;
}

static int submit(struct req *r, const struct flow *f, long long existing, long long version)
{
	struct submission s;
	memset(&s, 0, sizeof s);
	s.flow = f;
	s.ctx.r = r;
	s.request_id = existing;
	s.version = version;
	int st = requester_of(r, f, &s.ctx.requester_id, &s.dept_id);
	if (st)
		return st;
	s.ctx.filed_by_id = r->user.id;
	s.draft = (int)form_get(&r->form, "draft")->num;
	f->from_form(&s.ctx);
	int rc = engine_submit(&s);
	if (rc == FLOW_REFUSED || rc == ENG_NO_APPROVER || rc == ENG_INVALID)
		return refused(r, f, &s.ctx, rc);
	if (rc != DB_OK)
		return status_of(rc);
	char to[64];
	snprintf(to, sizeof to, "/requests/%lld?%s=1", s.request_id, s.draft ? "draft" : "submitted");
	resp_redirect(r, to);
	return 0;
}

int page_new_submit(struct req *r)
{
	const struct flow *f = fileable(r->arg_name);
	if (!f)
		return 404;
	if (r->form.nerr) {
		page_form_values(r);
		return show_form(r, f, 400);
	}
	return submit(r, f, 0, 0);
}

static void head_to_hdf(struct req *r, const struct request_head *h)
{
	char key[64];
	page_set_int(r, h->id, "Req.Id");
	page_set(r, h->number, "Req.Number");
	page_set(r, h->type, "Req.Type");
	type_text(r, h->type, "Req.TypeName");
	page_set(r, h->title, "Req.Title");
	page_set(r, h->state, "Req.State");
	snprintf(key, sizeof key, "State.%s", h->state);
	view_set_text(r, "Req.StateName", key);
	page_set_int(r, h->version, "Req.Version");
	page_set(r, h->requester_name, "Req.Requester");
	if (h->filed_by != h->requester)
		page_set(r, h->filed_by_name, "Req.FiledBy");
	page_set(r, h->dept_name, "Req.Dept");
	page_set_time(r, h->submitted ? h->submitted : h->created, "Req.Submitted");
}

/* The viewer's pending place in the current round, noticed while the
 * route is read: it decides which buttons the page shows. */
struct my_place {
	long long asg_id;         /* 0: none */
	char kind[16];
	int add_signer;
	char step[64];
};

static void note_place(const struct dbres *res, size_t i, long long who, long long round, struct my_place *me)
{
	if (me->asg_id || db_int(res, i, 7) != who || db_int(res, i, 1) != round ||
	    strcmp(db_str(res, i, 4), "pending") || strcmp(db_str(res, i, 10), "pending"))
		return;
	me->asg_id = db_int(res, i, 6);
	snprintf(me->kind, sizeof me->kind, "%s", db_str(res, i, 3));
	me->add_signer = (int)db_int(res, i, 5);
	snprintf(me->step, sizeof me->step, "%s", db_str(res, i, 2));
}

static void step_to_hdf(struct req *r, const struct dbres *res, size_t i, size_t n)
{
	page_set(r, db_str(res, i, 0), "Steps.%zu.Id", n);
	page_set(r, db_str(res, i, 1), "Steps.%zu.Round", n);
	page_set_label(r, "Step", db_str(res, i, 2), "Steps.%zu.Name", n);
	page_set(r, db_str(res, i, 3), "Steps.%zu.Kind", n);
	page_set_label(r, "StepState", db_str(res, i, 4), "Steps.%zu.State", n);
}

static void place_to_hdf(struct req *r, const struct dbres *res, size_t i, size_t n)
{
	page_set(r, db_str(res, i, 0), "Assignees.%zu.Step", n);
	page_set(r, db_str(res, i, 8), "Assignees.%zu.Name", n);
	page_set(r, db_str(res, i, 9), "Assignees.%zu.ActingFor", n);
	page_set_label(r, "Asg", db_str(res, i, 10), "Assignees.%zu.State", n);
	if (db_get(res, i, 11))
		page_set_time(r, db_int(res, i, 11), "Assignees.%zu.At", n);
	page_set(r, db_str(res, i, 12), "Assignees.%zu.Comment", n);
}

/* Steps and their people from one query (one row per place, a step
 * without people as one row of NULLs); me may be NULL. */
static int route_to_hdf(struct req *r, const struct request_head *h, struct my_place *me)
{
	struct dbres res;
	size_t nsteps = 0, nplaces = 0;
	const char *last = "";
	long long who = r->act_for ? r->act_for : r->user.id;
	int rc = DB_RUN(ST_ROUTE_OF_REQ, &res, DBI(h->id));
	for (size_t i = 0; rc == DB_OK && i < res.nrows; i++) {
		if (strcmp(db_str(&res, i, 0), last))
			step_to_hdf(r, &res, i, nsteps++);
		last = db_str(&res, i, 0);
		if (!db_get(&res, i, 6))
			continue;
		place_to_hdf(r, &res, i, nplaces++);
		if (me)
			note_place(&res, i, who, h->round, me);
	}
	db_free(&res);
	return rc;
}

static int timeline_to_hdf(struct req *r, long long id)
{
	struct dbres res;
	int rc = DB_RUN(ST_TIMELINE, &res, DBI(id));
	for (size_t i = 0; rc == DB_OK && i < res.nrows; i++) {
		page_set_time(r, db_int(&res, i, 0), "Timeline.%zu.At", i);
		page_set(r, db_get(&res, i, 1) ? db_str(&res, i, 1) : view_text(r->lang, "Request.System"),
		    "Timeline.%zu.Who", i);
		page_set_label(r, "Event", db_str(&res, i, 2), "Timeline.%zu.What", i);
		page_set(r, db_str(&res, i, 3), "Timeline.%zu.Detail", i);
		page_set_label(r, "Via", db_str(&res, i, 4), "Timeline.%zu.Via", i);
	}
	db_free(&res);
	return rc;
}

/* What the viewer may do now, so the page shows only those buttons. */
static void actions_to_hdf(struct req *r, const struct request_head *h, const struct my_place *me)
{
	int own = r->user.id == h->requester || r->user.id == h->filed_by;
	const struct flow *f = flow_find(h->type);
	if (own && (!strcmp(h->state, "in_approval") || !strcmp(h->state, "draft")))
		hdf_set_value(r->hdf, "Can.Withdraw", "1");
	if (own && !strcmp(h->state, "approved") && f && f->cancellable)
		hdf_set_value(r->hdf, "Can.Cancel", "1");
	if (own && (!strcmp(h->state, "returned") || !strcmp(h->state, "draft")))
		hdf_set_value(r->hdf, "Can.Edit", "1");
	/* On their own request a requester may only record a task given to them. */
	if (!me->asg_id || (own && strcmp(me->kind, "task")))
		return;
	int plain = strcmp(me->kind, "two") && strcmp(me->kind, "task");
	hdf_set_value(r->hdf, !strcmp(me->kind, "task") ? "Can.Task" : "Can.Decide", "1");
	page_set(r, me->kind, "Can.Kind");
	if (me->add_signer && plain)
		hdf_set_value(r->hdf, "Can.AddSigner", "1");
	if (plain)
		hdf_set_value(r->hdf, "Can.Handover", "1");
	page_set(r, me->step, "Can.Step");
}

static int load_vals(struct req *r, const struct request_head *h)
{
	const struct flow *f = flow_find(h->type);
	struct flow_ctx c;
	memset(&c, 0, sizeof c);
	c.r = r;
	c.request_id = h->id;
	int rc = f && f->load ? f->load(&c) : DB_OK;
	vals_to_hdf(r, &c.vals);
	return rc;
}

static int links_to_hdf(struct req *r, long long id)
{
	struct dbres res;
	char key[64];
	int rc = DB_RUN(ST_LINKS_OF, &res, DBI(id), DBI(id));
	for (size_t i = 0; rc == DB_OK && i < res.nrows; i++) {
		snprintf(key, sizeof key, "Links.%s.%s", db_str(&res, i, 5), db_str(&res, i, 0));
		page_set(r, view_text(r->lang, key), "Linked.%zu.Kind", i);
		page_set(r, db_str(&res, i, 1), "Linked.%zu.Id", i);
		page_set(r, db_str(&res, i, 2), "Linked.%zu.Number", i);
		page_set_label(r, "State", db_str(&res, i, 4), "Linked.%zu.State", i);
	}
	db_free(&res);
	return rc;
}

/* The request's data for its page or its printable sheet (me: the
 * viewer's pending place, may be NULL); 0 or a status. */
static int request_data(struct req *r, struct request_head *h, struct my_place *me)
{
	int st = request_head_load(r->arg_id, h);
	if (st)
		return st;
	int may = may_view(r, h);
	if (may <= 0)
		return may < 0 ? 503 : 403;
	head_to_hdf(r, h);
	int rc = load_vals(r, h);
	if (rc == DB_OK)
		rc = route_to_hdf(r, h, me);
	if (rc == DB_OK)
		rc = timeline_to_hdf(r, h->id);
	if (rc == DB_OK)
		rc = attach_list_hdf(r, h->id, "Attachments");
	if (rc == DB_OK)
		rc = links_to_hdf(r, h->id);
	return rc == DB_OK ? 0 : db_status(rc);
}

/* 审批单: fields, attachments and the whole timeline on one A4 page. */
int page_request_print(struct req *r)
{
	struct request_head h;
	int st = request_data(r, &h, NULL);
	if (st)
		return st;
	page_title(r, "Request.PrintTitle");
	return view_page(r, 200, "request/print.cs");
}

/* The request page; status 400 when it shows a refused decision. */
static int show_request(struct req *r, int status)
{
	struct request_head h;
	struct my_place me = {0};
	int st = request_data(r, &h, &me);
	if (st)
		return st;
	actions_to_hdf(r, &h, &me);
	if (hdf_get_value(r->hdf, "Can.Decide", NULL) && (st = list_users(r, "Users")))
		return st;
	const struct flow *f = flow_find(h.type);
	page_set(r, r->query_string && strstr(r->query_string, "submitted=1") ? "1" : "", "Submitted");
	page_set(r, r->query_string && strstr(r->query_string, "draft=1") ? "1" : "", "DraftSaved");
	page_title(r, "Request.Title");
	return view_page(r, status, f && f->view_tmpl ? f->view_tmpl : "request/view.cs");
}

int page_request(struct req *r) { return show_request(r, 200); }

static int after_decision(struct req *r, int rc, const struct decision_in *d)
{
	if (rc == ENG_INVALID || rc == FLOW_REFUSED) {
		page_notice(r, d->error_key[0] ? d->error_key : "Decide.Invalid");
		return show_request(r, 400);
	}
	if (rc != DB_OK)
		return status_of(rc);
	char to[64];
	snprintf(to, sizeof to, "/requests/%lld", d->request_id);
	resp_redirect(r, to);
	return 0;
}

/* Every decision POST carries the version seen and maybe a comment: one
 * reading of them, then the engine and the page that answers. */
static int decide_as(struct req *r, enum decision what, long long target, const char *via, const char *link_hash)
{
	struct decision_in d;
	memset(&d, 0, sizeof d);
	d.r = r;
	d.request_id = r->arg_id;
	d.version = form_get(&r->form, "version")->num;
	d.what = what;
	d.comment = form_get(&r->form, "comment")->text;
	d.target = target;
	d.via = via;
	d.link_hash = link_hash;
	d.act_for = r->act_for;
	return after_decision(r, engine_decide(&d), &d);
}

int page_decide(struct req *r) { return page_decide_via(r, "page", NULL); }

int page_decide_via(struct req *r, const char *via, const char *link_hash)
{
	static const enum decision map[] = {D_APPROVE, D_REJECT, D_RETURN, D_HANDOVER, D_ADD_BEFORE, D_ADD_AFTER};
	if (r->form.nerr)
		return 400;
	return decide_as(r, map[form_get(&r->form, "action")->num], form_get(&r->form, "target")->num, via, link_hash);
}

int page_task(struct req *r)
{
	struct request_head h;
	int st = request_head_load(r->arg_id, &h);
	if (st)
		return st;
	if (strcmp(h.type, r->arg_name))
		return 404;
	if (r->form.nerr) {
		page_notice(r, "Form.HasErrors");
		page_form_values(r);
		return show_request(r, 400);
	}
	return decide_as(r, D_TASK, 0, "page", NULL);
}

static int own_decision(struct req *r, enum decision what)
{
	return r->form.nerr ? 400 : decide_as(r, what, 0, "page", NULL);
}

int page_withdraw(struct req *r) { return own_decision(r, D_WITHDRAW); }

int page_cancel(struct req *r) { return own_decision(r, D_CANCEL); }

/* A returned request's form, filled with what it held. */
int page_edit_form(struct req *r)
{
	struct request_head h;
	int st = request_head_load(r->arg_id, &h);
	if (st)
		return st;
	if (r->user.id != h.requester && r->user.id != h.filed_by)
		return 403;
	const struct flow *f = fileable(h.type);
	if (!f || (strcmp(h.state, "returned") && strcmp(h.state, "draft")))
		return f ? 409 : 404;
	struct flow_ctx c;
	memset(&c, 0, sizeof c);
	c.request_id = h.id;
	if (f->load && f->load(&c) != DB_OK)
		return 503;
	for (size_t i = 0; i < c.vals.n; i++)
		page_set(r, c.vals.v[i].text, "Form.%s.Value", c.vals.v[i].name);
	page_set_int(r, h.version, "Edit.Version");
	page_set_int(r, h.id, "Edit.Id");
	return show_form(r, f, 200);
}

int page_edit_submit(struct req *r)
{
	const struct flow *f = fileable(r->arg_name);
	if (!f)
		return 404;
	page_set_int(r, r->arg_id, "Edit.Id");
	page_set_int(r, form_get(&r->form, "version")->num, "Edit.Version");
	if (r->form.nerr) {
		page_form_values(r);
		return show_form(r, f, 400);
	}
	return submit(r, f, r->arg_id, form_get(&r->form, "version")->num);
}
