/*
 * test_admin.c - the admin pages over real HTTP: users (create, edit,
 * roles, deactivate, reactivate, reset), the last-admin guard,
 * departments, settings, and that no admin route answers anyone but an
 * admin or a request without the session's CSRF token.
 *
 * Demo accounts are only logged into; users and departments that a test
 * changes are its own, created here with this run's tag in their names.
 * Tests that must touch shared data (the demo admin, a setting) put it
 * back in their teardown, which runs even when an assertion fails.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "client.h"

#define ROLE_ADMIN_BIT 512

static char mkt_dept[24], mkt_head[24];

/* ---- helpers --------------------------------------------------------- */

/* Create a marketing user with the given extra role field (or NULL); the
 * temporary password goes to tmp.  Returns the id. */
static long long create_user(const char *login, const char *extra_role, char tmp[64])
{
	struct hc *a = admin();
	assert_int_equal(hc_get(a, "/admin/users/new"), 200);
	const char *p[] = {"login", login, "display_name", "测试用户", "dept_id", mkt_dept, "superior_id", mkt_head,
	    "role_staff", "1", extra_role ? extra_role : "role_staff", "1", NULL};
	assert_int_equal(hc_post(a, "/admin/users/new", p), 200);
	assert_true(hc_extract(a, "<code>", '<', tmp, 64));
	char id[24];
	assert_true(hc_extract(a, "href=\"/admin/users/", '"', id, sizeof id));
	assert_true(atoll(id) > 0);
	return atoll(id);
}

static struct hc *ready_user(const char *login, const char *pw, long long *id)
{
	char tmp[64];
	*id = create_user(login, NULL, tmp);
	return first_login(login, tmp, pw);
}

static int checked(const struct hc *c, const char *field)
{
	char want[128];
	snprintf(want, sizeof want, "name=\"%s\" value=\"1\" checked>", field);
	return hc_has(c, want);
}

/* ---- users ----------------------------------------------------------- */

static void test_create_user_temp_password_shown_once_first_login_forced_to_change(void **state)
{
	(void)state;
	char login[40], tmp[64], path[64], hash[200];
	name_of(login, sizeof login, "adnew");
	struct hc *a = admin();
	assert_int_equal(hc_get(a, "/admin/users/new"), 200);
	assert_true(checked(a, "role_staff"));
	long long id = create_user(login, NULL, tmp);
	assert_true(hc_has(a, "用户已创建。"));
	assert_int_equal(strncmp(tmp, "Tmp-", 4), 0);
	assert_true(strlen(tmp) >= 12);
	/* shown once: neither the edit page nor the list carries it */
	path_of(path, sizeof path, "/admin/users/%lld", id);
	assert_int_equal(hc_get(a, path), 200);
	assert_true(hc_has(a, login));
	assert_false(hc_has(a, tmp));
	sql_strf(hash, sizeof hash, "SELECT pw_hash FROM users WHERE login = '%s'", login);
	assert_int_equal(strncmp(hash, "pbkdf2_sha256$", 14), 0);
	assert_null(strstr(hash, tmp));
	assert_int_equal(sql_numf("SELECT must_change_pw FROM users WHERE login = '%s'", login), 1);
	/* first login: every page leads to the password form until it is changed */
	struct hc *u = hc_new();
	assert_int_equal(try_login(u, login, tmp), 303);
	assert_int_equal(hc_get(u, "/"), 303);
	assert_string_equal(hc_header(u, "Location"), "/account/password");
	assert_int_equal(hc_get(u, "/account"), 303);
	assert_string_equal(hc_header(u, "Location"), "/account/password");
	assert_int_equal(hc_get(u, "/account/password"), 200);
	assert_true(hc_has(u, "请先设置新密码"));
	const char *p[] = {"current", tmp, "new_password", "Harbor-Signal-734", "confirm", "Harbor-Signal-734", NULL};
	assert_int_equal(hc_post(u, "/account/password", p), 303);
	assert_int_equal(hc_get(u, "/"), 200);
	assert_int_equal(sql_numf("SELECT must_change_pw FROM users WHERE login = '%s'", login), 0);
	hc_free(u);
}

/* Post the edit form of user id with the given role fields set. */
static long post_roles(struct hc *a, long long id, const char *const *roles)
{
	char path[64];
	const char *p[40] = {"display_name", "测试用户", "dept_id", mkt_dept, "superior_id", mkt_head, "salary",
	    "8,000.00", "work_start", "2024-03-01"};
	size_t n = 10;
	for (size_t i = 0; roles[i] && n < 36; i++) {
		p[n++] = roles[i];
		p[n++] = "1";
	}
	p[n] = NULL;
	path_of(path, sizeof path, "/admin/users/%lld", id);
	assert_int_equal(hc_get(a, path), 200);
	return hc_post(a, path, p);
}

