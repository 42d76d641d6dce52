/*
 * test_expense.c - 费用事前申请 over real HTTP with the settable clock
 * (EX-01, EX-02, EX-06, EX-08): asked for before spending, the check page
 * with the budget left and the route in words, holds on the budget taken
 * at submission, made firm on approval, released otherwise; over budget
 * refused with the figure (or one level higher, as set); concurrent
 * submissions and approvals never pass the budget; travel check-ins
 * (EX-07); expiry by the scheduler; budgets and categories pages.
 * Everything lies in 2032; the setup releases earlier runs' holds and
 * budgets of 2032 so the file runs again on the same stack.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "client.h"

static long long mkt_dept(void) { return sql_num("SELECT dept_id FROM users WHERE login = 'mkt_staff'"); }

/* Finance sets a budget through its page; 303 or the page's status. */
static long set_budget(const char *category, const char *period, const char *first, const char *amount)
{
	char dept[24];
	snprintf(dept, sizeof dept, "%lld", mkt_dept());
	struct hc *c = as("finance");
	assert_int_equal(hc_get(c, "/expense/budgets"), 200);
	const char *p[] = {"dept_id", dept, "category", category, "period", period, "first", first, "amount", amount, NULL};
	return hc_post(c, "/expense/budgets", p);
}

static long apply_entertain(const char *login, const char *planned, const char *amount)
{
	struct hc *c = as(login);
	assert_int_equal(hc_get(c, "/new/expense"), 200);
	const char *p[] = {"category", "entertain", "client", "华润医药 王经理", "guests", "3", "our_people", "2", "place",
	    "海底捞国贸店", "planned", planned, "purpose", "年度合作洽谈", "amount", amount, NULL};
	return hc_post(c, "/new/expense", p);
}

static long apply_travel(const char *login, const char *depart, const char *ret, const char *amount)
{
	struct hc *c = as(login);
	assert_int_equal(hc_get(c, "/new/expense"), 200);
	const char *p[] = {"category", "travel", "destination", "上海", "depart", depart, "return_day", ret, "transport",
	    "高铁", "companions", "刘洋", "purpose", "医博会参展", "amount", amount, NULL};
	return hc_post(c, "/new/expense", p);
}

static long long hold_fen(long long id)
{
	return sql_numf("SELECT hold_fen FROM expense_requests WHERE request_id = %lld", id);
}

static const char *hold_of(long long id)
{
	return sql_str("SELECT hold FROM expense_requests WHERE request_id = %lld", id);
}

/* Approves, as whoever the request waits for, until it waits for login. */
static void approve_until(long long id, const char *login)
{
	for (int i = 0; i < 6; i++) {
		char who[64];
		snprintf(who, sizeof who, "%s", pending(id));
		if (!strcmp(who, login))
			return;
		assert_true(who[0]);
		assert_int_equal(decide(who, id, "approve", "", 0), 303);
	}
	fail_msg("request %lld never reached %s", id, login);
}

static int went_through(long long id, const char *login)
{
	return sql_numf("SELECT COUNT(*) FROM step_assignees a JOIN users u ON u.id = a.user_id"
	                " WHERE a.request_id = %lld AND u.login = '%s' AND a.state = 'approved'",
	    id, login) > 0;
}

static void approve_all(long long id)
{
	approve_until(id, "");
	assert_string_equal(state_of(id), "approved");
}

/* ---- EX-01, EX-06: before spending; the check page; the route -------------- */

