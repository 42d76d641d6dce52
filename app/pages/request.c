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
#include "pages/story.h"
#include "view/list.h"
#include "view/names.h"
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
	rc = names_ready();
	if (rc == DB_OK)
		rc = vals_to_hdf(r, h);
	int two = 0;
	const struct flow *f = flow_find(h->type);
	if (rc == DB_OK)
		rc = story_to_hdf(r, h, a->act_for ? a->act_for : a->id, me, &two);
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
	if (hdf_get_value(r->hdf, "Can.Decide", NULL) && (rc = q && *q ? list_users_matching(r, "Users", q) : list_roster()))
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
