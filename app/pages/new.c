/*
 * new.c - filing a request through its type's form: the empty form, the
 * check of what was typed, submission, a draft, and the edit of a
 * returned request or a draft.  A refused form comes back with everything
 * typed kept and the reason beside its field.
 */
#include "pages/pages.h"

#include <stdio.h>
#include <string.h>

#include "db/db.h"
#include "engine/engine.h"
#include "engine/engine_sql.h"
#include "engine/access.h"
#include "http/req.h"
#include "http/resp.h"
#include "pages/flow_page.h"
#include "view/list.h"
#include "view/page.h"
#include "view/view.h"

static const struct flow_page *fileable(const char *type)
{
	const struct flow_page *f = flow_page_find(type);
	return f && f->form ? f : NULL;
}

/* The form page; preview: also what the type's rules say of the values. */
static int show_form(struct req *r, const struct flow_page *f, int status, int preview)
{
	int rc = f->prepare ? f->prepare(r, preview) : DB_OK;
	if (rc != DB_OK)
		return rc;
	page_set(r, f->flow->type, "Type.Key");
	page_set_label(r, "Type", f->flow->type, "Type.Name");
	if (r->user.roles & f->flow->file_for_roles) {
		if ((rc = list_roster()) != 0)
			return rc;
		hdf_set_value(r->hdf, "FileFor", "1");
	}
	page_title(r, "Request.New");
	return view_page(r, status, f->form_tmpl);
}

int page_new_form(struct req *r)
{
	const struct flow_page *f = fileable(r->arg_name);
	return f ? show_form(r, f, 200, 0) : 404;
}

/* The form again with what the type's rules say about what was typed. */
int page_new_check(struct req *r)
{
	const struct flow_page *f = fileable(r->arg_name);
	if (!f)
		return 404;
	page_form_values(r);
	return show_form(r, f, r->form.nerr ? 400 : 200, 1);
}

/* The form again, everything typed kept, the refusal beside its field. */
static int refused(struct req *r, const struct flow_page *f, const struct submission *s, int rc)
{
	page_form_values(r);
	if (rc == O_NO_APPROVER) {
		char msg[256];
		snprintf(msg, sizeof msg, "%s%s", view_text(r->lang, "Request.NoApprover"), view_text(r->lang, s->error_key));
		hdf_set_value(r->hdf, "Form.Refused", msg);
	} else if (s->error_field[0]) {
		page_form_error(r, s->error_field, s->error_key);
	} else if (s->error_key[0]) {
		view_set_text(r, "Form.Refused", s->error_key);
	}
	return show_form(r, f, rc == O_NO_APPROVER ? 422 : 400, 1);
}

/* On whose behalf: only roles the type allows; the filer is recorded. */
static int requester_of(struct req *r, const struct flow_page *f, long long *requester, long long *dept)
{
	const struct fval *v = form_get(&r->form, "on_behalf_of");
	*requester = r->user.id;
	*dept = r->user.dept_id;
	if (!v || !v->num || v->num == r->user.id)
		return 0;
	if (!(r->user.roles & f->flow->file_for_roles))
		return 403;
	struct dbres res;
	int rc = DB_RUN(ST_WHO_USER, &res, DBI(v->num));
	const struct who_user *u = who_user_at(&res, 0);
	int ok = rc == DB_OK && u && u->active == 1;
	if (ok) {
		*requester = u->id;
		*dept = u->dept_id;
	}
	db_free(&res);
	return rc != DB_OK ? rc : ok ? 0 : 400;
}

/* The form's files, as the engine keeps them. */
static void files_of(const struct form *form, struct submission *s)
{
	for (size_t i = 0; i < form->n && s->nfiles < UPLOADS_MAX; i++) {
		const struct fval *v = &form->v[i];
		if (form->fields[i].type != FT_FILE)
			continue;
		struct upload *u = &s->files[s->nfiles];
		u->label = form->fields[i].name;
		if (v->present && v->file) {
			u->filename = v->file->filename;
			u->data = v->file->value;
			u->len = v->file->len;
			s->nfiles++;
		} else if (v->raw && v->raw[0]) {
			s->nfiles++;   /* a chosen file of 0 bytes: refused, not dropped */
		}
	}
}

static int submit(struct req *r, const struct flow_page *f, long long existing, long long version)
{
	struct submission s;
	memset(&s, 0, sizeof s);
	s.flow = f->flow;
	s.actor = &r->actor;
	s.request_id = existing;
	s.version = version;
	int st = requester_of(r, f, &s.requester_id, &s.dept_id);
	if (st)
		return st;
	s.draft = (int)form_get(&r->form, "draft")->num;
	form_to_rvals(&r->form, &s.vals);
	if (f->from_form)
		f->from_form(&r->form, &s.vals);
	files_of(&r->form, &s);
	int rc = engine_submit(&s);
	rvals_free(&s.vals);
	if (rc == O_REFUSED || rc == O_NO_APPROVER)
		return refused(r, f, &s, rc);
	if (rc != DB_OK)
		return rc;
	char to[64];
	snprintf(to, sizeof to, "/requests/%lld?%s=1", s.request_id, s.draft ? "draft" : "submitted");
	resp_redirect(r, to);
	return 0;
}

int page_new_submit(struct req *r)
{
	const struct flow_page *f = fileable(r->arg_name);
	if (!f)
		return 404;
	if (r->form.nerr) {
		page_form_values(r);
		return show_form(r, f, 400, 0);
	}
	return submit(r, f, 0, 0);
}

/* A returned request's or a draft's form, filled with what it held. */
int page_edit_form(struct req *r)
{
	struct request_head h;
	int rc = request_head_load(r->arg_id, &h);
	if (rc != DB_OK)
		return rc;
	const struct flow_page *f = fileable(h.type);
	int own = r->user.id == h.requester || r->user.id == h.filed_by;
	if (!f)
		return 404;
	if (!own && !(r->user.roles & f->flow->edit_roles))
		return 403;
	if (!may_edit_now(r->user.roles, own, f->flow, h.state))
		return 409;
	struct flow_ctx c;
	memset(&c, 0, sizeof c);
	c.request_id = h.id;
	rc = f->flow->load ? f->flow->load(&c) : DB_OK;
	for (size_t i = 0; rc == DB_OK && i < c.vals.n; i++)
		page_set(r, c.vals.v[i].text, "Form.%s.Value", c.vals.v[i].name);
	rvals_free(&c.vals);
	if (rc != DB_OK)
		return rc;
	page_set_int(r, h.version, "Edit.Version");
	page_set_int(r, h.id, "Edit.Id");
	return show_form(r, f, 200, 0);
}

int page_edit_submit(struct req *r)
{
	const struct flow_page *f = fileable(r->arg_name);
	if (!f)
		return 404;
	page_set_int(r, r->arg_id, "Edit.Id");
	page_set_int(r, form_get(&r->form, "version")->num, "Edit.Version");
	if (r->form.nerr) {
		page_form_values(r);
		return show_form(r, f, 400, 0);
	}
	return submit(r, f, r->arg_id, form_get(&r->form, "version")->num);
}
