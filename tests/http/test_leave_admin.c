/*
 * test_leave_admin.c - the admin pages of leave types and balances over
 * real HTTP: a type added there is on the leave form and can be filed,
 * its balance refuses a request beyond it until an admin or the clerk
 * sets a larger one, every change is validated and audited, and nobody
 * but an admin (balances: or the clerk) reaches the pages.
 *
 * Each run makes its own type keys and its own users (copies of a demo
 * account, with this run's tag in their names), so the file runs again on
 * the same stack.  The clock is fixed at 2032-02-20 10:00 Shanghai before
 * anyone logs in, and every leave lies in March 2032.
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

#define NOW_2032_02_20 "@1960855200"

/* ---- helpers --------------------------------------------------------- */

/* A marketing staff member of this run (the demo password), with a start
 * of work date or NULL; returns the id. */
static long long own_user(const char *login, const char *work_start)
{
	char sql[1024];
	snprintf(sql, sizeof sql,
	    "INSERT INTO users (login, display_name, email, dept_id, superior_id, roles, can_sign, salary_fen,"
	    " work_start, lang, active, pw_hash, must_change_pw, created_at, updated_at)"
	    " SELECT '%s', '测试%s', '', dept_id, superior_id, 1, 0, 0, %s, 'zh-CN', 1, pw_hash, 0, UTC_TIMESTAMP(),"
	    " UTC_TIMESTAMP() FROM users WHERE login = 'mkt_staff'",
	    login, login, work_start ? work_start : "NULL");
	assert_int_equal(hc_sql(sql, NULL, 0), 0);
	long long id = sql_numf("SELECT id FROM users WHERE login = '%s'", login);
	assert_true(id > 0);
	return id;
}

static int value_kept(const struct hc *c, const char *field, const char *value)
{
	char want[256];
	snprintf(want, sizeof want, "name=\"%s\" type=\"", field);
	if (!hc_has(c, want))
		return 0;
	snprintf(want, sizeof want, "value=\"%s\"", value);
	return hc_has(c, want);
}

/* Whether the balances row of login on the last page contains want. */
static int row_has(const struct hc *c, const char *login, const char *want)
{
	char id[64];
	snprintf(id, sizeof id, "id=\"bal-%s\"", login);
	const char *row = c->body ? strstr(c->body, id) : NULL;
	const char *end = row ? strstr(row, "</tr>") : NULL;
	const char *hit = row ? strstr(row, want) : NULL;
	return hit && end && hit < end;
}

/* POST the add form as the admin (after the page for its csrf token). */
static long add_type(const char *code, const char *name, const char *max_days, const char *cert_days,
    const char *deduct_bp, int balance)
{
	struct hc *a = as("admin");
	assert_int_equal(hc_get(a, "/admin/leave-types"), 200);
	const char *p[] = {"code", code, "name", name, "name_en", "Test leave", "notice", "none", "max_days", max_days,
	    "cert_days", cert_days, "deduct_bp", deduct_bp, balance ? "uses_balance" : NULL, "1", NULL};
	return hc_post(a, "/admin/leave-types", p);
}

static long set_balance(const char *login, long long user, const char *code, const char *year, const char *days)
{
	struct hc *c = as(login);
	char uid[24];
	snprintf(uid, sizeof uid, "%lld", user);
	assert_int_equal(hc_get(c, "/attendance/balances"), 200);
	const char *p[] = {"user", uid, "code", code, "year", year, "days", days, NULL};
	return hc_post(c, "/attendance/balances", p);
}

static long file_leave(const char *login, const char *kind, const char *first, const char *last)
{
	struct hc *c = as(login);
	assert_int_equal(hc_get(c, "/new/leave"), 200);
	const char *p[] = {"kind", kind, "first", first, "first_part", "whole", "last", last, "last_part", "whole",
	    "reason", "test leave", NULL};
	return hc_post(c, "/new/leave", p);
}

/* The requests this run filed, withdrawn again at the end so that no
 * head's inbox keeps them. */
static struct {
	char login[32];
	long long id;
} filed[8];

