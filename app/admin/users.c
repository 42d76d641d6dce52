/* users.c - admin pages for users. */
#include "admin/users.h"

#include <stdio.h>
#include <string.h>

#include "admin/admin_sql.h"
#include "audit/audit.h"
#include "auth/auth_sql.h"
#include "auth/password.h"
#include "auth/roles.h"
#include "auth/token.h"
#include "core/clock.h"
#include "core/outcome.h"
#include "db/db.h"
#include "db/settings.h"
#include "engine/engine.h"
#include "engine/engine_sql.h"
#include "engine/handover.h"
#include "http/req.h"
#include "http/resp.h"
#include "http/router.h"
#include "view/list.h"
#include "view/page.h"
#include "view/view.h"

static const struct field search_fields[] = {
	{"q", FT_TEXT, 0, 0, 64, NULL},
	{"dept", FT_INT, 0, 0, 1000000000, NULL},
	{"page", FT_INT, 0, 1, 1000000, NULL},
};
FIELDSET(admin_users_fields, search_fields);

#define USER_FIELDS \
	{"display_name", FT_TEXT, FIELD_REQUIRED, 1, 32, NULL}, \
	{"email", FT_EMAIL, 0, 0, 254, NULL}, \
	{"dept_id", FT_INT, FIELD_REQUIRED, 1, 1000000000, NULL}, \
	{"superior_id", FT_INT, 0, 0, 1000000000, NULL}, \
	{"work_start", FT_DATE, 0, 0, 0, NULL}, \
	{"can_sign", FT_BOOL, 0, 0, 1, NULL}, \
	{"role_staff", FT_BOOL, 0, 0, 1, NULL}, {"role_deputy", FT_BOOL, 0, 0, 1, NULL}, \
	{"role_head", FT_BOOL, 0, 0, 1, NULL}, {"role_director", FT_BOOL, 0, 0, 1, NULL}, \
	{"role_gm", FT_BOOL, 0, 0, 1, NULL}, {"role_exec", FT_BOOL, 0, 0, 1, NULL}, \
	{"role_office", FT_BOOL, 0, 0, 1, NULL}, {"role_finance", FT_BOOL, 0, 0, 1, NULL}, \
	{"role_clerk", FT_BOOL, 0, 0, 1, NULL}, {"role_admin", FT_BOOL, 0, 0, 1, NULL}, \
	{"role_assistant", FT_BOOL, 0, 0, 1, NULL}, {"role_chairman", FT_BOOL, 0, 0, 1, NULL}

static const struct field edit_fields[] = {
	USER_FIELDS,
	{"successor_id", FT_INT, 0, 0, 1000000000, NULL},
};
FIELDSET(admin_user_fields, edit_fields);

static const struct field new_fields[] = {
	{"login", FT_TEXT, FIELD_REQUIRED, 2, 32, NULL},
	USER_FIELDS,
};
FIELDSET(admin_user_new_fields, new_fields);

static const struct field view_fields[] = {
	{"saved", FT_BOOL, 0, 0, 1, NULL},
};
FIELDSET(admin_user_view_fields, view_fields);

static const struct field deactivate_fields[] = {
	{"successor_id", FT_INT, 0, 0, 1000000000, NULL},
	{"confirm", FT_BOOL, FIELD_REQUIRED, 0, 1, NULL},
};
FIELDSET(admin_deactivate_fields, deactivate_fields);

/* A user as read from the form, checked beyond what the field table can. */
struct user_in {
	long long id, successor;
	const char *login, *name, *email;
	long long dept_id, superior_id;
	unsigned roles;
	int can_sign;
	char work_start[11];
	char password[20];
	char hash[PW_HASH_MAX];
	struct req *r;
};

static unsigned roles_from_form(const struct req *r)
{
	char name[32];
	unsigned roles = 0;
	for (unsigned i = 0; i < ROLE_COUNT; i++) {
		snprintf(name, sizeof name, "role_%s", role_key(i));
		const struct fval *v = form_get(&r->form, name);
		if (v && v->num)
			roles |= 1u << i;
	}
	return roles;
}