static void test_AU01_roles_combine_and_apply_at_next_request(void **state)
{
	(void)state;
	char login[40], path[64], want[64];
	long long id;
	name_of(login, sizeof login, "adroles");
	struct hc *u = ready_user(login, "Cobalt-Meadow-265", &id);
	struct hc *a = admin();
	assert_int_equal(hc_get(u, "/admin/users"), 403);
	const char *const with_admin[] = {"role_staff", "role_head", "role_finance", "role_admin", NULL};
	assert_int_equal(post_roles(a, id, with_admin), 303);
	path_of(path, sizeof path, "/admin/users/%lld?saved=1", id);
	assert_string_equal(hc_header(a, "Location"), path);
	assert_int_equal(hc_get(a, path), 200);
	assert_true(hc_has(a, "已保存。"));
	assert_true(checked(a, "role_head") && checked(a, "role_finance") && checked(a, "role_admin"));
	assert_false(checked(a, "role_gm"));
	snprintf(want, sizeof want, "<option value=\"%s\" selected>", mkt_head);
	assert_true(hc_has(a, want));                       /* the direct superior */
	assert_false(hc_has(a, "name=\"salary\""));   /* an admin never sees a salary */
	assert_int_equal(sql_numf("SELECT roles FROM users WHERE login = '%s'", login), 1 | 4 | 128 | 512);
	assert_int_equal(hc_get(u, "/admin/users"), 200);   /* the session sees the new role at once */
	const char *const without[] = {"role_staff", "role_head", "role_finance", NULL};
	assert_int_equal(post_roles(a, id, without), 303);
	assert_int_equal(sql_numf("SELECT roles FROM users WHERE login = '%s'", login), 1 | 4 | 128);
	assert_int_equal(hc_get(u, "/admin/users"), 403);
	/* Leave no extra finance holder behind: other files' routes count them. */
	const char *const staff_only[] = {"role_staff", NULL};
	assert_int_equal(post_roles(a, id, staff_only), 303);
	hc_free(u);
}

static void test_user_form_errors_beside_fields_keep_typed_values(void **state)
{
	(void)state;
	struct hc *a = admin();
	char login[40];
	name_of(login, sizeof login, "adbad");
	assert_int_equal(hc_get(a, "/admin/users/new"), 200);
	const char *p[] = {"login", "x", "display_name", "", "email", "not-an-email", "dept_id", mkt_dept,
	    "work_start", "2026-02-30", "role_staff", "1", "role_head", "1", NULL};
	assert_int_equal(hc_post(a, "/admin/users/new", p), 400);
	assert_true(hc_has(a, "有些内容需要修改"));
	assert_true(error_beside(a, "login", "内容太短。"));
	assert_true(error_beside(a, "display_name", "此项必填。"));
	assert_true(error_beside(a, "email", "请输入有效的电子邮箱地址。"));
	assert_true(hc_has(a, "id=\"work_start-error\""));
	assert_true(hc_has(a, "name=\"login\" type=\"text\" value=\"x\" aria-invalid=\"true\""));
	assert_true(hc_has(a, "value=\"not-an-email\""));
	assert_true(hc_has(a, "value=\"2026-02-30\""));
	assert_true(checked(a, "role_head"));
	assert_int_equal(sql_num("SELECT COUNT(*) FROM users WHERE login = 'x'"), 0);
	/* a department that does not exist */
	const char *q[] = {"login", login, "display_name", "某人", "dept_id", "999999", "role_staff", "1", NULL};
	assert_int_equal(hc_post(a, "/admin/users/new", q), 400);
	assert_true(error_beside(a, "dept_id", "所选部门或上级不存在。"));
	assert_true(hc_has(a, login));
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM users WHERE login = '%s'", login), 0);
}

static void test_user_edit_errors_keep_values_and_change_nothing(void **state)
{
	(void)state;
	char login[40], tmp[64], path[64], self[24];
	name_of(login, sizeof login, "adedit");
	long long id = create_user(login, NULL, tmp);
	struct hc *a = admin();
	path_of(path, sizeof path, "/admin/users/%lld", id);
	snprintf(self, sizeof self, "%lld", id);
	assert_int_equal(hc_get(a, path), 200);
	const char *p[] = {"display_name", "", "email", "x@y", "dept_id", mkt_dept, "salary", "-5", "role_staff", "1",
	    NULL};
	assert_int_equal(hc_post(a, path, p), 400);
	assert_true(error_beside(a, "display_name", "此项必填。"));
	assert_true(hc_has(a, "id=\"email-error\""));
	assert_true(hc_has(a, "value=\"x@y\""));
	const char *q[] = {"display_name", "自己上级", "dept_id", mkt_dept, "superior_id", self, "role_staff", "1", NULL};
	assert_int_equal(hc_post(a, path, q), 400);
	assert_true(error_beside(a, "superior_id", "不能把自己设为直接上级。"));
	assert_true(hc_has(a, "value=\"自己上级\""));
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM users WHERE login = '%s' AND display_name = '测试用户'"
	    " AND superior_id = %s", login, mkt_head), 1);
}

/* AU-01: a user's direct superior is a real user. */
static void test_AU01_superior_must_exist(void **state)
{
	(void)state;
	char login[40], tmp[64], path[64];
	name_of(login, sizeof login, "adsup");
	struct hc *a = admin();
	assert_int_equal(hc_get(a, "/admin/users/new"), 200);
	const char *p[] = {"login", login, "display_name", "某人", "dept_id", mkt_dept, "superior_id", "999999",
	    "role_staff", "1", NULL};
	assert_int_equal(hc_post(a, "/admin/users/new", p), 400);
	assert_true(error_beside(a, "superior_id", "所选部门或上级不存在。"));
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM users WHERE login = '%s'", login), 0);
	long long id = create_user(login, NULL, tmp);
	path_of(path, sizeof path, "/admin/users/%lld", id);
	assert_int_equal(hc_get(a, path), 200);
	const char *q[] = {"display_name", "某人", "dept_id", mkt_dept, "superior_id", "999999", "role_staff", "1", NULL};
	assert_int_equal(hc_post(a, path, q), 400);
	assert_true(error_beside(a, "superior_id", "所选部门或上级不存在。"));
	assert_int_equal(sql_numf("SELECT superior_id FROM users WHERE login = '%s'", login), atoll(mkt_head));
}