static void test_EX01_EX06_check_shows_budget_left_and_route_then_submit(void **state)
{
	(void)state;
	clock_wall(2032, 3, 2, 9, 0, 0);
	assert_int_equal(set_budget("entertain", "month", "2032-03-01", "10,000.00"), 303);
	struct hc *c = as("mkt_staff");
	assert_int_equal(hc_get(c, "/new/expense"), 200);
	assert_true(hc_has(c, "招待费"));
	assert_true(hc_has(c, "差旅费"));
	const char *p[] = {"category", "entertain", "client", "华润医药 王经理", "guests", "3", "our_people", "2", "place",
	    "海底捞国贸店", "planned", "2032-03-05", "purpose", "年度合作洽谈", "amount", "1,234.56", NULL};
	assert_int_equal(hc_post(c, "/new/expense/check", p), 200);
	assert_true(hc_has(c, "id=\"budget-left\">¥10,000.00<"));
	assert_true(hc_has(c, "李强"));          /* the superior and head */
	assert_true(hc_has(c, "抄送财务部"));
	assert_false(hc_has(c, "王建国"));       /* under the threshold: no general manager */
	assert_true(hc_has(c, "华润医药 王经理"));   /* what was typed, kept */
	/* EX-01: a date already past is not asked for beforehand */
	const char *late[] = {"category", "entertain", "client", "华润医药", "guests", "3", "our_people", "2", "place",
	    "国贸", "planned", "2032-03-01", "purpose", "补办", "amount", "100", NULL};
	long long n = request_count();
	assert_int_equal(hc_post(c, "/new/expense", late), 400);
	assert_true(error_beside(c, "planned", "费用须事先申请：日期不能早于今天。"));
	assert_int_equal(request_count(), n);
	/* the entertainment form's own fields are required for it */
	const char *bare[] = {"category", "entertain", "purpose", "洽谈", "amount", "100", NULL};
	assert_int_equal(hc_post(c, "/new/expense", bare), 400);
	assert_true(error_beside(c, "client", "此项必填。"));
	assert_int_equal(apply_entertain("mkt_staff", "2032-03-05", "1,234.56"), 303);
	long long id = id_from_location(c);
	assert_int_equal(sql_numf("SELECT amount_fen FROM expense_requests WHERE request_id = %lld", id), 123456);
	assert_int_equal(sql_numf("SELECT amount_fen FROM requests WHERE id = %lld", id), 123456);
	assert_string_equal(hold_of(id), "tentative");
	assert_string_equal(pending(id), "mkt_head");
	assert_int_equal(audit_action(id, "expense_hold"), 1);
	/* EX-06: finance is copied on the first step */
	assert_true(sql_numf("SELECT COUNT(*) FROM notifications n JOIN users u ON u.id = n.user_id"
	                     " WHERE n.request_id = %lld AND u.login = 'finance'", id) >= 1);
	approve_all(id);
	assert_false(went_through(id, "gm"));
	assert_string_equal(hold_of(id), "firm");
	assert_int_equal(hold_fen(id), 123456);
	/* the printable 费用申请单 with every decision */
	char path[64];
	path_of(path, sizeof path, "/requests/%lld/print", id);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "¥1,234.56"));
	assert_true(hc_has(c, "李强"));
	/* cancelled after approval: the hold is released */
	char v[24];
	snprintf(v, sizeof v, "%lld", version_of(id));
	path_of(path, sizeof path, "/requests/%lld/cancel", id);
	const char *cancel[] = {"version", v, "comment", "客户改期", "confirm", "1", NULL};
	assert_int_equal(hc_post(c, path, cancel), 303);
	assert_string_equal(state_of(id), "cancelled");
	assert_string_equal(hold_of(id), "released");
}

static void test_EX06_above_threshold_goes_to_general_manager(void **state)
{
	(void)state;
	clock_wall(2032, 4, 1, 9, 0, 0);
	assert_int_equal(set_budget("travel", "quarter", "2032-04-01", "50,000"), 303);
	struct hc *c = as("mkt_staff2");
	assert_int_equal(apply_travel("mkt_staff2", "2032-04-10", "2032-04-12", "5,000.01"), 303);
	long long id = id_from_location(c);
	assert_int_equal(sql_numf("SELECT amount_fen FROM expense_requests WHERE request_id = %lld", id), 500001);
	approve_all(id);
	assert_true(went_through(id, "gm"));
	/* exactly the threshold stays below the general manager */
	assert_int_equal(apply_travel("mkt_staff2", "2032-04-15", "2032-04-16", "5000"), 303);
	id = id_from_location(c);
	approve_all(id);
	assert_false(went_through(id, "gm"));
}

/* ---- EX-02: the budget -------------------------------------------------------- */

