/*
 * test_claim.c - 报销 over real HTTP (EX-03, EX-04, EX-05): a claim only
 * against the claimant's own approved, unclaimed pre-approval (a direct
 * POST naming anything else is 403/409 and changes nothing); receipts;
 * within the margin straight to finance, beyond it the difference through
 * its own route, a refused difference never paid; finance settles into the
 * personal ledger and the rest of the hold is free again; who sees which
 * ledger.  Everything lies in October 2032; the setup releases earlier
 * runs' holds and budgets of that month.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "client.h"

static const char pdf[] = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

static long long mkt_dept(void) { return sql_num("SELECT dept_id FROM users WHERE login = 'mkt_staff'"); }

static void budget(const char *amount)
{
	char dept[24];
	snprintf(dept, sizeof dept, "%lld", mkt_dept());
	struct hc *c = as("finance");
	assert_int_equal(hc_get(c, "/expense/budgets"), 200);
	const char *p[] = {"dept_id", dept, "category", "entertain", "period", "month", "first", "2032-10-01", "amount",
	    amount, NULL};
	assert_int_equal(hc_post(c, "/expense/budgets", p), 303);
}

/* A pre-approval of login, approved by whoever its route names. */
static long long approved_expense(const char *login, const char *amount)
{
	struct hc *c = as(login);
	assert_int_equal(hc_get(c, "/new/expense"), 200);
	const char *p[] = {"category", "entertain", "client", "国药控股 李总", "guests", "2", "our_people", "2", "place",
	    "全聚德", "planned", "2032-10-20", "purpose", "合作洽谈", "amount", amount, NULL};
	assert_int_equal(hc_post(c, "/new/expense", p), 303);
	long long id = id_from_location(c);
	for (int i = 0; i < 6 && !strcmp(state_of(id), "in_approval"); i++) {
		char who[64];
		snprintf(who, sizeof who, "%s", pending(id));
		assert_int_equal(decide(who, id, "approve", "", 0), 303);
	}
	assert_string_equal(state_of(id), "approved");
	return id;
}

static long claim(const char *login, long long expense, const char *amount, int with_receipt)
{
	struct hc *c = as(login);
	char path[64], eid[24];
	snprintf(eid, sizeof eid, "%lld", expense);
	path_of(path, sizeof path, "/new/claim?expense_id=%lld", expense);
	assert_int_equal(hc_get(c, path), 200);
	const char *p[] = {"expense_id", eid, "amount", amount, "note", "实际消费", NULL};
	return hc_post_multipart(c, "/new/claim", p, with_receipt ? "receipt" : NULL, "发票.pdf", pdf, sizeof pdf - 1);
}

static long settle(long long id)
{
	struct hc *c = as("finance");
	char path[64], v[24];
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(c, path), 200);
	path_of(path, sizeof path, "/requests/%lld/task/claim", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	const char *p[] = {"version", v, "pay_day", "2032-10-25", "method", "transfer", "voucher", "记-2032-1025",
	    "comment", "", NULL};
	return hc_post(c, path, p);
}

static long long paid(long long claim_id)
{
	return sql_numf("SELECT COALESCE(SUM(paid_fen), -1) FROM expense_ledger WHERE claim_id = %lld", claim_id);
}