static void test_duplicate_login_name_refused_beside_field(void **state)
{
	(void)state;
	char login[40], upper[40], tmp[64];
	name_of(login, sizeof login, "addup");
	create_user(login, NULL, tmp);
	for (size_t i = 0; i <= strlen(login); i++)
		upper[i] = (char)(login[i] >= 'a' && login[i] <= 'z' ? login[i] - 32 : login[i]);
	struct hc *a = admin();
	const char *names[] = {login, upper, "mkt_staff"};
	for (size_t i = 0; i < 3; i++) {
		assert_int_equal(hc_get(a, "/admin/users/new"), 200);
		const char *p[] = {"login", names[i], "display_name", "重名的人", "dept_id", mkt_dept, "role_staff", "1", NULL};
		assert_int_equal(hc_post(a, "/admin/users/new", p), 400);
		assert_true(error_beside(a, "login", "该用户名已被使用。"));
		assert_true(hc_has(a, "value=\"重名的人\""));
	}
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM users WHERE login = '%s'", login), 1);
	assert_int_equal(sql_num("SELECT COUNT(*) FROM users WHERE display_name = '重名的人'"), 0);
}

static long post_active(struct hc *a, long long id, const char *action, int confirm)
{
	char path[80];
	path_of(path, sizeof path, "/admin/users/%lld", id);
	assert_int_equal(hc_get(a, path), 200);
	snprintf(path + strlen(path), sizeof path - strlen(path), "/%s", action);
	const char *p[] = {"successor_id", mkt_head, confirm ? "confirm" : NULL, "1", NULL};
	return hc_post(a, path, p);
}

static void test_AU05_deactivated_user_live_session_ends_at_once_then_reactivated(void **state)
{
	(void)state;
	char login[40], path[64];
	long long id;
	const char *pw = "Pewter-Orchard-390";
	name_of(login, sizeof login, "adleave");
	struct hc *u = ready_user(login, pw, &id), *again = hc_new();
	struct hc *a = admin();
	assert_int_equal(post_active(a, id, "deactivate", 0), 400);   /* the confirmation box is required */
	assert_int_equal(hc_get(u, "/"), 200);
	assert_int_equal(post_active(a, id, "deactivate", 1), 303);
	path_of(path, sizeof path, "/admin/users/%lld", id);
	assert_string_equal(hc_header(a, "Location"), path);
	assert_int_equal(hc_get(u, "/"), 303);
	assert_string_equal(hc_header(u, "Location"), "/login?next=/");
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM sessions s JOIN users u ON u.id = s.user_id"
	    " WHERE u.login = '%s'", login), 0);
	/* the right password no longer opens it, with the usual message */
	assert_int_equal(try_login(again, login, pw), 200);
	assert_true(hc_has(again, "用户名或密码不正确。"));
	assert_int_equal(hc_get(a, path), 200);
	assert_true(hc_has(a, "已停用"));
	assert_true(hc_has(a, "/activate\""));
	assert_int_equal(post_active(a, id, "activate", 0), 303);
	assert_int_equal(sql_numf("SELECT active FROM users WHERE login = '%s'", login), 1);
	assert_true(hc_login(again, login, pw));
	hc_free(u);
	hc_free(again);
}

/* AU-05: a department change, like leaving, hands the person's pending
 * steps on (here to the successor named) and lists what they held for
 * their manager, who confirms it; nobody else can. */
static void test_AU05_department_change_hands_steps_on_and_lists_them(void **state)
{
	(void)state;
	char login[40], tmp[64], path[64], ext[24], succ[24];
	name_of(login, sizeof login, "admove");
	long long id = create_user(login, "role_deputy", tmp);
	long long req = file_probe("mkt_staff", "all");
	assert_true(strstr(pending(req), login) != NULL);
	sql_strf(ext, sizeof ext, "SELECT id FROM departments WHERE name = '对外联络部'");
	snprintf(succ, sizeof succ, "%lld", user_id("mkt_staff2"));
	const char *told = "SELECT COUNT(*) FROM notifications n JOIN users u ON u.id = n.user_id"
	                   " WHERE u.login = 'mkt_head' AND n.kind = 'handover'";
	long long before = sql_num(told);
	struct hc *a = admin();
	path_of(path, sizeof path, "/admin/users/%lld", id);
	assert_int_equal(hc_get(a, path), 200);
	const char *p[] = {"display_name", "测试用户", "dept_id", ext, "superior_id", mkt_head, "role_staff", "1",
	    "role_deputy", "1", "successor_id", succ, NULL};
	assert_int_equal(hc_post(a, path, p), 303);
	assert_true(strstr(pending(req), login) == NULL);
	assert_true(strstr(pending(req), "mkt_staff2") != NULL);
	long long list = sql_numf("SELECT MAX(id) FROM handovers WHERE user_id = %lld AND reason = 'move'", id);
	assert_true(list > 0);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM handover_items WHERE handover_id = %lld AND kind = 'step'"
	                          " AND request_id = %lld", list, req), 1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM audit WHERE action = 'handover' AND object_type = 'user'"
	                          " AND object_id = %lld", id), 1);
	assert_int_equal(sql_num(told), before + 1);
	/* the manager sees it and confirms; someone else sees nothing and cannot */
	struct hc *m = as("mkt_head");
	assert_int_equal(hc_get(m, "/handovers"), 200);
	assert_true(hc_has(m, number_of(req)));
	struct hc *o = as("ext_staff");
	assert_int_equal(hc_get(o, "/handovers"), 200);
	assert_false(hc_has(o, number_of(req)));
	path_of(path, sizeof path, "/handovers/%lld/confirm", list);
	assert_int_equal(hc_post(o, path, (const char *[]){NULL}), 403);
	assert_int_equal(hc_get(m, "/handovers"), 200);
	assert_int_equal(hc_post(m, path, (const char *[]){NULL}), 303);
	assert_true(sql_numf("SELECT confirmed_by FROM handovers WHERE id = %lld", list) == user_id("mkt_head"));
	assert_int_equal(hc_post(m, path, (const char *[]){NULL}), 409);
	assert_int_equal(withdraw("mkt_staff", req), 303);
}