static void test_EX02_over_budget_refused_with_figure_and_holds_released(void **state)
{
	(void)state;
	clock_wall(2032, 5, 3, 9, 0, 0);
	assert_int_equal(set_budget("entertain", "month", "2032-05-01", "1000"), 303);
	struct hc *c = as("mkt_staff");
	assert_int_equal(apply_entertain("mkt_staff", "2032-05-10", "800"), 303);
	long long first = id_from_location(c);
	long long n = request_count();
	assert_int_equal(apply_entertain("mkt_staff", "2032-05-11", "300"), 400);
	assert_true(error_beside(c, "amount", "申请金额超出剩余预算。"));
	assert_true(hc_has(c, "id=\"budget-left\">¥200.00<"));
	assert_true(hc_has(c, "海底捞国贸店"));   /* every typed value kept */
	assert_int_equal(request_count(), n);
	/* a withdrawal releases the hold: now it fits */
	assert_int_equal(withdraw("mkt_staff", first), 303);
	assert_string_equal(hold_of(first), "released");
	assert_int_equal(apply_entertain("mkt_staff", "2032-05-11", "300"), 303);
	long long second = id_from_location(c);
	/* a rejection releases it too */
	assert_int_equal(decide(pending(second), second, "reject", "预算不足", 0), 303);
	assert_string_equal(hold_of(second), "released");
	assert_int_equal(hold_fen(second), 0);
	/* a return as well; the resubmission holds again */
	assert_int_equal(apply_entertain("mkt_staff", "2032-05-12", "1000"), 303);
	long long third = id_from_location(c);
	assert_int_equal(decide(pending(third), third, "return", "请补充客户信息", 0), 303);
	assert_string_equal(hold_of(third), "released");
	/* no budget for the period: refused, naming why */
	assert_int_equal(apply_entertain("mkt_staff", "2032-12-20", "10"), 400);
	assert_true(error_beside(c, "amount", "本部门该类别该期间尚未设置预算，不能申请。"));
	/* the budgets page shows what is held */
	assert_int_equal(hc_get(as("finance"), "/expense/budgets"), 200);
	assert_true(hc_has(as("finance"), "2032-05"));
	assert_int_equal(hc_get(as("mkt_staff"), "/expense/budgets"), 403);
}

struct posts {
	const char *const *paths;
	const char *const *const *bodies;
};

static long post_nth(struct hc *k, int i, void *ctx)
{
	const struct posts *p = ctx;
	return hc_post(k, p->paths[i], p->bodies[i]);
}

/* Children POST at once with the parent's session (hc_race); returns how
 * many were accepted (303), failing on anything but 303 or 400. */
static int race(struct hc *who, const char *const paths[], const char *const *const bodies[], int n)
{
	struct posts p = {paths, bodies};
	struct hc_race r = hc_race(who, n, post_nth, &p, 303, 400);
	if (r.other)
		fail_msg("%d children answered neither 303 nor 400", r.other);
	return r.ok;
}

static void test_EX02_concurrent_submissions_never_pass_the_budget(void **state)
{
	(void)state;
	enum { N = 6 };
	clock_wall(2032, 6, 1, 9, 0, 0);
	assert_int_equal(set_budget("travel", "month", "2032-06-01", "1000"), 303);
	struct hc *c = as("mkt_staff");
	assert_int_equal(hc_get(c, "/new/expense"), 200);
	const char *p[] = {"category", "travel", "destination", "广州", "depart", "2032-06-10", "return_day", "2032-06-11",
	    "transport", "飞机", "companions", "", "purpose", "拜访客户", "amount", "400", NULL};
	const char *paths[N];
	const char *const *bodies[N];
	for (int i = 0; i < N; i++) {
		paths[i] = "/new/expense";
		bodies[i] = p;
	}
	assert_int_equal(race(c, paths, bodies, N), 2);
	long long dept = mkt_dept();
	assert_int_equal(sql_numf("SELECT SUM(e.hold_fen) FROM expense_requests e JOIN expense_budgets b ON b.id = e.budget_id"
	                          " WHERE b.dept_id = %lld AND b.first_day = '2032-06-01' AND b.category = 'travel'"
	                          " AND e.hold IN ('tentative', 'firm')",
	                     dept),
	    80000);
}

