/* departments.c - admin pages for departments. */
#include "admin/departments.h"

#include "admin/admin_sql.h"
#include "audit/audit.h"
#include "auth/auth_sql.h"
#include "core/clock.h"
#include "core/outcome.h"
#include "db/db.h"
#include "http/req.h"
#include "http/resp.h"
#include "http/router.h"
#include "view/list.h"
#include "view/page.h"
#include "view/view.h"

static const struct field dept_fields[] = {
	{"name", FT_TEXT, FIELD_REQUIRED, 1, 32, NULL},
	{"name_en", FT_TEXT, 0, 0, 64, NULL},
	{"head_id", FT_INT, 0, 0, 1000000000, NULL},
	{"parent_id", FT_INT, 0, 0, 1000000000, NULL},
};
FIELDSET(admin_dept_fields, dept_fields);

#define REFUSE_OWN_PARENT 1

struct dept_in {
	struct req *r;
	long long id, head_id, parent_id;
	const char *name, *name_en;
};

static void read_dept(struct req *r, struct dept_in *d)
{
	d->r = r;
	d->id = r->arg_id;
	d->name = form_get(&r->form, "name")->text;
	d->name_en = form_get(&r->form, "name_en")->text;
	d->head_id = form_get(&r->form, "head_id")->num;
	d->parent_id = form_get(&r->form, "parent_id")->num;
}

static int show(struct req *r, int status, const char *tmpl, const char *title)
{
	int st = list_depts(r, "Depts");
	if (!st)
		st = list_roster();
	if (st)
		return st;
	page_title(r, title);
	return view_page(r, status, tmpl);
}

int admin_depts(struct req *r) { return show(r, 200, "admin/depts.cs", "Admin.Depts.Title"); }

static int create_tx(void *ctx)
{
	struct dept_in *d = ctx;
	struct dbres res;
	int rc = DB_RUN(ST_DEPT_INSERT, &res, DBS(d->name), DBS(d->name_en ? d->name_en : ""),
	    d->parent_id ? DBI(d->parent_id) : DBN, DBI(clock_now()));
	d->id = (long long)res.insert_id;
	db_free(&res);
	if (rc == DB_OK && d->head_id)
		rc = DB_RUN(ST_DEPT_SET_HEAD, NULL, DBI(d->head_id), DBI(d->id));
	return rc == DB_OK ? audit_by(&d->r->actor, "dept_create", "department", d->id, d->name) : rc;
}

static int again(struct req *r, const char *tmpl, const char *title, const char *field, const char *key)
{
	page_form_values(r);
	if (field)
		page_form_error(r, field, key);
	return show(r, 400, tmpl, title);
}

int admin_dept_create(struct req *r)
{
	struct dept_in d;
	if (r->form.nerr)
		return again(r, "admin/depts.cs", "Admin.Depts.Title", NULL, NULL);
	read_dept(r, &d);
	int rc = db_tx(create_tx, &d);
	if (rc == DB_DUP)
		return again(r, "admin/depts.cs", "Admin.Depts.Title", "name", "Admin.Depts.NameTaken");
	if (rc != DB_OK)
		return rc;
	resp_redirect(r, "/admin/departments");
	return 0;
}

int admin_dept_edit(struct req *r)
{
	struct dbres res;
	int rc = DB_RUN(ST_DEPT_GET, &res, DBI(r->arg_id));
	const struct dept_get *d = dept_get_at(&res, 0);
	if (rc != DB_OK || !d) {
		db_free(&res);
		return rc != DB_OK ? rc : O_NOT_FOUND;
	}
	page_set_int(r, d->id, "Form.id.Value");
	page_set(r, d->name, "Form.name.Value");
	page_set(r, d->name_en, "Form.name_en.Value");
	if (d->head_id)
		page_set_int(r, d->head_id, "Form.head_id.Value");
	if (d->parent_id)
		page_set_int(r, d->parent_id, "Form.parent_id.Value");
	db_free(&res);
	page_set_int(r, r->arg_id, "DeptId");
	return show(r, 200, "admin/dept_edit.cs", "Admin.Depts.Edit");
}

static int update_tx(void *ctx)
{
	struct dept_in *d = ctx;
	if (d->parent_id == d->id)
		return REFUSE_OWN_PARENT;
	int rc = DB_RUN(ST_DEPT_UPDATE, NULL, DBS(d->name), DBS(d->name_en ? d->name_en : ""),
	    d->head_id ? DBI(d->head_id) : DBN, d->parent_id ? DBI(d->parent_id) : DBN, DBI(d->id));
	return rc == DB_OK ? audit_by(&d->r->actor, "dept_update", "department", d->id, d->name) : rc;
}

int admin_dept_update(struct req *r)
{
	struct dept_in d;
	page_set_int(r, r->arg_id, "DeptId");
	if (r->form.nerr)
		return again(r, "admin/dept_edit.cs", "Admin.Depts.Edit", NULL, NULL);
	read_dept(r, &d);
	int rc = db_tx(update_tx, &d);
	if (rc == REFUSE_OWN_PARENT)
		return again(r, "admin/dept_edit.cs", "Admin.Depts.Edit", "parent_id", "Admin.Depts.OwnParent");
	if (rc == DB_DUP)
		return again(r, "admin/dept_edit.cs", "Admin.Depts.Edit", "name", "Admin.Depts.NameTaken");
	if (rc != DB_OK)
		return rc;
	resp_redirect(r, "/admin/departments");
	return 0;
}