static void test_reset_password_ends_sessions_and_forces_change(void **state)
{
	(void)state;
	char login[40], path[80], tmp[64];
	long long id;
	const char *pw = "Saffron-Bridge-871";
	name_of(login, sizeof login, "adreset");
	struct hc *u = ready_user(login, pw, &id), *again = hc_new();
	struct hc *a = admin();
	path_of(path, sizeof path, "/admin/users/%lld", id);
	assert_int_equal(hc_get(a, path), 200);
	strcat(path, "/reset-password");
	assert_int_equal(hc_post(a, path, NULL), 200);
	assert_true(hc_has(a, "密码已重置。"));
	assert_true(hc_extract(a, "<code>", '<', tmp, sizeof tmp));
	assert_int_equal(strncmp(tmp, "Tmp-", 4), 0);
	assert_int_equal(hc_get(u, "/"), 303);
	assert_string_equal(hc_header(u, "Location"), "/login?next=/");
	assert_int_equal(try_login(again, login, pw), 200);
	assert_int_equal(try_login(again, login, tmp), 303);
	assert_int_equal(hc_get(again, "/"), 303);
	assert_string_equal(hc_header(again, "Location"), "/account/password");
	hc_free(u);
	hc_free(again);
}

/* ---- the last admin -------------------------------------------------- */

static char other_admins[512];     /* ids whose admin bit the test took away */
static char admin_before[256];     /* the demo admin's row before the test */

static int setup_only_admin(void **state)
{
	(void)state;
	other_admins[0] = '\0';
	hc_sql("SELECT IFNULL(GROUP_CONCAT(id), '') FROM users WHERE active = 1 AND (roles & 512) <> 0"
	    " AND login <> 'admin'", other_admins, sizeof other_admins);
	hc_sql("SELECT CONCAT_WS(',', roles, active) FROM users WHERE login = 'admin'", admin_before,
	    sizeof admin_before);
	if (other_admins[0]) {
		char sql[700];
		snprintf(sql, sizeof sql, "UPDATE users SET roles = roles & ~512 WHERE id IN (%s)", other_admins);
		return hc_sql(sql, NULL, 0);
	}
	return 0;
}

static int teardown_only_admin(void **state)
{
	(void)state;
	char sql[800];
	long long roles = atoll(admin_before);
	const char *comma = strchr(admin_before, ',');
	if (roles > 0 && comma) {
		snprintf(sql, sizeof sql, "UPDATE users SET roles = %lld, active = %d WHERE login = 'admin'", roles,
		    atoi(comma + 1));
		hc_sql(sql, NULL, 0);
	}
	if (other_admins[0]) {
		snprintf(sql, sizeof sql, "UPDATE users SET roles = roles | 512 WHERE id IN (%s)", other_admins);
		hc_sql(sql, NULL, 0);
	}
	return 0;
}

static void test_last_active_admin_cannot_lose_role_or_be_deactivated(void **state)
{
	(void)state;
	char login[40], tmp[64], row[512], salary[32];
	name_of(login, sizeof login, "adadm");
	struct hc *a = admin();
	long long me = sql_num("SELECT id FROM users WHERE login = 'admin'");
	/* with a second admin, taking the role away is allowed */
	long long other = create_user(login, "role_admin", tmp);
	const char *const plain[] = {"role_staff", NULL};
	assert_int_equal(post_roles(a, other, plain), 303);
	assert_int_equal(sql_numf("SELECT roles & 512 FROM users WHERE login = '%s'", login), 0);
	/* now the demo admin is the only one: its own edit, without the role */
	char dept[24], sup[24];
	assert_int_equal(hc_sql("SELECT CONCAT_WS('|', dept_id, IFNULL(superior_id, 0), salary_fen, display_name,"
	    " email) FROM users WHERE login = 'admin'", row, sizeof row), 0);
	char *f[5] = {row};
	for (int i = 1; i < 5; i++) {
		f[i] = f[i - 1] ? strchr(f[i - 1], '|') : NULL;
		if (f[i])
			*f[i]++ = '\0';
	}
	assert_non_null(f[4]);
	snprintf(dept, sizeof dept, "%s", f[0]);
	snprintf(sup, sizeof sup, "%s", f[1]);
	snprintf(salary, sizeof salary, "%lld.%02lld", atoll(f[2]) / 100, atoll(f[2]) % 100);
	char path[64];
	path_of(path, sizeof path, "/admin/users/%lld", me);
	assert_int_equal(hc_get(a, path), 200);
	const char *p[] = {"display_name", f[3], "email", f[4], "dept_id", dept, "superior_id", sup, "salary", salary,
	    "role_staff", "1", NULL};
	assert_int_equal(hc_post(a, path, p), 400);
	assert_true(error_beside(a, "role_admin", "这是最后一位在职的系统管理员，不能取消其管理员角色或停用。"));
	assert_int_equal(sql_num("SELECT roles & 512 FROM users WHERE login = 'admin'"), ROLE_ADMIN_BIT);
	assert_int_equal(post_active(a, me, "deactivate", 1), 409);
	assert_int_equal(sql_num("SELECT active FROM users WHERE login = 'admin'"), 1);
	assert_int_equal(hc_get(a, "/admin/users"), 200);
}

/* ---- salaries ---------------------------------------------------------- */

/* A salary is seen and set by finance, the clerk and the GM only; its owner
 * sees it on the account page; an admin never does, nor does the audit. */