static void test_EX02_concurrent_final_approvals_never_pass_a_lowered_budget(void **state)
{
	(void)state;
	clock_wall(2032, 7, 1, 9, 0, 0);
	assert_int_equal(set_budget("entertain", "month", "2032-07-01", "20000"), 303);
	struct hc *c = as("mkt_staff");
	assert_int_equal(apply_entertain("mkt_staff", "2032-07-10", "6000"), 303);
	long long a = id_from_location(c);
	assert_int_equal(apply_entertain("mkt_staff", "2032-07-11", "6000"), 303);
	long long b = id_from_location(c);
	/* above the threshold: the general manager decides last */
	approve_until(a, "gm");
	approve_until(b, "gm");
	/* finance lowers the budget while both wait for their last step */
	assert_int_equal(set_budget("entertain", "month", "2032-07-01", "10000"), 303);
	struct hc *head = as("gm");
	char pa[64], pb[64], va[24], vb[24];
	path_of(pa, sizeof pa, "/requests/%lld", a);
	assert_int_equal(hc_get(head, pa), 200);
	path_of(pa, sizeof pa, "/requests/%lld/decide", a);
	path_of(pb, sizeof pb, "/requests/%lld/decide", b);
	snprintf(va, sizeof va, "%lld", version_of(a));
	snprintf(vb, sizeof vb, "%lld", version_of(b));
	const char *ba[] = {"action", "approve", "version", va, "comment", "", "target", "0", NULL};
	const char *bb[] = {"action", "approve", "version", vb, "comment", "", "target", "0", NULL};
	const char *paths[] = {pa, pb};
	const char *const *bodies[] = {ba, bb};
	assert_int_equal(race(head, paths, bodies, 2), 1);
	int approved = !strcmp(state_of(a), "approved") + !strcmp(state_of(b), "approved");
	assert_int_equal(approved, 1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM expense_requests WHERE request_id IN (%lld, %lld) AND hold = 'firm'",
	                     a, b),
	    1);
}

static void set_escalate(const char *value)
{
	struct hc *a = admin();
	assert_int_equal(hc_get(a, "/admin/settings"), 200);
	const char *p[] = {"name", "expense_over_budget_escalate", "value", value, NULL};
	assert_int_equal(hc_post(a, "/admin/settings", p), 303);
}

static void test_EX02_over_budget_sent_one_level_higher_when_set(void **state)
{
	(void)state;
	clock_wall(2032, 11, 2, 9, 0, 0);
	assert_int_equal(set_budget("entertain", "month", "2032-11-01", "1000"), 303);
	set_escalate("1");
	struct hc *c = as("mkt_staff");
	assert_int_equal(hc_get(c, "/new/expense"), 200);
	const char *p[] = {"category", "entertain", "client", "华润医药 王经理", "guests", "3", "our_people", "2", "place",
	    "海底捞国贸店", "planned", "2032-11-05", "purpose", "年度合作洽谈", "amount", "1,500", NULL};
	assert_int_equal(hc_post(c, "/new/expense/check", p), 200);
	assert_true(hc_has(c, "id=\"budget-higher\""));
	assert_true(hc_has(c, "钱明"));   /* the director, one level above the head */
	assert_int_equal(hc_post(c, "/new/expense", p), 303);
	long long id = id_from_location(c);
	assert_int_equal(sql_numf("SELECT over_budget FROM expense_requests WHERE request_id = %lld", id), 1);
	assert_int_equal(audit_action(id, "expense_over_budget"), 1);
	approve_until(id, "director");
	assert_int_equal(decide("director", id, "approve", "", 0), 303);
	assert_string_equal(state_of(id), "approved");
	assert_string_equal(hold_of(id), "firm");
	set_escalate("0");
	/* back to refusing */
	assert_int_equal(apply_entertain("mkt_staff", "2032-11-06", "10"), 400);
}

static int escalate_off(void **state)
{
	(void)state;
	set_escalate("0");
	return 0;
}

/* ---- EX-07: travel check-ins --------------------------------------------------- */