static void file_ok(const char *login, const char *kind, const char *first, const char *last)
{
	long long id = 0;
	assert_int_equal(file_leave(login, kind, first, last), 303);
	const char *loc = hc_header(as(login), "Location");
	assert_true(loc && sscanf(loc, "/requests/%lld", &id) == 1 && id > 0);
	for (size_t i = 0; i < sizeof filed / sizeof filed[0]; i++)
		if (!filed[i].id) {
			snprintf(filed[i].login, sizeof filed[i].login, "%s", login);
			filed[i].id = id;
			break;
		}
}

static void withdraw_filed(void)
{
	char path[64], v[24];
	for (size_t i = 0; i < sizeof filed / sizeof filed[0] && filed[i].id; i++) {
		snprintf(path, sizeof path, "/requests/%lld", filed[i].id);
		hc_get(as(filed[i].login), path);   /* the page's csrf token */
		snprintf(v, sizeof v, "%lld", version_of(filed[i].id));
		snprintf(path, sizeof path, "/requests/%lld/withdraw", filed[i].id);
		const char *p[] = {"version", v, "comment", "test over", NULL};
		hc_post(as(filed[i].login), path, p);
	}
}

static long long audits(const char *action, const char *detail_like)
{
	char sql[512];
	snprintf(sql, sizeof sql, "SELECT COUNT(*) FROM audit WHERE action = '%s' AND detail LIKE '%s'", action,
	    detail_like);
	return sql_num(sql);
}

static int setup(void **state)
{
	(void)state;
	new_tag();   /* lowercase letters: part of this run's type keys */
	hc_clock(NOW_2032_02_20);
	return 0;
}

/* Tidy for whatever runs next on the stack: this run's requests withdrawn,
 * its types off the leave form, its users inactive. */
static int teardown(void **state)
{
	(void)state;
	char sql[256];
	withdraw_filed();
	snprintf(sql, sizeof sql, "UPDATE leave_types SET active = 0 WHERE code LIKE '%%\\_%s'", tag);
	hc_sql(sql, NULL, 0);
	snprintf(sql, sizeof sql, "UPDATE users SET active = 0 WHERE login LIKE 'lv_\\_%s'", tag);
	hc_sql(sql, NULL, 0);
	forget_clients();
	hc_clock("");
	return 0;
}

/* ---- who may ----------------------------------------------------------- */

static void test_only_admin_on_type_routes_and_admin_or_clerk_on_balances(void **state)
{
	(void)state;
	static const char *const gets[] = {"/admin/leave-types", "/admin/leave-types/sick", "/attendance/balances"};
	static const char *const posts[] = {"/admin/leave-types", "/admin/leave-types/sick", "/attendance/balances"};
	const char *p[] = {"code", "zz_never", "name", "x", "name_en", "x", "notice", "none", "max_days", "0",
	    "cert_days", "0", "deduct_bp", "0", "sort", "1", "user", "1", "year", "2032", "days", "99", NULL};
	struct hc *s = as("mkt_staff");
	assert_int_equal(hc_get(s, "/"), 200);   /* for the session's csrf token */
	for (size_t i = 0; i < 3; i++) {
		assert_int_equal(hc_get(s, gets[i]), 403);
		assert_int_equal(hc_get(as("mkt_staff"), "/"), 200);
		assert_int_equal(hc_post(s, posts[i], p), 403);
	}
	/* The clerk keeps balances but not the types. */
	struct hc *k = as("hr_clerk");
	assert_int_equal(hc_get(k, "/attendance/balances"), 200);
	for (size_t i = 0; i < 2; i++) {
		assert_int_equal(hc_get(k, gets[i]), 403);
		assert_int_equal(hc_get(k, "/attendance/balances"), 200);
		assert_int_equal(hc_post(k, posts[i], p), 403);
	}
	assert_int_equal(sql_num("SELECT COUNT(*) FROM leave_types WHERE code = 'zz_never'"), 0);
	assert_int_equal(sql_num("SELECT COUNT(*) FROM leave_balances WHERE halfdays = 198"), 0);
	/* The admin sees both, and the admin menu links the types. */
	assert_int_equal(hc_get(as("admin"), "/admin/leave-types"), 200);
	assert_true(hc_has(as("admin"), "href=\"/admin/leave-types\""));
	assert_int_equal(hc_get(as("admin"), "/attendance/balances"), 200);
}

/* ---- a type of the admin's on the leave form, with its balance ---------- */