static void test_salary_only_for_finance_clerk_gm_and_its_owner(void **state)
{
	(void)state;
	char login[40], path[64];
	long long id;
	name_of(login, sizeof login, "adsal");
	struct hc *u = ready_user(login, "Cobalt-Meadow-377", &id);
	struct hc *a = admin();
	assert_int_equal(hc_get(a, "/salaries"), 403);
	assert_int_equal(hc_get(u, "/salaries"), 403);
	struct hc *f = hc_new();
	assert_true(hc_login(f, "finance", DEMO_PW));
	assert_int_equal(hc_get(f, "/salaries"), 200);
	path_of(path, sizeof path, "/salaries/%lld", id);
	const char *bad[] = {"salary", "12.345", NULL};
	assert_int_equal(hc_post(f, path, bad), 400);
	const char *p[] = {"salary", "9,876.50", NULL};
	assert_int_equal(hc_post(f, path, p), 303);
	assert_int_equal(sql_numf("SELECT salary_fen FROM users WHERE login = '%s'", login), 987650);
	assert_int_equal(hc_post(a, path, p), 403);
	assert_int_equal(hc_get(u, "/account"), 200);
	assert_true(hc_has(u, "¥9,876.50"));
	path_of(path, sizeof path, "/admin/users/%lld", id);
	assert_int_equal(hc_get(a, path), 200);
	assert_false(hc_has(a, "9,876") || hc_has(a, "9876"));
	char q[256];
	snprintf(q, sizeof q, "SELECT COUNT(*) FROM audit WHERE action = 'salary_change' AND object_id = %lld"
	    " AND detail NOT LIKE '%%9876%%' AND detail NOT LIKE '%%9,876%%'", id);
	assert_int_equal(sql_num(q), 1);
	hc_free(f);
	hc_free(u);
}

/* ---- departments ----------------------------------------------------- */

static void test_department_create_and_edit(void **state)
{
	(void)state;
	char name[48], renamed[48], path[64], id_s[24], want[96];
	struct hc *a = admin();
	snprintf(name, sizeof name, "部门%s", tag);
	snprintf(renamed, sizeof renamed, "部门改%s", tag);
	assert_int_equal(hc_get(a, "/admin/departments"), 200);
	const char *p[] = {"name", name, "name_en", "Dept One", "head_id", mkt_head, "parent_id", mkt_dept, NULL};
	assert_int_equal(hc_post(a, "/admin/departments", p), 303);
	assert_string_equal(hc_header(a, "Location"), "/admin/departments");
	assert_int_equal(hc_get(a, "/admin/departments"), 200);
	assert_true(hc_has(a, name));
	long long id = sql_numf("SELECT id FROM departments WHERE name = '%s'", name);
	assert_true(id > 0);
	assert_int_equal(sql_numf("SELECT head_id FROM departments WHERE name = '%s'", name), atoll(mkt_head));
	path_of(path, sizeof path, "/admin/departments/%lld", id);
	snprintf(id_s, sizeof id_s, "%lld", id);
	assert_int_equal(hc_get(a, path), 200);
	snprintf(want, sizeof want, "value=\"%s\"", name);
	assert_true(hc_has(a, want));
	snprintf(want, sizeof want, "<option value=\"%s\" selected>", mkt_head);
	assert_true(hc_has(a, want));
	const char *q[] = {"name", renamed, "name_en", "Dept Renamed", "head_id", "0", "parent_id", mkt_dept, NULL};
	assert_int_equal(hc_post(a, path, q), 303);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM departments WHERE name = '%s' AND head_id IS NULL"
	    " AND name_en = 'Dept Renamed'", renamed), 1);
	/* refusals, each beside its field, changing nothing */
	assert_int_equal(hc_get(a, path), 200);
	const char *own[] = {"name", renamed, "parent_id", id_s, NULL};
	assert_int_equal(hc_post(a, path, own), 400);
	assert_true(error_beside(a, "parent_id", "部门不能以自己为上级部门。"));
	assert_int_equal(sql_numf("SELECT parent_id FROM departments WHERE name = '%s'", renamed), atoll(mkt_dept));
	const char *dup[] = {"name", "市场部", "name_en", "Dup", NULL};
	assert_int_equal(hc_post(a, "/admin/departments", dup), 400);
	assert_true(error_beside(a, "name", "已有同名部门。"));
	assert_true(hc_has(a, "value=\"Dup\""));
	const char *empty[] = {"name", "", "name_en", "No Name", NULL};
	assert_int_equal(hc_post(a, "/admin/departments", empty), 400);
	assert_true(error_beside(a, "name", "此项必填。"));
	assert_true(hc_has(a, "value=\"No Name\""));
	assert_int_equal(sql_num("SELECT COUNT(*) FROM departments WHERE name_en IN ('Dup', 'No Name')"), 0);
}

/* ---- settings -------------------------------------------------------- */

static long long fine_before = -1;

static int teardown_setting(void **state)
{
	(void)state;
	char sql[160];
	if (fine_before >= 0) {
		snprintf(sql, sizeof sql, "UPDATE settings SET value = %lld WHERE name = 'late_fine_fen'", fine_before);
		hc_sql(sql, NULL, 0);
	}
	return 0;
}

/* The part of the settings page that holds setting name's form (static). */
static const char *setting_row(const struct hc *c, const char *name)
{
	static char row[2048];
	char key[96];
	snprintf(key, sizeof key, "name=\"name\" value=\"%s\">", name);
	const char *s = strstr(c->body, key), *e = s ? strstr(s, "</form>") : NULL;
	if (!e)
		return "";
	snprintf(row, sizeof row, "%.*s", (int)(e - s), s);
	return row;
}