static void test_EX07_traveller_checks_in_and_head_sees_missed_days(void **state)
{
	(void)state;
	clock_wall(2032, 12, 1, 9, 0, 0);
	assert_int_equal(set_budget("travel", "month", "2032-12-01", "10000"), 303);
	struct hc *c = as("mkt_staff2");
	assert_int_equal(apply_travel("mkt_staff2", "2032-12-06", "2032-12-08", "3000"), 303);
	long long id = id_from_location(c);
	approve_all(id);
	/* not yet under way */
	assert_int_equal(hc_get(c, "/expense/checkin"), 200);
	assert_true(hc_has(c, "id=\"no-trip\""));
	clock_wall(2032, 12, 6, 20, 0, 0);   /* a new time: the clients log in again */
	c = as("mkt_staff2");
	assert_int_equal(hc_get(c, "/expense/checkin"), 200);
	assert_true(hc_has(c, "上海"));
	const char *p[] = {"note", "已到上海，一切平安", "place", "上海虹桥", NULL};
	assert_int_equal(hc_post(c, "/expense/checkin", p), 303);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM expense_checkins WHERE request_id = %lld", id), 1);
	assert_int_equal(audit_action(id, "travel_checkin"), 1);
	/* once a day, as the setting says */
	assert_int_equal(hc_post(c, "/expense/checkin", p), 400);
	assert_true(error_beside(c, "note", "今天的报平安次数已满。"));
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM expense_checkins WHERE request_id = %lld", id), 1);
	/* nobody else's trip: nothing to check in to */
	assert_int_equal(hc_post(as("mkt_staff"), "/expense/checkin", p), 409);
	/* the 7th passes without a word */
	clock_wall(2032, 12, 8, 10, 0, 0);
	char path[64];
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(as("mkt_head"), path), 200);
	assert_true(hc_has(as("mkt_head"), "id=\"missed\" class=\"warn\">1: 2032-12-07<"));
	assert_int_equal(hc_get(as("mkt_head"), "/expense/travelling"), 200);
	assert_true(hc_has(as("mkt_head"), "刘洋"));
	assert_true(hc_has(as("mkt_head"), "(2032-12-07)"));
	assert_int_equal(hc_get(as("ext_head"), "/expense/travelling"), 200);
	assert_false(hc_has(as("ext_head"), "刘洋"));   /* another department's head */
	assert_int_equal(hc_get(as("mkt_staff"), "/expense/travelling"), 403);
}

/* ---- the report ----------------------------------------------------------------- */

static void test_EX02_report_spend_against_budget_table_svg_and_csv(void **state)
{
	(void)state;
	clock_wall(2032, 2, 1, 9, 0, 0);
	assert_int_equal(set_budget("travel", "month", "2032-02-01", "2000"), 303);
	struct hc *c = as("mkt_staff");
	assert_int_equal(apply_travel("mkt_staff", "2032-02-10", "2032-02-11", "500"), 303);
	long long a = id_from_location(c);
	assert_int_equal(apply_travel("mkt_staff", "2032-02-12", "2032-02-13", "300"), 303);
	approve_all(a);
	struct hc *f = as("finance");
	assert_int_equal(hc_get(f, "/expense/report?year=2032"), 200);
	assert_true(hc_has(f, "2032-02"));
	assert_true(hc_has(f, "¥1,200.00"));   /* left: 2,000 - 500 firm - 300 held */
	assert_true(hc_has(f, "<svg class=\"chart\""));
	/* 480 px for the largest figure, the budget: 500 firm is 120 px, 300 held 72 px after it */
	assert_true(hc_has(f, "x=\"0\" y=\"2\" width=\"0\""));
	assert_true(hc_has(f, "x=\"0\" y=\"2\" width=\"120\" height=\"20\" fill=\"#1565c0\""));
	assert_true(hc_has(f, "x=\"120\" y=\"2\" width=\"72\" height=\"20\" fill=\"#f9a825\""));
	assert_int_equal(hc_get(f, "/expense/report/csv?year=2032"), 200);
	assert_true(f->len > 3 && !memcmp(f->body, "\xEF\xBB\xBF", 3));
	assert_true(hc_has(f, "\"1200.00\""));
	assert_int_equal(hc_get(as("mkt_head"), "/expense/report?year=2032"), 200);
	assert_true(hc_has(as("mkt_head"), "¥1,200.00"));
	assert_int_equal(hc_get(as("ext_head"), "/expense/report?year=2032"), 200);
	assert_false(hc_has(as("ext_head"), "¥1,200.00"));   /* another department */
	assert_int_equal(hc_get(as("mkt_staff"), "/expense/report"), 403);
	assert_int_equal(hc_get(as("mkt_staff"), "/expense/report/csv"), 403);
}

/* ---- who sees which ledger -------------------------------------------------------- */