static void read_user(struct req *r, struct user_in *u)
{
	memset(u, 0, sizeof *u);
	u->r = r;
	u->id = r->arg_id;
	const struct fval *login = form_get(&r->form, "login");
	u->login = login ? login->text : NULL;
	u->name = form_get(&r->form, "display_name")->text;
	u->email = form_get(&r->form, "email")->text;
	u->dept_id = form_get(&r->form, "dept_id")->num;
	u->superior_id = form_get(&r->form, "superior_id")->num;
	u->can_sign = (int)form_get(&r->form, "can_sign")->num;
	u->roles = roles_from_form(r);
	const struct fval *succ = form_get(&r->form, "successor_id");
	u->successor = succ ? succ->num : 0;
	const struct fval *ws = form_get(&r->form, "work_start");
	if (ws->present) {
		int y, m, d;
		days_to_ymd((int)ws->num, &y, &m, &d);
		snprintf(u->work_start, sizeof u->work_start, "%04d-%02d-%02d", y, m, d);
	}
}

/* Fills the edit form's lists; returns 0 or a status. */
static int form_lists(struct req *r)
{
	int st = list_depts(r, "Depts");
	if (!st)
		st = list_roster();
	for (unsigned i = 0; !st && i < ROLE_COUNT; i++) {
		page_set(r, role_key(i), "Roles.%u.Key", i);
		page_set_label(r, "Role", role_key(i), "Roles.%u.Name", i);
	}
	return st;
}

static int show_form(struct req *r, int status, const char *tmpl, const char *title)
{
	int st = form_lists(r);
	if (st)
		return st;
	page_title(r, title);
	return view_page(r, status, tmpl);
}

static void set_row(struct req *r, const struct user_search *u, size_t i)
{
	page_set_int(r, u->id, "Rows.%zu.Id", i);
	page_set(r, u->login, "Rows.%zu.Login", i);
	page_set(r, u->name, "Rows.%zu.Name", i);
	page_set(r, u->dept_name, "Rows.%zu.Dept", i);
	page_set_int(r, u->roles, "Rows.%zu.Roles", i);
	page_set_int(r, u->active, "Rows.%zu.Active", i);
	page_set(r, u->superior_name, "Rows.%zu.Superior", i);
}

int admin_users(struct req *r)
{
	const struct fval *q = form_get(&r->form, "q");
	long long dept = form_get(&r->form, "dept")->num, page = form_get(&r->form, "page")->num;
	char like[80];
	snprintf(like, sizeof like, "%%%s%%", q->text ? q->text : "");
	const char *qs = q->text ? q->text : "";
	struct dbres res;
	const struct user_search *u;
	int rc = DB_RUN(ST_USER_SEARCH_COUNT, &res, DBS(qs), DBS(like), DBS(like), DBI(dept), DBI(dept));
	const struct admin_total *count = admin_total_at(&res, 0);
	long long total = count ? count->total : 0;
	db_free(&res);
	if (rc == DB_OK)
		rc = DB_RUN(ST_USER_SEARCH, &res, DBS(qs), DBS(like), DBS(like), DBI(dept), DBI(dept),
		    DBI(LIST_PER_PAGE), DBI(list_offset(page)));
	for (size_t i = 0; rc == DB_OK && (u = user_search_at(&res, i)); i++)
		set_row(r, u, i);
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	list_pager(r, total, page);
	page_form_values(r);
	int st = list_depts(r, "Depts");
	if (st)
		return st;
	page_title(r, "Admin.Users.Title");
	return view_page(r, 200, "admin/users.cs");
}

int admin_user_new(struct req *r)
{
	hdf_set_value(r->hdf, "Form.role_staff.Value", "1");
	return show_form(r, 200, "admin/user_new.cs", "Admin.Users.New");
}

/* AU-01: a superior must be a real user (no foreign key holds it). */
#define REFUSE_NO_SUPERIOR 4

static int superior_check(long long superior_id)
{
	struct dbres res;
	if (!superior_id)
		return DB_OK;
	int rc = DB_RUN(ST_USER_LOCK, &res, DBI(superior_id));
	int found = user_lock_at(&res, 0) != NULL;
	db_free(&res);
	return rc != DB_OK ? rc : found ? DB_OK : REFUSE_NO_SUPERIOR;
}