static void test_setting_valid_change_saved_and_audited(void **state)
{
	(void)state;
	char value[32], detail[128], got[128], want[96];
	struct hc *a = admin();
	fine_before = sql_num("SELECT value FROM settings WHERE name = 'late_fine_fen'");
	assert_true(fine_before >= 0);
	long long want_v = fine_before == 2100 ? 2200 : 2100;
	snprintf(value, sizeof value, "%lld.00", want_v / 100);   /* yuan, as people write money */
	assert_int_equal(hc_get(a, "/admin/settings"), 200);
	const char *p[] = {"name", "late_fine_fen", "value", value, NULL};
	assert_int_equal(hc_post(a, "/admin/settings", p), 303);
	assert_string_equal(hc_header(a, "Location"), "/admin/settings?saved=late_fine_fen");
	assert_int_equal(hc_get(a, "/admin/settings?saved=late_fine_fen"), 200);
	assert_true(hc_has(a, "已保存。"));
	snprintf(want, sizeof want, "name=\"value\" value=\"%s\"", value);
	assert_non_null(strstr(setting_row(a, "late_fine_fen"), want));
	assert_int_equal(sql_num("SELECT value FROM settings WHERE name = 'late_fine_fen'"), want_v);
	snprintf(detail, sizeof detail, "late_fine_fen: %lld -> %lld", fine_before, want_v);
	assert_int_equal(hc_sql("SELECT CONCAT(a.detail, '|', u.login) FROM audit a JOIN users u ON u.id = a.actor_id"
	    " WHERE a.action = 'setting_change' ORDER BY a.id DESC LIMIT 1", got, sizeof got), 0);
	snprintf(want, sizeof want, "%s|admin", detail);
	assert_string_equal(got, want);
	assert_int_equal(hc_get(a, "/admin/audit?action=setting_change"), 200);
	snprintf(want, sizeof want, "<td>late_fine_fen: %lld -&gt; %lld</td>", fine_before, want_v);
	assert_true(hc_has(a, want));   /* shown, and escaped */
}

/* Settings in human units: times as 08:50, money in yuan, shares as
 * percentages, yes or no; a malformed value is refused beside it. */
static void test_settings_in_human_units_time_money_percent(void **state)
{
	(void)state;
	struct hc *a = admin();
	long long start = sql_num("SELECT value FROM settings WHERE name = 'work_start_min'");
	long long sick = sql_num("SELECT value FROM settings WHERE name = 'sick_deduct_bp'");
	assert_int_equal(hc_get(a, "/admin/settings"), 200);
	assert_non_null(strstr(setting_row(a, "work_start_min"), "value=\"08:50\""));
	assert_non_null(strstr(setting_row(a, "sick_deduct_bp"), "value=\"50\""));
	assert_non_null(strstr(setting_row(a, "late_fine_fen"), "元"));
	assert_non_null(strstr(setting_row(a, "sick_cert_calendar_days"), "<option value=\"1\" selected>"));
	const char *t[] = {"name", "work_start_min", "value", "08:45", NULL};
	assert_int_equal(hc_post(a, "/admin/settings", t), 303);
	assert_int_equal(sql_num("SELECT value FROM settings WHERE name = 'work_start_min'"), 525);
	assert_int_equal(hc_get(a, "/admin/settings"), 200);
	const char *bad[] = {"name", "work_start_min", "value", "8:61", NULL};
	assert_int_equal(hc_post(a, "/admin/settings", bad), 400);
	assert_non_null(strstr(setting_row(a, "work_start_min"), "请按 时:分 填写"));
	assert_non_null(strstr(setting_row(a, "work_start_min"), "value=\"8:61\""));
	const char *pct[] = {"name", "sick_deduct_bp", "value", "62.5", NULL};
	assert_int_equal(hc_post(a, "/admin/settings", pct), 303);
	assert_int_equal(sql_num("SELECT value FROM settings WHERE name = 'sick_deduct_bp'"), 6250);
	assert_int_equal(hc_get(a, "/admin/settings"), 200);
	const char *over[] = {"name", "sick_deduct_bp", "value", "101", NULL};
	assert_int_equal(hc_post(a, "/admin/settings", over), 400);
	assert_non_null(strstr(setting_row(a, "sick_deduct_bp"), "数值超出允许范围"));
	char sql[128];
	snprintf(sql, sizeof sql, "UPDATE settings SET value = %lld WHERE name = 'work_start_min'", start);
	hc_sql(sql, NULL, 0);
	snprintf(sql, sizeof sql, "UPDATE settings SET value = %lld WHERE name = 'sick_deduct_bp'", sick);
	hc_sql(sql, NULL, 0);
}

static void test_setting_out_of_range_refused_beside_it_nothing_changes(void **state)
{
	(void)state;
	struct hc *a = admin();
	long long before = sql_num("SELECT value FROM settings WHERE name = 'session_idle_min'");
	long long audits = sql_num("SELECT COUNT(*) FROM audit WHERE action = 'setting_change'");
	const char *cases[][2] = {{"4", "数值超出允许范围。"}, {"1441", "数值超出允许范围。"}, {"abc", "请输入整数。"}};
	for (size_t i = 0; i < 3; i++) {
		assert_int_equal(hc_get(a, "/admin/settings"), 200);
		const char *p[] = {"name", "session_idle_min", "value", cases[i][0], NULL};
		assert_int_equal(hc_post(a, "/admin/settings", p), 400);
		assert_non_null(strstr(setting_row(a, "session_idle_min"), cases[i][1]));
		assert_null(strstr(setting_row(a, "session_max_hours"), "field-error"));
	}
	const char *unknown[] = {"name", "no_such_setting", "value", "5", NULL};
	assert_int_equal(hc_post(a, "/admin/settings", unknown), 400);
	assert_int_equal(sql_num("SELECT value FROM settings WHERE name = 'session_idle_min'"), before);
	assert_int_equal(sql_num("SELECT COUNT(*) FROM audit WHERE action = 'setting_change'"), audits);
}