/* Each demo role x each demo person's ledger: their own, a head their
 * department's people, finance and the general manager everyone; any other
 * is 403. */
static void test_EX04_ledger_permission_walk_every_role_every_ledger(void **state)
{
	(void)state;
	static const char *const logins[] = {"gm", "president", "admin", "office", "director", "mkt_head", "mkt_deputy",
	    "mkt_staff", "mkt_staff2", "assistant", "ext_head", "ext_deputy", "ext_staff", "finance", "hr_clerk"};
	enum { N = sizeof logins / sizeof logins[0] };
	clock_real();
	long long dept[N], roles[N];
	for (int i = 0; i < N; i++) {
		dept[i] = sql_numf("SELECT dept_id FROM users WHERE login = '%s'", logins[i]);
		roles[i] = sql_numf("SELECT roles FROM users WHERE login = '%s'", logins[i]);
	}
	for (int i = 0; i < N; i++) {
		struct hc *c = as(logins[i]);
		int all = (roles[i] & (1 << 7)) || (roles[i] & (1 << 4));   /* finance, general manager */
		int head = (roles[i] & (1 << 2)) != 0;
		for (int j = 0; j < N; j++) {
			char path[64];
			path_of(path, sizeof path, "/ledger?user=%lld", user_id(logins[j]));
			long want = i == j || all || (head && dept[i] == dept[j]) ? 200 : 403;
			long got = hc_get(c, path);
			if (got != want)
				fail_msg("%s opening %s's ledger: %ld, want %ld", logins[i], logins[j], got, want);
		}
	}
}

/* ---- EX-08: expiry ------------------------------------------------------------ */

static void test_EX08_unclaimed_preapproval_expires_and_frees_budget(void **state)
{
	(void)state;
	clock_wall(2032, 8, 1, 9, 0, 0);
	assert_int_equal(set_budget("entertain", "month", "2032-08-01", "1000"), 303);
	struct hc *c = as("mkt_staff");
	assert_int_equal(apply_entertain("mkt_staff", "2032-08-05", "700"), 303);
	long long id = id_from_location(c);
	approve_all(id);
	assert_string_equal(hold_of(id), "firm");
	/* the demo's grace, 30 days: 2032-08-05 + 30 = 2032-09-04 is its last day */
	assert_int_equal(sql_num("SELECT value FROM settings WHERE name = 'expense_grace_days'"), 30);
	clock_wall(2032, 9, 4, 23, 0, 0);
	sleep_ms(2500);   /* more than two of the scheduler's passes */
	assert_string_equal(state_of(id), "approved");
	clock_wall(2032, 9, 5, 0, 30, 0);
	for (int i = 0; i < 50 && strcmp(state_of(id), "expired"); i++)
		sleep_ms(200);
	assert_string_equal(state_of(id), "expired");
	assert_string_equal(hold_of(id), "released");
}

/* ---- text at its limits, amounts ---------------------------------------------- */