static int create_tx(void *ctx)
{
	struct user_in *u = ctx;
	long long now = clock_now();
	struct dbres res;
	int rc = superior_check(u->superior_id);
	if (rc != DB_OK)
		return rc;
	rc = DB_RUN(ST_USER_INSERT, &res, DBS(u->login), DBS(u->name), DBS(u->email ? u->email : ""),
	    DBI(u->dept_id), u->superior_id ? DBI(u->superior_id) : DBN, DBI(u->roles), DBI(u->can_sign),
	    DBI(0), u->work_start[0] ? DBS(u->work_start) : DBN, DBS("zh-CN"), DBS(u->hash), DBI(1),
	    DBI(now), DBI(now));
	u->id = (long long)res.insert_id;
	db_free(&res);
	return rc == DB_OK ? audit_by(&u->r->actor, "user_create", "user", u->id, u->login) : rc;
}

/* A temporary password the admin passes on; it must be changed at first login. */
static int make_temp_password(struct user_in *u)
{
	char tok[65];
	if (token_new(tok))
		return -1;
	snprintf(u->password, sizeof u->password, "Tmp-%.12s", tok);
	return pw_hash(u->password, (unsigned)setting("pw_iterations"), u->hash);
}

static int show_password(struct req *r, struct user_in *u, const char *notice)
{
	page_set(r, u->password, "TempPassword");
	page_set_int(r, u->id, "UserId");
	page_notice(r, notice);
	page_title(r, "Admin.Users.TempTitle");
	return view_page(r, 200, "admin/user_password.cs");
}

int admin_user_create(struct req *r)
{
	struct user_in u;
	if (r->form.nerr) {
		page_form_values(r);
		return show_form(r, 400, "admin/user_new.cs", "Admin.Users.New");
	}
	read_user(r, &u);
	if (make_temp_password(&u))
		return 500;
	int rc = db_tx(create_tx, &u);
	if (rc == DB_DUP || rc == DB_ERR || rc == REFUSE_NO_SUPERIOR) {
		page_form_values(r);
		page_form_error(r, rc == DB_DUP ? "login" : rc == DB_ERR ? "dept_id" : "superior_id",
		    rc == DB_DUP ? "Admin.Users.LoginTaken" : "Admin.Users.BadRef");
		return show_form(r, 400, "admin/user_new.cs", "Admin.Users.New");
	}
	if (rc != DB_OK)
		return rc;
	return show_password(r, &u, "Admin.Users.Created");
}

/* Never the salary: an admin does not see it. */
static void fill_user(struct req *r, const struct user_get *u)
{
	page_set_int(r, u->id, "Form.id.Value");
	page_set(r, u->login, "Form.login.Value");
	page_set(r, u->display_name, "Form.display_name.Value");
	page_set(r, u->email, "Form.email.Value");
	page_set_int(r, u->dept_id, "Form.dept_id.Value");
	if (u->superior_id)
		page_set_int(r, u->superior_id, "Form.superior_id.Value");
	page_set_int(r, u->roles, "Form.roles.Value");
	page_set_int(r, u->can_sign, "Form.can_sign.Value");
	page_set(r, u->work_start, "Form.work_start.Value");
	page_set(r, u->lang, "Form.lang.Value");
	page_set_int(r, u->active, "Form.active.Value");
	page_set_int(r, u->must_change_pw, "Form.must_change_pw.Value");
	for (unsigned i = 0; i < ROLE_COUNT; i++)
		if ((unsigned)u->roles & (1u << i))
			page_set(r, "1", "Form.role_%s.Value", role_key(i));
}

int admin_user_edit(struct req *r)
{
	struct dbres res;
	int rc = DB_RUN(ST_USER_GET, &res, DBI(r->arg_id));
	const struct user_get *u = user_get_at(&res, 0);
	if (rc != DB_OK || !u) {
		db_free(&res);
		return rc != DB_OK ? rc : O_NOT_FOUND;
	}
	fill_user(r, u);
	db_free(&res);
	if (form_get(&r->form, "saved")->num)
		page_notice(r, "Admin.Saved");
	page_set_int(r, r->arg_id, "UserId");
	return show_form(r, 200, "admin/user_edit.cs", "Admin.Users.Edit");
}