static void test_EX03_claim_only_against_own_approved_unclaimed_preapproval(void **state)
{
	(void)state;
	clock_wall(2032, 10, 2, 9, 0, 0);
	budget("100,000");
	long long mine = approved_expense("mkt_staff", "1000");
	char path[64];
	path_of(path, sizeof path, "/requests/%lld", mine);
	assert_int_equal(hc_get(as("mkt_staff"), path), 200);
	assert_true(hc_has(as("mkt_staff"), "id=\"claim-it\""));
	assert_int_equal(hc_get(as("mkt_staff2"), "/new/claim"), 200);
	long long n = request_count(), rows = audit_rows(mine);
	/* someone else's pre-approval: 403, nothing changes */
	assert_int_equal(claim("mkt_staff2", mine, "900", 1), 403);
	assert_int_equal(request_count(), n);
	/* one still in approval: 409 */
	struct hc *c = as("mkt_staff");
	const char *p[] = {"category", "entertain", "client", "国药控股", "guests", "2", "our_people", "1", "place", "全聚德",
	    "planned", "2032-10-21", "purpose", "洽谈", "amount", "500", NULL};
	assert_int_equal(hc_post(c, "/new/expense", p), 303);
	long long waiting = id_from_location(c);
	n = request_count();
	assert_int_equal(claim("mkt_staff", waiting, "400", 1), 409);
	assert_int_equal(request_count(), n);
	/* no receipt: the form again */
	assert_int_equal(claim("mkt_staff", mine, "900", 0), 400);
	assert_true(error_beside(as("mkt_staff"), "receipt", "请上传至少一张票据。"));
	assert_int_equal(request_count(), n);
	/* the claim, once */
	assert_int_equal(claim("mkt_staff", mine, "900", 1), 303);
	long long bx = id_from_location(as("mkt_staff"));
	assert_int_equal(sql_numf("SELECT claim_id FROM expense_requests WHERE request_id = %lld", mine), bx);
	assert_int_equal(sql_numf("SELECT expires_at IS NULL FROM requests WHERE id = %lld", mine), 1);
	assert_true(audit_rows(mine) >= rows);
	n = request_count();
	assert_int_equal(claim("mkt_staff", mine, "100", 1), 409);
	assert_int_equal(request_count(), n);
	/* a claimed pre-approval cannot be cancelled under its claim */
	char ve[24];
	snprintf(ve, sizeof ve, "%lld", version_of(mine));
	path_of(path, sizeof path, "/requests/%lld/cancel", mine);
	const char *undo[] = {"version", ve, "comment", "不去了", "confirm", "1", NULL};
	assert_int_equal(hc_post(as("mkt_staff"), path, undo), 400);
	assert_true(hc_has(as("mkt_staff"), "该申请已有报销单，不能取消。"));
	assert_string_equal(state_of(mine), "approved");
	/* a claim cancelled before settlement frees the pre-approval again */
	char v[24];
	snprintf(v, sizeof v, "%lld", version_of(bx));
	path_of(path, sizeof path, "/requests/%lld/cancel", bx);
	const char *cancel[] = {"version", v, "comment", "金额有误，重新报销", "confirm", "1", NULL};
	assert_int_equal(hc_post(as("mkt_staff"), path, cancel), 303);
	assert_string_equal(state_of(bx), "cancelled");
	assert_int_equal(sql_numf("SELECT claim_id IS NULL FROM expense_requests WHERE request_id = %lld", mine), 1);
	assert_int_equal(sql_numf("SELECT expires_at IS NOT NULL FROM requests WHERE id = %lld", mine), 1);
	assert_int_equal(claim("mkt_staff", mine, "900", 1), 303);
}

static void test_EX04_finance_settles_into_ledger_and_frees_the_rest(void **state)
{
	(void)state;
	clock_wall(2032, 10, 3, 9, 0, 0);
	budget("100,000");
	long long fy = approved_expense("mkt_staff2", "1,000.00");
	assert_int_equal(claim("mkt_staff2", fy, "876.54", 1), 303);
	long long bx = id_from_location(as("mkt_staff2"));
	assert_string_equal(pending(bx), "finance");
	/* finance returns it with a reason; the claimant corrects and sends it again */
	assert_int_equal(decide("finance", bx, "return", "", 0), 400);   /* a reason is required */
	assert_int_equal(decide("finance", bx, "return", "请补充发票原件", 0), 303);
	assert_string_equal(state_of(bx), "returned");
	assert_int_equal(paid(bx), -1);
	char edit[64], v[24], eid[24];
	path_of(edit, sizeof edit, "/requests/%lld/edit", bx);
	assert_int_equal(hc_get(as("mkt_staff2"), edit), 200);
	path_of(edit, sizeof edit, "/requests/%lld/edit/claim", bx);
	snprintf(v, sizeof v, "%lld", version_of(bx));
	snprintf(eid, sizeof eid, "%lld", fy);
	const char *again[] = {"version", v, "expense_id", eid, "amount", "876.54", "note", "已补充", NULL};
	assert_int_equal(hc_post_multipart(as("mkt_staff2"), edit, again, "receipt2", "原件.pdf", pdf, sizeof pdf - 1), 303);
	assert_string_equal(pending(bx), "finance");
	assert_int_equal(settle(bx), 303);
	assert_string_equal(state_of(bx), "settled");
	assert_int_equal(paid(bx), 87654);
	assert_string_equal(sql_str("SELECT hold FROM expense_requests WHERE request_id = %lld", fy), "spent");
	assert_int_equal(sql_numf("SELECT hold_fen FROM expense_requests WHERE request_id = %lld", fy), 87654);
	assert_int_equal(audit_action(bx, "claim_booked"), 1);
	/* the ledger: own, head of the department, finance, the GM - and nobody else */
	char path[64];
	path_of(path, sizeof path, "/ledger?user=%lld&year=2032", user_id("mkt_staff2"));
	assert_int_equal(hc_get(as("mkt_staff2"), "/ledger?year=2032"), 200);
	assert_true(hc_has(as("mkt_staff2"), "¥876.54"));
	assert_true(hc_has(as("mkt_staff2"), number_of(bx)));
	assert_int_equal(hc_get(as("mkt_head"), path), 200);
	assert_true(hc_has(as("mkt_head"), "¥876.54"));
	assert_int_equal(hc_get(as("finance"), path), 200);
	assert_int_equal(hc_get(as("gm"), path), 200);
	assert_int_equal(hc_get(as("mkt_staff"), path), 403);
	assert_int_equal(hc_get(as("ext_head"), path), 403);
	assert_int_equal(hc_get(as("ext_staff"), path), 403);
	assert_int_equal(hc_get(as("mkt_deputy"), path), 403);
}