/* ---- who may call the admin routes ------------------------------------ */

struct route_ref {
	char method[8];
	char pattern[128];
};

/* The first two string literals of line: a method and a pattern. */
static int route_of_line(const char *line, struct route_ref *r)
{
	static const char *const methods[] = {"GET", "POST", "PUT", "PATCH", "DELETE"};
	const char *s = strchr(line, '"');
	if (!s || sscanf(s, "\"%7[A-Z]\", \"%127[^\"]\"", r->method, r->pattern) != 2)
		return 0;
	for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
		if (!strcmp(r->method, methods[i]))
			return 1;
	return 0;
}

/* Every /admin route of the route tables (app/http/routes.c and the
 * modules' own tables), read from the source so that a new route cannot be
 * left out of the walk. */
static size_t admin_routes(struct route_ref *out, size_t max)
{
	char cmd[700], line[512];
	snprintf(cmd, sizeof cmd, "grep -rhE '\"[A-Z]+\", *\"/admin' '%s/app' --include='*.c'", hc_env("LIAISON_ROOT"));
	FILE *f = popen(cmd, "r");
	assert_non_null(f);
	size_t n = 0;
	while (fgets(line, sizeof line, f)) {
		struct route_ref r;
		if (n < max && route_of_line(line, &r) && !strncmp(r.pattern, "/admin", 6))
			out[n++] = r;
	}
	pclose(f);
	return n;
}

/* The route's path with its :arguments filled in. */
static void fill_path(char *out, size_t n, const char *pattern, const char *user_id, const char *dept_id)
{
	size_t j = 0;
	for (const char *p = pattern; *p && j + 70 < n;) {
		if (*p != ':') {
			out[j++] = *p++;
			continue;
		}
		size_t k = strcspn(p, "/");
		if (k == 3 && !strncmp(p, ":id", 3))
			j += (size_t)snprintf(out + j, n - j, "%s",
			    !strncmp(pattern, "/admin/departments", 18) ? dept_id : user_id);
		else if (k == 6 && !strncmp(p, ":token", 6))
			j += (size_t)snprintf(out + j, n - j, "%064d", 0);
		else
			j += (size_t)snprintf(out + j, n - j, "x");
		p += k;
	}
	out[j] = '\0';
}

/* A body that would do harm if the route let the caller through. */
static long post_harm(struct hc *c, const char *path)
{
	char evil[40];
	name_of(evil, sizeof evil, "evil");
	if (!strncmp(path, "/admin/settings", 15)) {
		const char *p[] = {"name", "late_fine_fen", "value", "1", NULL};
		return hc_post(c, path, p);
	}
	if (!strncmp(path, "/admin/departments", 18)) {
		const char *p[] = {"name", evil, NULL};
		return hc_post(c, path, p);
	}
	const char *p[] = {"login", evil, "display_name", evil, "dept_id", mkt_dept, "role_staff", "1", "role_admin", "1",
	    "confirm", "1", NULL};
	return hc_post(c, path, p);
}

static void test_every_admin_route_403_for_each_non_admin_role(void **state)
{
	(void)state;
	static const char *const who[] = {"mkt_staff", "mkt_deputy", "mkt_head", "director", "gm", "president",
	    "office", "finance", "hr_clerk", "assistant"};
	struct route_ref routes[64];
	size_t n = admin_routes(routes, 64);
	assert_true(n >= 17);
	char login[40], tmp[64], uid[24], did[24], path[256], evil[40], hash[200], hash2[200];
	name_of(login, sizeof login, "advictim");
	name_of(evil, sizeof evil, "evil");
	snprintf(uid, sizeof uid, "%lld", create_user(login, NULL, tmp));
	snprintf(did, sizeof did, "%lld", sql_num("SELECT MAX(id) FROM departments"));
	sql_strf(hash, sizeof hash, "SELECT CONCAT_WS('|', pw_hash, roles, active, display_name) FROM users"
	    " WHERE login = '%s'", login);
	long long fine = sql_num("SELECT value FROM settings WHERE name = 'late_fine_fen'");
	long long audit_from = sql_num("SELECT MAX(id) FROM audit");
	for (size_t w = 0; w < sizeof who / sizeof who[0]; w++) {
		struct hc *c = hc_new();
		assert_true(hc_login(c, who[w], DEMO_PW));
		for (size_t i = 0; i < n; i++) {
			fill_path(path, sizeof path, routes[i].pattern, uid, did);
			long st = !strcmp(routes[i].method, "GET") ? hc_get(c, path) : post_harm(c, path);
			if (st != 403)
				fail_msg("%s %s as %s: %ld", routes[i].method, path, who[w], st);
			assert_null(strstr(hc_header(c, "Content-Type") ? hc_header(c, "Content-Type") : "", "csv"));
		}
		hc_free(c);
	}
	sql_strf(hash2, sizeof hash2, "SELECT CONCAT_WS('|', pw_hash, roles, active, display_name) FROM users"
	    " WHERE login = '%s'", login);
	assert_string_equal(hash, hash2);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM users WHERE login = '%s'", evil), 0);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM departments WHERE name = '%s'", evil), 0);
	assert_int_equal(sql_num("SELECT value FROM settings WHERE name = 'late_fine_fen'"), fine);
	char q[160];
	snprintf(q, sizeof q, "SELECT COUNT(*) FROM audit WHERE id > %lld AND action NOT IN ('login_ok', 'login_fail')",
	    audit_from);
	assert_int_equal(sql_num(q), 0);
}