static void test_added_balance_type_on_form_filed_and_balance_enforced(void **state)
{
	(void)state;
	char code[32], name[32], login[32], like[64], row[160];
	name_of(code, sizeof code, "mar_");
	name_of(name, sizeof name, "婚假");
	name_of(login, sizeof login, "lva_");
	long long u = own_user(login, NULL);

	assert_int_equal(add_type(code, name, "10", "0", "0", 1), 303);
	assert_string_equal(hc_header(as("admin"), "Location"), "/admin/leave-types?saved=1");
	snprintf(like, sizeof like, "%s %%", code);
	assert_int_equal(audits("leave_type_add", like), 1);
	assert_int_equal(sql_numf("SELECT uses_balance * 100 + max_days FROM leave_types WHERE code = '%s'", code), 110);
	assert_int_equal(hc_get(as("admin"), "/admin/leave-types?saved=1"), 200);
	assert_true(hc_has(as("admin"), name));

	/* On the form, and filed against a balance: none set and no start of
	 * work date, so nothing is left yet. */
	assert_int_equal(hc_get(as(login), "/new/leave"), 200);
	snprintf(row, sizeof row, "<option value=\"%s\">%s</option>", code, name);
	assert_true(hc_has(as(login), row));
	assert_int_equal(file_leave(login, code, "2032-03-01", "2032-03-01"), 400);
	assert_true(hc_has(as(login), "超出剩余假期额度"));

	/* The clerk sets 3 days: 4 are beyond it, 3 are not. */
	assert_int_equal(set_balance("hr_clerk", u, code, "2032", "3"), 303);
	snprintf(like, sizeof like, "%s 2032: statutory -> 3 days", code);
	assert_int_equal(audits("leave_balance_set", like), 1);
	assert_int_equal(file_leave(login, code, "2032-03-01", "2032-03-04"), 400);
	assert_true(hc_has(as(login), "超出剩余假期额度"));

	/* The admin sets 5: the same 4 days are accepted and filed. */
	assert_int_equal(set_balance("admin", u, code, "2032", "5"), 303);
	snprintf(like, sizeof like, "%s 2032: 3 -> 5 days", code);
	assert_int_equal(audits("leave_balance_set", like), 1);
	file_ok(login, code, "2032-03-01", "2032-03-04");
	assert_int_equal(sql_numf("SELECT COALESCE(SUM(l.halfdays), 0) FROM leave_requests l JOIN users u ON u.id ="
	                          " l.user_id WHERE u.login = '%s'", login), 8);
	/* One more day is beyond what is left (5 - 4 pending). */
	assert_int_equal(file_leave(login, code, "2032-03-08", "2032-03-09"), 400);

	/* The form and the balances page show it: 5 entitled, 4 pending, 1 left. */
	assert_int_equal(hc_get(as(login), "/new/leave"), 200);
	snprintf(row, sizeof row, "<td>%s</td><td>5</td><td>0</td><td>4</td><td>1</td>", name);
	assert_true(hc_has(as(login), row));
	snprintf(row, sizeof row, "/attendance/balances?code=%s&year=2032", code);
	assert_int_equal(hc_get(as("hr_clerk"), row), 200);
	assert_true(row_has(as("hr_clerk"), login, "<td class=\"num\">5</td>\n      <td>单独设定</td>\n      <td class=\"num\">0</td>"
	                                   "<td class=\"num\">4</td>\n      <td class=\"num\">1</td>"));
	/* No salaries (张伟's is ¥8,000.00). */
	assert_false(hc_has(as("hr_clerk"), "8,000.00"));
	assert_false(hc_has(as("hr_clerk"), "salary"));
}

/* ---- the statutory default and going back to it ------------------------- */