static void test_EX05_within_margin_straight_to_finance(void **state)
{
	(void)state;
	clock_wall(2032, 10, 4, 9, 0, 0);
	budget("100,000");
	long long fy = approved_expense("mkt_staff", "1000");
	long long n = request_count();
	assert_int_equal(claim("mkt_staff", fy, "1,100.00", 1), 303);   /* exactly approved + 10 % */
	long long bx = id_from_location(as("mkt_staff"));
	assert_int_equal(request_count(), n + 1);   /* no difference filed */
	assert_string_equal(pending(bx), "finance");
	assert_int_equal(settle(bx), 303);
	assert_int_equal(paid(bx), 110000);
}

static void test_EX05_difference_refused_is_never_paid(void **state)
{
	(void)state;
	clock_wall(2032, 10, 5, 9, 0, 0);
	budget("100,000");
	long long fy = approved_expense("mkt_staff", "1000");
	assert_int_equal(claim("mkt_staff", fy, "1,100.01", 1), 303);
	long long bx = id_from_location(as("mkt_staff"));
	long long ce = sql_numf("SELECT diff_id FROM claim_requests WHERE request_id = %lld", bx);
	assert_true(ce > 0);
	assert_string_equal(sql_str("SELECT type FROM requests WHERE id = %lld", ce), "claim_diff");
	assert_int_equal(sql_numf("SELECT amount_fen FROM claim_diffs WHERE request_id = %lld", ce), 10001);
	assert_string_equal(state_of(ce), "in_approval");
	char path[64];
	path_of(path, sizeof path, "/requests/%lld", ce);
	assert_int_equal(hc_get(as("mkt_head"), path), 200);
	assert_true(hc_has(as("mkt_head"), "id=\"diff-amount\">¥100.01<"));
	/* finance cannot settle while the difference is in approval */
	assert_int_equal(settle(bx), 400);
	assert_int_equal(paid(bx), -1);
	assert_int_equal(decide(pending(ce), ce, "reject", "超出部分不予报销", 0), 303);
	assert_string_equal(sql_str("SELECT diff_state FROM claim_requests WHERE request_id = %lld", bx), "rejected");
	assert_int_equal(settle(bx), 303);
	assert_int_equal(paid(bx), 100000);   /* the approved amount, never the refused difference */
	path_of(path, sizeof path, "/requests/%lld", bx);
	assert_int_equal(hc_get(as("mkt_staff"), path), 200);
	assert_true(hc_has(as("mkt_staff"), "记-2032-1025"));
	assert_true(hc_has(as("mkt_staff"), "未批准，不予报销"));
}

static void test_EX05_difference_approved_is_paid_whole(void **state)
{
	(void)state;
	clock_wall(2032, 10, 6, 9, 0, 0);
	budget("100,000");
	long long fy = approved_expense("mkt_staff2", "1000");
	assert_int_equal(claim("mkt_staff2", fy, "1,500", 1), 303);
	long long bx = id_from_location(as("mkt_staff2"));
	long long ce = sql_numf("SELECT diff_id FROM claim_requests WHERE request_id = %lld", bx);
	for (int i = 0; i < 6 && !strcmp(state_of(ce), "in_approval"); i++) {
		char who[64];
		snprintf(who, sizeof who, "%s", pending(ce));
		assert_int_equal(decide(who, ce, "approve", "", 0), 303);
	}
	assert_string_equal(state_of(ce), "approved");
	assert_int_equal(settle(bx), 303);
	assert_int_equal(paid(bx), 150000);
}

static int setup(void **state)
{
	(void)state;
	expense_reset("2032-10-01");
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_EX03_claim_only_against_own_approved_unclaimed_preapproval),
		cmocka_unit_test(test_EX04_finance_settles_into_ledger_and_frees_the_rest),
		cmocka_unit_test(test_EX05_within_margin_straight_to_finance),
		cmocka_unit_test(test_EX05_difference_refused_is_never_paid),
		cmocka_unit_test(test_EX05_difference_approved_is_paid_whole),
	};
	return cmocka_run_group_tests(tests, setup, fixture_real_time);
}