static void test_admin_routes_anonymous_get_to_login_post_403(void **state)
{
	(void)state;
	struct route_ref routes[64];
	size_t n = admin_routes(routes, 64);
	assert_true(n >= 17);
	char path[256], want[300];
	struct hc *c = hc_new();
	assert_int_equal(hc_get(c, "/login"), 200);   /* holds a pre-login token: it must not count */
	for (size_t i = 0; i < n; i++) {
		fill_path(path, sizeof path, routes[i].pattern, "3", "1");
		if (!strcmp(routes[i].method, "GET")) {
			assert_int_equal(hc_get(c, path), 303);
			snprintf(want, sizeof want, "/login?next=%s", path);
			assert_string_equal(hc_header(c, "Location"), want);
		} else {
			assert_int_equal(post_harm(c, path), 403);
		}
	}
	hc_free(c);
}

static void test_admin_post_without_or_with_wrong_csrf_is_403(void **state)
{
	(void)state;
	char names[5][48], other_tok[65], pre_tok[65];
	for (int i = 0; i < 5; i++)
		snprintf(names[i], sizeof names[i], "csrf%d%s", i, tag);
	struct hc *a = admin(), *b = hc_new(), *anon = hc_new();
	assert_true(hc_login(b, "admin", DEMO_PW));
	memcpy(other_tok, b->csrf, sizeof other_tok);
	assert_int_equal(hc_get(anon, "/login"), 200);
	memcpy(pre_tok, anon->csrf, sizeof pre_tok);
	assert_int_equal(hc_get(a, "/admin/departments"), 200);
	assert_string_not_equal(a->csrf, other_tok);
	char body[96];
	snprintf(body, sizeof body, "name=%s", names[0]);
	assert_int_equal(hc_post_raw(a, "/admin/departments", "application/x-www-form-urlencoded", body, strlen(body)), 403);
	const char *toks[] = {"", "0000000000000000000000000000000000000000000000000000000000000000", other_tok, pre_tok};
	for (int i = 0; i < 4; i++) {
		const char *p[] = {"name", names[i + 1], "csrf", toks[i], NULL};
		assert_int_equal(hc_post(a, "/admin/departments", p), 403);
	}
	const char *ok[] = {"name", names[0], NULL};
	assert_int_equal(hc_post(a, "/admin/departments", ok), 303);   /* the session's own token works */
	char like[64];
	snprintf(like, sizeof like, "csrf%%%s", tag);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM departments WHERE name LIKE '%s'", like), 1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM departments WHERE name = '%s'", names[0]), 1);
	hc_free(b);
	hc_free(anon);
}

static int group_setup(void **state)
{
	(void)state;
	new_tag();
	hc_clock("");
	snprintf(mkt_dept, sizeof mkt_dept, "%lld", sql_num("SELECT dept_id FROM users WHERE login = 'mkt_head'"));
	snprintf(mkt_head, sizeof mkt_head, "%lld", sql_num("SELECT id FROM users WHERE login = 'mkt_head'"));
	return atoll(mkt_dept) > 0 && atoll(mkt_head) > 0 ? 0 : -1;
}

/* Admins read routes in words, the policy numbers as they stand now,
 * never the condition code of conf/routes.hdf. */
static void test_routes_page_says_conditions_in_words(void **state)
{
	(void)state;
	struct hc *a = as("admin");
	long long days = sql_num("SELECT COALESCE((SELECT value FROM settings WHERE name = 'personal_gm_days'), 3)");
	char want[160];
	assert_int_equal(hc_get(a, "/admin/routes"), 200);
	snprintf(want, sizeof want, "仅当假别为事假且天数超过%lld 天时", days);
	assert_true(hc_has(a, want));
	snprintf(want, sizeof want, "总经理审批（假别为事假且天数超过%lld 天时）", days);
	assert_true(hc_has(a, want));
	assert_false(hc_has(a, "personal_gm_days"));
	assert_false(hc_has(a, "&quot;personal&quot;"));
	assert_true(hc_has(a, "接待类别为A 类"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_create_user_temp_password_shown_once_first_login_forced_to_change),
		cmocka_unit_test(test_AU01_roles_combine_and_apply_at_next_request),
		cmocka_unit_test(test_user_form_errors_beside_fields_keep_typed_values),
		cmocka_unit_test(test_user_edit_errors_keep_values_and_change_nothing),
		cmocka_unit_test(test_AU01_superior_must_exist),
		cmocka_unit_test(test_duplicate_login_name_refused_beside_field),
		cmocka_unit_test(test_AU05_deactivated_user_live_session_ends_at_once_then_reactivated),
		cmocka_unit_test(test_AU05_department_change_hands_steps_on_and_lists_them),
		cmocka_unit_test(test_reset_password_ends_sessions_and_forces_change),
		cmocka_unit_test_setup_teardown(test_last_active_admin_cannot_lose_role_or_be_deactivated,
		    setup_only_admin, teardown_only_admin),
		cmocka_unit_test(test_department_create_and_edit),
		cmocka_unit_test_teardown(test_setting_valid_change_saved_and_audited, teardown_setting),
		cmocka_unit_test(test_setting_out_of_range_refused_beside_it_nothing_changes),
		cmocka_unit_test(test_settings_in_human_units_time_money_percent),
		cmocka_unit_test(test_salary_only_for_finance_clerk_gm_and_its_owner),
		cmocka_unit_test(test_every_admin_route_403_for_each_non_admin_role),
		cmocka_unit_test(test_admin_routes_anonymous_get_to_login_post_403),
		cmocka_unit_test(test_admin_post_without_or_with_wrong_csrf_is_403),
		cmocka_unit_test(test_routes_page_says_conditions_in_words),
	};
	return cmocka_run_group_tests(tests, group_setup, fixture_forget_clients);
}