static void test_statutory_default_and_cleared_entitlement(void **state)
{
	(void)state;
	char code[32], login[32], path[128], like[64], want[160];
	name_of(code, sizeof code, "ann_");
	name_of(login, sizeof login, "lvs_");
	long long u = own_user(login, "'2018-03-01'");
	assert_int_equal(add_type(code, "年假测试", "0", "0", "0", 1), 303);
	/* 2018-03-01 to 2032-02-20: 13 full years -> 10 days. */
	snprintf(path, sizeof path, "/attendance/balances?code=%s&year=2032", code);
	assert_int_equal(hc_get(as("admin"), path), 200);
	snprintf(want, sizeof want, "<td>2018-03-01</td>\n      <td class=\"num\">10</td>\n      <td>法定标准</td>");
	assert_true(row_has(as("admin"), login, want));
	/* Half days are fine; an empty entitlement goes back to the scale. */
	assert_int_equal(set_balance("admin", u, code, "2032", "2.5"), 303);
	assert_int_equal(sql_numf("SELECT halfdays FROM leave_balances WHERE code = '%s' AND year = 2032", code), 5);
	assert_int_equal(set_balance("admin", u, code, "2032", ""), 303);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM leave_balances WHERE code = '%s'", code), 0);
	snprintf(like, sizeof like, "%s 2032: 2.5 -> statutory days", code);
	assert_int_equal(audits("leave_balance_set", like), 1);
	/* 10 days by the scale: 11 are refused, 10 are filed. */
	assert_int_equal(file_leave(login, code, "2032-03-01", "2032-03-15"), 400);
	file_ok(login, code, "2032-03-01", "2032-03-12");
}

/* ---- validation ------------------------------------------------------- */

static void test_add_type_validation_errors_kept_values_400_nothing_stored(void **state)
{
	(void)state;
	struct hc *a = as("admin");
	const char *p[] = {"code", "Bad-Key", "name", "", "name_en", "Odd", "notice", "later", "max_days", "3",
	    "cert_days", "5", "deduct_bp", "20000", NULL};
	assert_int_equal(hc_get(a, "/admin/leave-types"), 200);
	assert_int_equal(hc_post(a, "/admin/leave-types", p), 400);
	assert_true(error_beside(a, "code", "代码只能由 2 到 24 个小写英文字母或下划线组成。"));
	assert_true(error_beside(a, "name", "此项必填。"));
	assert_true(error_beside(a, "notice", "请从列表中选择。"));
	assert_true(error_beside(a, "deduct_bp", "数值超出允许范围。"));
	assert_true(error_beside(a, "cert_days", "须附证明的天数不能超过最多天数。"));
	assert_true(value_kept(a, "code", "Bad-Key"));
	assert_true(value_kept(a, "name_en", "Odd"));
	assert_true(value_kept(a, "deduct_bp", "20000"));
	assert_int_equal(sql_num("SELECT COUNT(*) FROM leave_types WHERE name_en = 'Odd'"), 0);
	assert_int_equal(audits("leave_type_add", "Bad-Key%"), 0);

	/* A key that exists; a key too short; not a number. */
	assert_int_equal(add_type("sick", "病假二", "0", "0", "0", 0), 400);
	assert_true(error_beside(a, "code", "已有这个代码的假别。"));
	assert_int_equal(sql_num("SELECT COUNT(*) FROM leave_types WHERE name = '病假二'"), 0);
	assert_int_equal(add_type("x", "短", "0", "0", "0", 0), 400);
	assert_true(error_beside(a, "code", "内容太短。"));
	assert_int_equal(add_type("not_number", "数字", "two", "0", "0", 0), 400);
	assert_true(error_beside(a, "max_days", "请输入整数。"));
	assert_true(value_kept(a, "max_days", "two"));
}