/* Keeps at least one active admin: refused with a positive code. */
#define REFUSE_LAST_ADMIN 1
#define REFUSE_SELF_SUPERIOR 2
#define REFUSE_NOT_FOUND 3

static int last_admin_guard(long long id, int loses_admin)
{
	struct dbres res;
	if (!loses_admin)
		return DB_OK;
	int rc = DB_RUN0(ST_ADMINS_LOCK, &res);
	const struct admins_lock *first = admins_lock_at(&res, 0);
	int only_this = rc == DB_OK && first && first->id == id && !admins_lock_at(&res, 1);
	db_free(&res);
	return rc != DB_OK ? rc : only_this ? REFUSE_LAST_ADMIN : DB_OK;
}

/* The head of dept, when that is not the person themselves. */
static int head_of(long long dept, long long user, long long *head)
{
	struct dbres res;
	int rc = DB_RUN(ST_WHO_DEPT_HEAD, &res, DBI(dept));
	const struct who_dept_head *d = who_dept_head_at(&res, 0);
	*head = d && d->head_id != user ? d->head_id : 0;
	db_free(&res);
	return rc;
}

/* AU-05: leaving or moving hands the person's pending work on - to the
 * successor named, else to the head of the department they leave, else
 * to their superior - and lists what they held for their manager. */
static int hand_over(struct req *r, long long user, const struct user_lock *old, long long successor,
    long long to_dept)
{
	long long head = 0, list = 0;
	int rc = head_of(old->dept_id, user, &head);
	struct handover_in h = {user, successor ? successor : head ? head : old->superior_id,
	    old->superior_id ? old->superior_id : head, to_dept ? "move" : "leave", old->dept_id, to_dept};
	return rc == DB_OK ? engine_handover_within(&h, &r->actor, clock_now(), &list) : rc;
}

static int update_tx(void *ctx)
{
	struct user_in *u = ctx;
	struct dbres res;
	int rc = DB_RUN(ST_USER_LOCK, &res, DBI(u->id));
	const struct user_lock *old = user_lock_at(&res, 0);
	int found = old != NULL;
	unsigned old_roles = found ? (unsigned)old->roles : 0;
	struct user_lock was = found ? *old : (struct user_lock){0};
	db_free(&res);
	if (rc != DB_OK || !found)
		return rc != DB_OK ? rc : REFUSE_NOT_FOUND;
	if (u->superior_id == u->id)
		return REFUSE_SELF_SUPERIOR;
	rc = last_admin_guard(u->id, (old_roles & ROLE_ADMIN) && !(u->roles & ROLE_ADMIN));
	if (rc == DB_OK)
		rc = superior_check(u->superior_id);
	if (rc == DB_OK && was.dept_id != u->dept_id)
		rc = hand_over(u->r, u->id, &was, u->successor, u->dept_id);
	/* Salaries are not the admin's: they are set on the salary page. */
	if (rc == DB_OK)
		rc = DB_RUN(ST_USER_UPDATE, NULL, DBS(u->name), DBS(u->email ? u->email : ""), DBI(u->dept_id),
		    u->superior_id ? DBI(u->superior_id) : DBN, DBI(u->roles), DBI(u->can_sign),
		    u->work_start[0] ? DBS(u->work_start) : DBN, DBI(clock_now()), DBI(u->id));
	char detail[64];
	snprintf(detail, sizeof detail, "roles %u -> %u", old_roles, u->roles);
	return rc == DB_OK ? audit_by(&u->r->actor, "user_update", "user", u->id, detail) : rc;
}

static int edit_again(struct req *r, const char *field, const char *key)
{
	page_form_values(r);
	if (field)
		page_form_error(r, field, key);
	page_set_int(r, r->arg_id, "UserId");
	return show_form(r, 400, "admin/user_edit.cs", "Admin.Users.Edit");
}

