/* request.c - the request page and its printable sheet. */
#include "pages/pages.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth/token.h"
#include "db/db.h"
#include "engine/access.h"
#include "engine/attach.h"
#include "engine/engine_sql.h"
#include "engine/flow.h"
#include "engine/replay.h"
#include "http/req.h"
#include "pages/flow_page.h"
#include "view/list.h"
#include "view/page.h"
#include "view/view.h"

void request_title(const char *lang, const char *kind_zh, const char *kind_en, const char *title, char *out,
    size_t outlen)
{
	const char *kind = !strcmp(lang, "en") && *kind_en ? kind_en : kind_zh;
	snprintf(out, outlen, "%s%s%s", kind, *kind ? " " : "", title);
}

static void head_to_hdf(struct req *r, const struct request_head *h)
{
	char title[sizeof h->title + sizeof h->kind_zh + 2];
	request_title(r->lang, h->kind_zh, h->kind_en, h->title, title, sizeof title);
	page_set_int(r, h->id, "Req.Id");
	page_set(r, h->number, "Req.Number");
	page_set(r, h->type, "Req.Type");
	page_set_label(r, "Type", h->type, "Req.TypeName");
	page_set(r, title, "Req.Title");
	page_set(r, h->state, "Req.State");
	page_set_label(r, "State", h->state, "Req.StateName");
	page_set_int(r, h->version, "Req.Version");
	page_set(r, h->requester_name, "Req.Requester");
	page_set_int(r, h->requester, "Req.RequesterId");
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

static void note_place(const struct route_of_req *p, long long who, long long round, struct my_place *me)
{
	if (me->asg_id || p->user_id != who || p->round != round || strcmp(p->step_state, "pending") ||
	    strcmp(p->state, "pending"))
		return;
	me->asg_id = atoll(p->place_id);
	snprintf(me->kind, sizeof me->kind, "%s", p->kind);
	me->add_signer = (int)p->add_signer;
	snprintf(me->step, sizeof me->step, "%s", p->name);
}

static void step_to_hdf(struct req *r, const struct route_of_req *p, size_t n)
{
	page_set_int(r, p->step_id, "Steps.%zu.Id", n);
	page_set_int(r, p->round, "Steps.%zu.Round", n);
	page_set_label(r, "Step", p->name, "Steps.%zu.Name", n);
	page_set(r, p->kind, "Steps.%zu.Kind", n);
	page_set_label(r, "StepState", p->step_state, "Steps.%zu.State", n);
	/* steps still to come close the story, after what happened */
	if (!strcmp(p->step_state, "pending") || !strcmp(p->step_state, "waiting"))
		page_set(r, "1", "Steps.%zu.Open", n);
}

static void place_to_hdf(struct req *r, const struct route_of_req *p, size_t n)
{
	page_set_int(r, p->step_id, "Assignees.%zu.Step", n);
	page_set(r, p->user_name, "Assignees.%zu.Name", n);
	page_set(r, p->acting_for_name, "Assignees.%zu.ActingFor", n);
	page_set_label(r, "Asg", p->state, "Assignees.%zu.State", n);
	page_set(r, p->state, "Assignees.%zu.StateKey", n);   /* the chip's colour */
	if (p->decided)
		page_set_time(r, atoll(p->decided), "Assignees.%zu.At", n);
	page_set(r, p->comment, "Assignees.%zu.Comment", n);
}

/* Steps and their people from one query (one row per place, a step
 * without people as one row of NULLs); me may be NULL; *two: a
 * two-person step is on the route (so there are signatures to show). */
static int route_to_hdf(struct req *r, const struct request_head *h, long long who, struct my_place *me,
    int *two)
{
	struct dbres res;
	const struct route_of_req *p;
	size_t nsteps = 0, nplaces = 0;
	long long last = 0;
	int rc = DB_RUN(ST_ROUTE_OF_REQ, &res, DBI(h->id));
	*two = 0;
	for (size_t i = 0; rc == DB_OK && (p = route_of_req_at(&res, i)); i++) {
		if (p->step_id != last)
			step_to_hdf(r, p, nsteps++);
		if (!strcmp(p->kind, "two"))
			*two = 1;
		last = p->step_id;
		if (!p->place_id)
			continue;
		place_to_hdf(r, p, nplaces++);
		if (me)
			note_place(p, who, h->round, me);
	}
	db_free(&res);
	return rc;
}

/* A decision's detail without its "acting_for=<id> " prefix: the page
 * names the person instead. */
static const char *comment_of(const char *detail)
{
	if (strncmp(detail, "acting_for=", 11))
		return detail;
	const char *sp = strchr(detail, ' ');
	return sp ? sp + 1 : "";
}

static int timeline_to_hdf(struct req *r, long long id)
{
	struct dbres res;
	const struct timeline *t;
	int rc = DB_RUN(ST_TIMELINE, &res, DBI(id));
	for (size_t i = 0; rc == DB_OK && (t = timeline_at(&res, i)); i++) {
		page_set_time(r, t->at, "Timeline.%zu.At", i);
		page_set(r, t->who ? t->who : view_text(r->lang, "Request.System"), "Timeline.%zu.Who", i);
		page_set_label(r, "Event", t->action, "Timeline.%zu.What", i);
		page_set(r, comment_of(t->detail), "Timeline.%zu.Detail", i);
		page_set(r, t->acting_for, "Timeline.%zu.ActingFor", i);
		page_set_label(r, "Via", t->via, "Timeline.%zu.Via", i);
		page_set(r, t->via, "Timeline.%zu.ViaKey", i);
	}
	db_free(&res);
	return rc;
}

int may_edit_now(unsigned roles, int own, const struct flow *f, const char *state)
{
	if (!f || (!own && !(roles & f->edit_roles)))
		return 0;
	return !strcmp(state, "returned") || !strcmp(state, "draft") ||
	    (!strcmp(state, "in_approval") && f->edit_in_approval);
}

/* What the viewer may do now, so the page shows only those buttons. */
static void actions_to_hdf(struct req *r, const struct request_head *h, long long me_id, const struct my_place *me)
{
	int own = me_id == h->requester || me_id == h->filed_by;
	const struct flow *f = flow_find(h->type);
	if (own && (!strcmp(h->state, "in_approval") || !strcmp(h->state, "draft")))
		hdf_set_value(r->hdf, "Can.Withdraw", "1");
	if (own && f && f->cancellable && !strcmp(h->state, flow_cancel_state(f)))
		hdf_set_value(r->hdf, "Can.Cancel", "1");
	if (may_edit_now(r->actor.roles, own, f, h->state))
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

static int vals_to_hdf(struct req *r, const struct request_head *h)
{
	const struct flow *f = flow_find(h->type);
	struct flow_ctx c;
	memset(&c, 0, sizeof c);
	c.request_id = h->id;
	int rc = f && f->load ? f->load(&c) : DB_OK;
	for (size_t i = 0; i < c.vals.n; i++) {
		page_set(r, c.vals.v[i].text, "Vals.%s", c.vals.v[i].name);
		page_set(r, c.vals.v[i].text, "ValList.%zu.Value", i);
		page_set_label(r, "Val", c.vals.v[i].name, "ValList.%zu.Label", i);
	}
	rvals_free(&c.vals);
	return rc;
}

static int links_to_hdf(struct req *r, long long id)
{
	struct dbres res;
	const struct links_of *l;
	char key[64];
	int rc = DB_RUN(ST_LINKS_OF, &res, DBI(id), DBI(id));
	for (size_t i = 0; rc == DB_OK && (l = links_of_at(&res, i)); i++) {
		snprintf(key, sizeof key, "Links.%s.%s", l->direction, l->kind);
		page_set(r, view_text(r->lang, key), "Linked.%zu.Kind", i);
		page_set_int(r, l->id, "Linked.%zu.Id", i);
		page_set(r, l->number, "Linked.%zu.Number", i);
		page_set_label(r, "State", l->state, "Linked.%zu.State", i);
	}
	db_free(&res);
	return rc;
}

/* SP-04: who signed which round, how and when, and what they signed. */
static int signatures_to_hdf(struct req *r, long long id)
{
	struct dbres res;
	const struct signatures_of *g;
	int rc = DB_RUN(ST_SIGNATURES_OF, &res, DBI(id));
	for (size_t i = 0; rc == DB_OK && (g = signatures_of_at(&res, i)); i++) {
		page_set_int(r, g->round, "Signatures.%zu.Round", i);
		page_set(r, g->user_name, "Signatures.%zu.Name", i);
		page_set_label(r, "Via", g->via, "Signatures.%zu.Via", i);
		page_set_time(r, g->signed_at, "Signatures.%zu.At", i);
		page_set(r, g->content_sha256, "Signatures.%zu.Sha256", i);
		page_set(r, g->current ? "1" : "", "Signatures.%zu.Current", i);
	}
	db_free(&res);
	return rc;
}

/* The people it is copied to, and its files. */
static int beside_to_hdf(struct req *r, long long id)
{
	struct dbres res;
	const struct beside *b;
	size_t ncc = 0, nfile = 0;
	int rc = DB_RUN(ST_REQ_BESIDE, &res, DBI(id), DBI(id));
	for (size_t i = 0; rc == DB_OK && (b = beside_at(&res, i)); i++) {
		if (!strcmp(b->part, "cc")) {
			page_set(r, b->label, "Cc.%zu.Name", ncc++);
			continue;
		}
		page_set_int(r, b->id, "Attachments.%zu.Id", nfile);
		page_set(r, b->label, "Attachments.%zu.Label", nfile);
		page_set(r, b->filename, "Attachments.%zu.Name", nfile);
		page_set(r, b->kind, "Attachments.%zu.Kind", nfile);
		page_set_int(r, b->size, "Attachments.%zu.Size", nfile);
		page_set_time(r, b->at, "Attachments.%zu.At", nfile++);
	}
	db_free(&res);
	return rc;
}

/* The request's data for its page or its printable sheet (me: the
 * viewer's pending place, may be NULL); 0 or an outcome. */
static int request_data(struct req *r, long long id, const struct actor *a, struct request_head *h,
    struct my_place *me)
{
	int rc = request_head_load(id, h);
	if (rc != DB_OK)
		return rc;
	int may = may_view(a, h);
	if (may <= 0)
		return may < 0 ? may : 403;
	head_to_hdf(r, h);
	rc = vals_to_hdf(r, h);
	int two = 0;
	const struct flow *f = flow_find(h->type);
	if (rc == DB_OK)
		rc = route_to_hdf(r, h, a->act_for ? a->act_for : a->id, me, &two);
	if (rc == DB_OK)
		rc = timeline_to_hdf(r, h->id);
	if (rc == DB_OK)
		rc = beside_to_hdf(r, h->id);
	/* only what the type can have: each list is a statement */
	if (rc == DB_OK && two)
		rc = signatures_to_hdf(r, h->id);
	if (rc == DB_OK && f && flow_links_any(f))
		rc = links_to_hdf(r, h->id);
	return rc;
}

/* 审批单: fields, attachments and the whole timeline on one A4 page. */
int page_request_print(struct req *r)
{
	struct request_head h;
	int rc = request_data(r, r->arg_id, &r->actor, &h, NULL);
	if (rc != DB_OK)
		return rc;
	page_title(r, "Request.PrintTitle");
	return view_page(r, 200, "request/print.cs");
}

/* What the page says on top (a submission, a draft, a decision just
 * done) and the one-time key its decision forms carry (engine/replay.h). */
static int said_on_top(struct req *r)
{
	const struct fval *sub = form_get(&r->form, "submitted"), *draft = form_get(&r->form, "draft");
	const struct fval *done = form_get(&r->form, "done");
	char key[FORM_KEY_HEX + 1];
	page_set(r, sub && sub->num ? "1" : "", "Submitted");
	page_set(r, draft && draft->num ? "1" : "", "DraftSaved");
	if (done && done->present && done->err == V_OK) {
		char k[48];
		snprintf(k, sizeof k, "Decide.Done.%s", done->text);
		view_set_text(r, "Done", k);
	}
	if (token_new(key))
		return 500;
	page_set(r, key, "FormKey");
	return 0;
}

int request_show(struct req *r, long long id, const struct actor *a, int status, const char *link_token)
{
	struct request_head h;
	struct my_place me = {0};
	int rc = request_data(r, id, a, &h, &me);
	if (rc != DB_OK)
		return rc;
	actions_to_hdf(r, &h, a->id, &me);
	/* 更多操作's people: those the search names (?who=), else everyone */
	const struct fval *who = form_get(&r->form, "who");
	if (who && who->err != V_OK)
		return 400;
	const char *q = who && who->text ? who->text : NULL;
	if (q)
		page_set(r, q, "Form.who.Value");
	if (hdf_get_value(r->hdf, "Can.Decide", NULL) && (rc = list_users_matching(r, "Users", q)))
		return rc;
	if (link_token)
		page_set(r, link_token, "Link.Token");
	const struct flow_page *fp = flow_page_find(h.type);
	if ((rc = said_on_top(r)) != 0)
		return rc;
	page_title(r, "Request.Title");
	return view_page(r, status, fp && fp->view_tmpl ? fp->view_tmpl : "request/view.cs");
}

int page_request(struct req *r) { return request_show(r, r->arg_id, &r->actor, 200, NULL); }