static void test_EX01_text_fields_at_their_limit_and_amount_forms(void **state)
{
	(void)state;
	clock_wall(2032, 9, 1, 9, 0, 0);
	assert_int_equal(set_budget("travel", "year", "2032-01-01", "1,000,000"), 303);
	char *dest = cjk_text(100), *purpose = cjk_text(500), *transport = cjk_text(50), *with = cjk_text(200);
	char *more = cjk_text(101);
	struct hc *c = as("mkt_staff2");
	assert_int_equal(hc_get(c, "/new/expense"), 200);
	const char *p[] = {"category", "travel", "destination", dest, "depart", "2032-09-10", "return_day", "2032-09-12",
	    "transport", transport, "companions", with, "purpose", purpose, "amount", "¥1234.5", NULL};
	assert_int_equal(hc_post(c, "/new/expense", p), 303);
	long long id = id_from_location(c);
	assert_true(stored_is("expense_requests", "destination", "request_id", id, dest));
	assert_true(stored_is("expense_requests", "purpose", "request_id", id, purpose));
	assert_true(stored_is("expense_requests", "transport", "request_id", id, transport));
	assert_true(stored_is("expense_requests", "companions", "request_id", id, with));
	assert_int_equal(sql_numf("SELECT amount_fen FROM expense_requests WHERE request_id = %lld", id), 123450);
	long long n = request_count();
	const char *q[] = {"category", "travel", "destination", more, "depart", "2032-09-10", "return_day", "2032-09-12",
	    "transport", "高铁", "companions", "", "purpose", "参会", "amount", "100", NULL};
	assert_int_equal(hc_post(c, "/new/expense", q), 400);
	assert_true(hc_has(c, more));   /* kept whole for correcting, not cut */
	/* amounts: never a wrong number */
	const char *bad[] = {"1.234", "12,34.5", "-5", "1e3", "0"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		const char *r[] = {"category", "travel", "destination", "上海", "depart", "2032-09-10", "return_day",
		    "2032-09-12", "transport", "高铁", "companions", "", "purpose", "参会", "amount", bad[i], NULL};
		assert_int_equal(hc_post(c, "/new/expense", r), 400);
	}
	assert_int_equal(request_count(), n);
	/* full-width digits: the right number or a clear refusal, never a wrong one */
	const char *fw[] = {"category", "travel", "destination", "上海", "depart", "2032-09-10", "return_day", "2032-09-12",
	    "transport", "高铁", "companions", "", "purpose", "参会", "amount", "１２３.４５", NULL};
	long st = hc_post(c, "/new/expense", fw);
	if (st == 303)
		assert_int_equal(sql_numf("SELECT amount_fen FROM expense_requests WHERE request_id = %lld", id_from_location(c)),
		    12345);
	else
		assert_true(st == 400 && error_beside(c, "amount", NULL));
	free(dest);
	free(purpose);
	free(transport);
	free(with);
	free(more);
}

/* ---- categories ----------------------------------------------------------------- */

static void test_EX01_admin_adds_category_and_switches_it_off(void **state)
{
	(void)state;
	char code[32];
	clock_real();
	snprintf(code, sizeof code, "meet_%c%c", 'a' + (int)(request_count() % 26), 'a' + (int)(user_id("admin") % 26));
	hc_sql("DELETE FROM expense_categories WHERE code LIKE 'meet\\_%'", NULL, 0);
	struct hc *a = admin();
	assert_int_equal(hc_get(a, "/expense/categories"), 200);
	const char *p[] = {"code", code, "name", "会务费", "name_en", "Meetings", "form", "entertain", NULL};
	assert_int_equal(hc_post(a, "/expense/categories", p), 303);
	assert_int_equal(hc_get(as("mkt_staff"), "/new/expense"), 200);
	assert_true(hc_has(as("mkt_staff"), "会务费"));
	assert_int_equal(hc_post(a, "/expense/categories", p), 400);   /* taken */
	char path[64];
	snprintf(path, sizeof path, "/expense/categories/%s", code);
	assert_int_equal(hc_post(a, path, (const char *[]){NULL}), 303);
	assert_int_equal(hc_get(as("mkt_staff"), "/new/expense"), 200);
	assert_false(hc_has(as("mkt_staff"), "会务费"));
	assert_int_equal(hc_get(as("mkt_staff"), "/expense/categories"), 403);
}

static int setup(void **state)
{
	(void)state;
	expense_reset("2032-01-01");
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_EX01_EX06_check_shows_budget_left_and_route_then_submit),
		cmocka_unit_test(test_EX06_above_threshold_goes_to_general_manager),
		cmocka_unit_test(test_EX02_over_budget_refused_with_figure_and_holds_released),
		cmocka_unit_test(test_EX02_concurrent_submissions_never_pass_the_budget),
		cmocka_unit_test(test_EX02_concurrent_final_approvals_never_pass_a_lowered_budget),
		cmocka_unit_test_teardown(test_EX02_over_budget_sent_one_level_higher_when_set, escalate_off),
		cmocka_unit_test(test_EX07_traveller_checks_in_and_head_sees_missed_days),
		cmocka_unit_test(test_EX02_report_spend_against_budget_table_svg_and_csv),
		cmocka_unit_test(test_EX04_ledger_permission_walk_every_role_every_ledger),
		cmocka_unit_test(test_EX08_unclaimed_preapproval_expires_and_frees_budget),
		cmocka_unit_test(test_EX01_text_fields_at_their_limit_and_amount_forms),
		cmocka_unit_test(test_EX01_admin_adds_category_and_switches_it_off),
	};
	return cmocka_run_group_tests(tests, setup, fixture_real_time);
}