static void test_builtin_types_keep_their_rules_edit_of_own_type_audited(void **state)
{
	(void)state;
	struct hc *a = as("admin");
	char code[32], path[64], like[256], opt[96];
	/* Sick leave's page shows its rules as policy, without their inputs. */
	assert_int_equal(hc_get(a, "/admin/leave-types/sick"), 200);
	assert_true(hc_has(a, "id=\"fixed-hint\""));
	assert_false(hc_has(a, "name=\"notice\""));
	assert_false(hc_has(a, "name=\"deduct_bp\""));
	/* Sending them anyway is refused beside them, and nothing changes. */
	const char *p[] = {"name", "病假", "name_en", "Sick leave", "notice", "none", "deduct_bp", "0", "max_days", "0",
	    "sort", "1", NULL};
	assert_int_equal(hc_post(a, "/admin/leave-types/sick", p), 400);
	assert_true(error_beside(a, "notice", "系统自带假别的这一项不能在这里修改。"));
	assert_true(error_beside(a, "deduct_bp", "系统自带假别的这一项不能在这里修改。"));
	assert_int_equal(sql_num("SELECT COUNT(*) FROM leave_types WHERE code = 'sick' AND notice = 'sick' AND active = 1"
	                         " AND deduct_bp = 5000"), 1);
	/* A built-in type's allowed fields save, and stay active. */
	const char *same[] = {"name", "病假", "name_en", "Sick leave", "max_days", "0", "sort", "1", NULL};
	assert_int_equal(hc_get(a, "/admin/leave-types/sick"), 200);
	assert_int_equal(hc_post(a, "/admin/leave-types/sick", same), 303);
	assert_int_equal(sql_num("SELECT COUNT(*) FROM leave_types WHERE code = 'sick' AND notice = 'sick' AND active = 1"),
	    1);
	assert_int_equal(hc_get(a, "/admin/leave-types/no_such_type"), 404);

	/* Its own type: every rule required, then changed and deactivated. */
	name_of(code, sizeof code, "ber_");
	assert_int_equal(add_type(code, "丧假测试", "3", "0", "0", 0), 303);
	snprintf(path, sizeof path, "/admin/leave-types/%s", code);
	assert_int_equal(hc_get(a, path), 200);
	assert_true(value_kept(a, "name", "丧假测试"));
	const char *missing[] = {"name", "丧假测试", "name_en", "Test leave", "sort", "9", NULL};
	assert_int_equal(hc_post(a, path, missing), 400);
	assert_true(error_beside(a, "notice", "此项必填。"));
	assert_true(error_beside(a, "max_days", "此项必填。"));
	const char *edit[] = {"name", "丧假改", "name_en", "Test leave", "notice", "personal", "max_days", "5",
	    "cert_days", "2", "deduct_bp", "2500", "sort", "9", NULL};
	assert_int_equal(hc_post(a, path, edit), 303);
	snprintf(like, sizeof like, "%s; name 丧假测试 -> 丧假改; notice none -> personal; max_days 3 -> 5%%active 1 -> 0",
	    code);
	assert_int_equal(audits("leave_type_edit", like), 1);
	assert_int_equal(sql_numf("SELECT active * 100000 + deduct_bp FROM leave_types WHERE code = '%s'", code), 2500);
	/* Off the leave form now. */
	assert_int_equal(hc_get(as("mkt_staff"), "/new/leave"), 200);
	snprintf(opt, sizeof opt, "<option value=\"%s\"", code);
	assert_false(hc_has(as("mkt_staff"), opt));
	assert_true(hc_has(as("mkt_staff"), "<option value=\"sick\""));
}

static void test_balance_validation_errors_400(void **state)
{
	(void)state;
	char login[32];
	name_of(login, sizeof login, "lvv_");
	long long u = own_user(login, NULL);
	struct hc *a = as("admin");
	assert_int_equal(set_balance("admin", u, "annual", "2032", "abc"), 400);
	assert_true(error_beside(a, "days", "请输入 0 到 366 之间的天数，可以有半天（例如 2.5）。"));
	assert_true(value_kept(a, "days", "abc"));
	assert_int_equal(set_balance("admin", u, "annual", "2032", "2.25"), 400);
	assert_int_equal(set_balance("admin", u, "annual", "2032", "367"), 400);
	assert_int_equal(set_balance("admin", u, "sick", "2032", "3"), 400);
	assert_true(error_beside(a, "code", "这个假别不计算额度。"));
	assert_int_equal(set_balance("admin", 999999999, "annual", "2032", "3"), 400);
	assert_true(error_beside(a, "user", "没有这个用户。"));
	assert_int_equal(set_balance("admin", u, "annual", "1800", "3"), 400);
	assert_true(error_beside(a, "year", "数值超出允许范围。"));
	char sql[128];
	snprintf(sql, sizeof sql, "SELECT COUNT(*) FROM leave_balances WHERE user_id = %lld", u);
	assert_int_equal(sql_num(sql), 0);
	snprintf(sql, sizeof sql, "SELECT COUNT(*) FROM audit WHERE action = 'leave_balance_set' AND object_id = %lld", u);
	assert_int_equal(sql_num(sql), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_only_admin_on_type_routes_and_admin_or_clerk_on_balances),
		cmocka_unit_test(test_added_balance_type_on_form_filed_and_balance_enforced),
		cmocka_unit_test(test_statutory_default_and_cleared_entitlement),
		cmocka_unit_test(test_add_type_validation_errors_kept_values_400_nothing_stored),
		cmocka_unit_test(test_builtin_types_keep_their_rules_edit_of_own_type_audited),
		cmocka_unit_test(test_balance_validation_errors_400),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