int admin_user_update(struct req *r)
{
	struct user_in u;
	if (r->form.nerr)
		return edit_again(r, NULL, NULL);
	read_user(r, &u);
	int rc = db_tx(update_tx, &u);
	if (rc == REFUSE_NOT_FOUND)
		return O_NOT_FOUND;
	if (rc == REFUSE_LAST_ADMIN)
		return edit_again(r, "role_admin", "Admin.Users.LastAdmin");
	if (rc == REFUSE_SELF_SUPERIOR)
		return edit_again(r, "superior_id", "Admin.Users.SelfSuperior");
	if (rc == REFUSE_NO_SUPERIOR)
		return edit_again(r, "superior_id", "Admin.Users.BadRef");
	if (rc == DB_ERR)
		return edit_again(r, "dept_id", "Admin.Users.BadRef");
	if (rc != DB_OK)
		return rc;
	char to[64];
	snprintf(to, sizeof to, "/admin/users/%lld?saved=1", u.id);
	resp_redirect(r, to);
	return 0;
}

struct active_change {
	struct req *r;
	long long id, successor;
	int active;
};

static int active_tx(void *ctx)
{
	struct active_change *a = ctx;
	struct dbres res;
	int rc = DB_RUN(ST_USER_LOCK, &res, DBI(a->id));
	const struct user_lock *u = user_lock_at(&res, 0);
	int found = u != NULL;
	unsigned roles = found ? (unsigned)u->roles : 0;
	struct user_lock was = found ? *u : (struct user_lock){0};
	db_free(&res);
	if (rc != DB_OK || !found)
		return rc != DB_OK ? rc : REFUSE_NOT_FOUND;
	if (!a->active)
		rc = last_admin_guard(a->id, (roles & ROLE_ADMIN) != 0);
	if (rc == DB_OK && !a->active)
		rc = hand_over(a->r, a->id, &was, a->successor, 0);
	if (rc == DB_OK)
		rc = DB_RUN(ST_USER_SET_ACTIVE, NULL, DBI(a->active), DBI(clock_now()), DBI(a->id));
	/* A deactivated user's sessions end now, not at their next timeout. */
	if (rc == DB_OK && !a->active)
		rc = DB_RUN(ST_SESSION_DELETE_USER, NULL, DBI(a->id));
	if (rc == DB_OK)
		rc = audit_by(&a->r->actor, a->active ? "user_activate" : "user_deactivate", "user", a->id, "");
	return rc;
}

static int change_active(struct req *r, int active)
{
	struct active_change a = {r, r->arg_id, 0, active};
	const struct fval *s = form_get(&r->form, "successor_id");
	a.successor = s ? s->num : 0;
	int rc = db_tx(active_tx, &a);
	if (rc == REFUSE_NOT_FOUND)
		return O_NOT_FOUND;
	if (rc == REFUSE_LAST_ADMIN)
		return O_CONFLICT;
	if (rc != DB_OK)
		return rc;
	char to[64];
	snprintf(to, sizeof to, "/admin/users/%lld", a.id);
	resp_redirect(r, to);
	return 0;
}

int admin_user_deactivate(struct req *r)
{
	if (r->form.nerr)
		return O_REFUSED;
	return change_active(r, 0);
}

int admin_user_activate(struct req *r) { return change_active(r, 1); }

static int reset_tx(void *ctx)
{
	struct user_in *u = ctx;
	int rc = DB_RUN(ST_USER_SET_PWHASH, NULL, DBS(u->hash), DBI(1), DBI(clock_now()), DBI(u->id));
	if (rc == DB_OK)
		rc = DB_RUN(ST_SESSION_DELETE_USER, NULL, DBI(u->id));
	return rc == DB_OK ? audit_by(&u->r->actor, "user_password_reset", "user", u->id, "") : rc;
}

int admin_user_reset(struct req *r)
{
	struct user_in u;
	memset(&u, 0, sizeof u);
	u.r = r;
	u.id = r->arg_id;
	struct dbres res;
	int rc = DB_RUN(ST_USER_GET, &res, DBI(u.id));
	int found = user_get_at(&res, 0) != NULL;
	db_free(&res);
	if (rc != DB_OK || !found)
		return rc != DB_OK ? rc : O_NOT_FOUND;
	if (make_temp_password(&u))
		return 500;
	if ((rc = db_tx(reset_tx, &u)) != DB_OK)
		return rc;
	return show_password(r, &u, "Admin.Users.ResetDone");
}
