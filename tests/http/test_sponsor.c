/*
 * test_sponsor.c - sponsorship over real HTTP (SP-01..SP-05): the merchant
 * register; visits made by two or more, approved, reported and counted;
 * agreements that bind only with two signatures of two
 * different people with signing authority, neither the drafter, each bound
 * to the content; every way one person might supply both signatures tried
 * and refused; the ledger (nothing in before signing, never more out than
 * in, to the fen, also when two disbursements are approved at once); the
 * report and its CSV; who may see what.  Each run names its merchants with
 * its own tag, so the file runs again on the same stack.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>

#include "client.h"

/* ---- helpers ------------------------------------------------------------- */

static long long new_merchant(const char *prefix)
{
	static int n;
	char name[96], pre[64];
	snprintf(pre, sizeof pre, "%s%d-", prefix, ++n);
	name_of(name, sizeof name, pre);
	struct hc *c = as("mkt_staff");
	assert_int_equal(hc_get(c, "/merchants"), 200);
	const char *p[] = {"name", name, "contacts", "王经理 13800000000", "address", "北京市", "notes", "", NULL};
	assert_int_equal(hc_post(c, "/merchants", p), 303);
	long long id = 0;
	assert_int_equal(sscanf(hc_header(c, "Location"), "/merchants/%lld", &id), 1);
	return id;
}

static long post_agreement(const char *login, long long merchant, const char *money, const char *goods,
    const char *qty, const char *value, const char *body)
{
	char m[24];
	snprintf(m, sizeof m, "%lld", merchant);
	struct hc *c = as(login);
	assert_int_equal(hc_get(c, "/new/agreement"), 200);
	const char *p[] = {"merchant_id", m, "money", money, "goods", goods, "goods_qty", qty, "goods_value", value,
	    "gives_back", "冠名及展位", "starts_on", "2031-01-01", "ends_on", "2031-12-31", "body", body, NULL};
	return hc_post(c, "/new/agreement", p);
}

static long long file_agreement(const char *login, const char *money)
{
	long long m = new_merchant("商家");
	assert_int_equal(post_agreement(login, m, money, "", "", "", "甲乙双方约定……"), 303);
	return id_from_location(as(login));
}

static long sign(const char *login, long long id)
{
	return decide(login, id, "approve", "签署", 0);
}

static long long signatures(long long id)
{
	return sql_numf("SELECT COUNT(*) FROM signatures s JOIN requests r ON r.id = s.request_id"
	                " WHERE s.request_id = %lld AND s.round = r.round", id);
}

static long long signatures_by(long long id, const char *login)
{
	return sql_numf("SELECT COUNT(*) FROM signatures WHERE request_id = %lld AND user_id = %lld", id,
	    user_id(login));
}

static long long signed_agreement(const char *money)
{
	long long id = file_agreement("mkt_staff", money);
	assert_int_equal(sign("gm", id), 303);
	assert_int_equal(sign("president", id), 303);
	assert_string_equal(state_of(id), "signed");
	return id;
}

static long receive(const char *login, long long id, const char *kind, const char *amount, const char *qty)
{
	char path[64];
	struct hc *c = as(login);
	path_of(path, sizeof path, "/agreements/%lld/receive", id);
	hc_get(c, path);
	const char *p[] = {"kind", kind, "amount", amount, "qty", qty, "on_day", "2031-03-01", "received_by", "吴芳",
	    "note", "银行转账", NULL};
	return hc_post(c, path, p);
}

static long post_disbursement(const char *login, long long agreement, const char *amount)
{
	char a[24];
	snprintf(a, sizeof a, "%lld", agreement);
	struct hc *c = as(login);
	assert_int_equal(hc_get(c, "/new/disbursement"), 200);
	const char *p[] = {"agreement_id", a, "kind", "money", "amount", amount, "purpose", "迎新晚会奖品", NULL};
	return hc_post(c, "/new/disbursement", p);
}

/* Left of the money of an agreement, in fen, as the ledger says. */
static long long money_left(long long id)
{
	return sql_numf("SELECT COALESCE(SUM(IF(direction = 'in', amount_fen, -amount_fen)), 0) FROM sponsor_ledger"
	                " WHERE agreement_id = %lld AND kind = 'money'", id);
}

static long pay(long long id)
{
	char path[64], v[24];
	struct hc *c = as("finance");
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(c, path), 200);
	path_of(path, sizeof path, "/requests/%lld/task/disbursement", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	const char *p[] = {"version", v, NULL};
	return hc_post(c, path, p);
}

/* ---- SP-04 / SP-01: two different signers, neither the drafter ------------- */

static void test_SP04_agreement_binds_only_with_two_different_signers_not_the_drafter(void **state)
{
	(void)state;
	/* a drafter who has signing authority is still not offered the step */
	long long m = new_merchant("双签");
	assert_int_equal(post_agreement("mkt_deputy", m, "5000.00", "", "", "", "条款"), 303);
	long long id = id_from_location(as("mkt_deputy"));
	assert_string_equal(state_of(id), "in_approval");
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM step_assignees WHERE request_id = %lld AND user_id = %lld", id,
	                          user_id("mkt_deputy")), 0);
	assert_int_equal(sign("mkt_deputy", id), 403);
	assert_int_equal(sign("gm", id), 303);
	assert_string_equal(state_of(id), "in_approval");   /* one signature binds nothing */
	assert_int_equal(sign("director", id), 303);
	assert_string_equal(state_of(id), "signed");
	assert_int_equal(signatures(id), 2);
	assert_int_equal(sql_numf("SELECT COUNT(DISTINCT user_id) FROM signatures WHERE request_id = %lld", id), 2);
	/* each signature's hash and who signed are on the agreement */
	char hash[65], path[64];
	sql_strf(hash, sizeof hash, "SELECT content_sha256 FROM signatures WHERE request_id = %lld LIMIT 1", id);
	assert_int_equal((int)strlen(hash), 64);
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(as("mkt_deputy"), path), 200);
	assert_true(hc_has(as("mkt_deputy"), hash));
	assert_true(hc_has(as("mkt_deputy"), "王建国"));
	assert_true(hc_has(as("mkt_deputy"), "钱明"));
	assert_true(hc_has(as("mkt_deputy"), "已签署"));
	/* the printable summary carries both signatures and their hashes */
	path_of(path, sizeof path, "/requests/%lld/print", id);
	assert_int_equal(hc_get(as("gm"), path), 200);
	assert_true(hc_has(as("gm"), hash));
	assert_true(hc_has(as("gm"), "签署记录"));
	assert_true(hc_has(as("gm"), "钱明"));
	assert_true(hc_has(as("gm"), "我方回报"));
}

/* SP-01: nobody without signing authority signs, and one signature alone
 * lets nothing happen: no receipt, no disbursement. */
static void test_SP01_nobody_signs_alone_or_without_authority(void **state)
{
	(void)state;
	long long id = file_agreement("mkt_staff", "800.00");
	long long v = version_of(id);
	assert_int_equal(sign("mkt_staff2", id), 403);
	assert_int_equal(sign("finance", id), 403);
	assert_int_equal(sign("mkt_staff", id), 403);
	assert_int_equal(version_of(id), v);
	assert_int_equal(sign("ext_head", id), 303);
	assert_string_equal(state_of(id), "in_approval");
	assert_int_equal(receive("finance", id, "money", "800.00", ""), 409);
	assert_true(hc_has(as("finance"), "协议尚未签署"));
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM sponsor_ledger WHERE agreement_id = %lld", id), 0);
	assert_int_equal(post_disbursement("mkt_staff", id, "1.00"), 400);
	assert_true(hc_has(as("mkt_staff"), "协议尚未签署"));
}

/* The same person twice, one after the other and through the link too. */
static void test_SP04_same_person_cannot_sign_twice(void **state)
{
	(void)state;
	char token[65];
	long long id = file_agreement("mkt_staff", "300.00");
	link_of("gm", id, token);
	assert_int_equal(sign("gm", id), 303);
	assert_int_equal(sign("gm", id), 403);
	long again = link_post(as("gm"), token, "approve", version_of(id), "again");
	assert_true(again == 403 || again == 410);   /* the link died with the signature */
	assert_int_equal(signatures_by(id, "gm"), 1);
	assert_string_equal(state_of(id), "in_approval");
}

/* A link works once, for the one it was sent to: replayed, or forwarded to
 * another signer (who then would sign twice), it signs nothing. */
static void test_SP04_link_replayed_or_forwarded_signs_nothing(void **state)
{
	(void)state;
	char gm[65], pres[65];
	long long id = file_agreement("mkt_staff", "400.00");
	link_of("gm", id, gm);
	link_of("president", id, pres);
	assert_int_equal(link_get(as("gm"), gm), 200);
	assert_int_equal(link_post(as("gm"), gm, "approve", version_of(id), "by link"), 303);
	assert_int_equal(signatures(id), 1);
	long r1 = link_post(as("gm"), gm, "approve", version_of(id), "replay");
	assert_true(r1 != 303);
	/* gm, holding the president's forwarded link, cannot be the second signer */
	long r2 = link_post(as("gm"), pres, "approve", version_of(id), "forwarded");
	assert_true(r2 == 403 || r2 == 410);
	/* nor can another signer use it */
	long r3 = link_post(as("director"), pres, "approve", version_of(id), "forwarded");
	assert_true(r3 == 403 || r3 == 410);
	assert_int_equal(signatures(id), 1);
	assert_string_equal(state_of(id), "in_approval");
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM signatures WHERE request_id = %lld AND via = 'link'", id), 1);
	assert_int_equal(link_post(as("president"), pres, "approve", version_of(id), "mine"), 303);
	assert_string_equal(state_of(id), "signed");
}

/* Child i approves (or signs) request path i at its version i. */
struct decisions {
	const char *const *paths, *const *versions;
};

static long post_approve(struct hc *k, int i, void *ctx)
{
	const struct decisions *d = ctx;
	const char *p[] = {"action", "approve", "version", d->versions[i], "comment", "", NULL};
	return hc_post(k, d->paths[i], p);
}

/* Two signing POSTs of one person raced at once: one signature at most. */
static void test_SP04_two_signing_posts_raced_by_one_person_one_signature(void **state)
{
	(void)state;
	enum { N = 8 };
	long long id = file_agreement("mkt_staff", "500.00");
	struct hc *gm = as("gm");
	char path[64], v[24];
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(gm, path), 200);
	snprintf(v, sizeof v, "%lld", version_of(id));
	path_of(path, sizeof path, "/requests/%lld/decide", id);
	const char *paths[N], *versions[N];
	for (int i = 0; i < N; i++)
		paths[i] = path, versions[i] = v;
	struct decisions dv = {paths, versions};
	int won = hc_race(gm, N, post_approve, &dv, 303, 0).ok;
	assert_true(won >= 1);   /* a replay answered "already signed" is a 303 too */
	assert_int_equal(signatures_by(id, "gm"), 1);
	assert_int_equal(signatures(id), 1);
	assert_string_equal(state_of(id), "in_approval");
}

/* Ids edited in the form: a target naming another signer, or a request on
 * which one has no step, sign nothing for anyone else. */
static void test_SP04_ids_edited_in_the_form_sign_nothing_else(void **state)
{
	(void)state;
	long long id = file_agreement("mkt_staff", "600.00");
	assert_int_equal(decide("gm", id, "approve", "", user_id("president")), 303);
	assert_int_equal(signatures(id), 1);
	assert_int_equal(signatures_by(id, "president"), 0);
	assert_int_equal(signatures_by(id, "gm"), 1);
	assert_true(decide("gm", id, "add_after", "", user_id("gm")) >= 400);
	assert_true(decide("gm", id, "handover", "", user_id("director")) >= 400);
	assert_int_equal(signatures(id), 1);
	assert_string_equal(state_of(id), "in_approval");
}

/* A deputy never signs for the one they stand in for, so a signer's deputy
 * cannot add the principal's signature to their own; nor is anyone their
 * own deputy. */
static void test_SP04_deputy_signs_never_for_the_principal(void **state)
{
	(void)state;
	char token[65], day[11], d[24], path[96];
	long long id = file_agreement("mkt_staff", "700.00");
	link_of("mkt_head", id, token);
	time_t t = time(NULL) + 8 * 3600;
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(day, sizeof day, "%Y-%m-%d", &tm);
	struct hc *head = as("mkt_head");
	assert_int_equal(hc_get(head, "/account/delegation"), 200);
	snprintf(d, sizeof d, "%lld", user_id("mkt_head"));
	const char *self[] = {"deputy_id", d, "from", day, "to", day, NULL};
	assert_true(hc_post(head, "/account/delegation", self) != 303);
	snprintf(d, sizeof d, "%lld", user_id("mkt_deputy"));
	const char *p[] = {"deputy_id", d, "from", day, "to", day, NULL};
	assert_int_equal(hc_post(head, "/account/delegation", p), 303);
	assert_int_equal(sign("mkt_deputy", id), 303);
	long r = link_post(as("mkt_deputy"), token, "approve", version_of(id), "for my head");
	assert_true(r != 303);
	assert_int_equal(signatures(id), 1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM step_assignees WHERE request_id = %lld AND state = 'approved'"
	                          " AND acting_for IS NOT NULL", id), 0);
	assert_string_equal(state_of(id), "in_approval");
	long long del;
	while ((del = sql_numf("SELECT MIN(id) FROM delegations WHERE user_id = %lld", user_id("mkt_head"))) > 0) {
		assert_int_equal(hc_get(head, "/account/delegation"), 200);
		snprintf(path, sizeof path, "/account/delegation/%lld/end", del);
		assert_int_equal(hc_post(head, path, NULL), 303);
	}
}

/* A signer deactivated after the agreement reached them signs nothing. */
static void test_SP04_deactivated_signer_signs_nothing(void **state)
{
	(void)state;
	char token[65], sql[128];
	long long id = file_agreement("mkt_staff", "900.00");
	link_of("ext_deputy", id, token);
	long long uid = user_id("ext_deputy");
	snprintf(sql, sizeof sql, "UPDATE users SET active = 0 WHERE id = %lld", uid);
	hc_sql(sql, NULL, 0);
	long r1 = link_post(as("gm"), token, "approve", version_of(id), "");
	struct hc *k = hc_new();
	long r2 = link_post(k, token, "approve", version_of(id), "");
	hc_free(k);
	/* nor is a deactivated signer offered a new agreement at all */
	long long later = file_agreement("mkt_staff", "901.00");
	snprintf(sql, sizeof sql, "UPDATE users SET active = 1 WHERE id = %lld", uid);
	hc_sql(sql, NULL, 0);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM step_assignees WHERE request_id = %lld AND user_id = %lld",
	                          later, uid), 0);
	assert_true(sql_numf("SELECT COUNT(*) FROM step_assignees WHERE request_id = %lld", later) >= 2);
	assert_true(r1 != 303 && r2 != 303);
	assert_int_equal(signatures_by(id, "ext_deputy"), 0);
	assert_int_equal(signatures(id), 0);
}

/* SP-04: an edit after a signature voids it and asks for both again; a
 * head who edits someone's agreement becomes who filed it and may not sign
 * it; a signed agreement is locked. */
static void test_SP04_edit_voids_signatures_editor_may_not_sign_signed_is_locked(void **state)
{
	(void)state;
	char path[96], v[24], m[24], hash1[65];
	long long id = file_agreement("mkt_staff", "1000.00");
	assert_int_equal(sign("mkt_head", id), 303);
	sql_strf(hash1, sizeof hash1, "SELECT content_sha256 FROM signatures WHERE request_id = %lld", id);
	snprintf(m, sizeof m, "%lld", sql_numf("SELECT merchant_id FROM agreement_requests WHERE request_id = %lld", id));
	/* a head of another department may not open it unless on its route, and
	 * even then (a signer) may not change it */
	path_of(path, sizeof path, "/requests/%lld/edit", id);
	assert_int_equal(hc_get(as("hr_clerk"), path), 403);
	assert_false(hc_has(as("hr_clerk"), "1000.00"));
	struct hc *other = as("ext_head");
	assert_int_equal(hc_get(other, path), 200);
	path_of(path, sizeof path, "/requests/%lld/edit/agreement", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	const char *theirs[] = {"merchant_id", m, "money", "1.00", "gives_back", "x", "starts_on", "2031-01-01",
	    "ends_on", "2031-12-31", "version", v, NULL};
	assert_int_equal(hc_post(other, path, theirs), 403);
	assert_int_equal(signatures(id), 1);
	assert_int_equal(sql_numf("SELECT money_fen FROM agreement_requests WHERE request_id = %lld", id), 100000);
	struct hc *head = as("mkt_head");
	path_of(path, sizeof path, "/requests/%lld/edit", id);
	assert_int_equal(hc_get(head, path), 200);
	assert_true(hc_has(head, "1000.00"));
	path_of(path, sizeof path, "/requests/%lld/edit/agreement", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	const char *edit[] = {"merchant_id", m, "money", "1200.00", "gives_back", "冠名及展位", "starts_on", "2031-01-01",
	    "ends_on", "2031-12-31", "body", "改过的条款", "version", v, NULL};
	assert_int_equal(hc_post(head, path, edit), 303);
	assert_string_equal(state_of(id), "in_approval");
	assert_int_equal(sql_numf("SELECT round FROM requests WHERE id = %lld", id), 2);
	assert_int_equal(signatures(id), 0);
	assert_int_equal(sql_numf("SELECT filed_by_id FROM requests WHERE id = %lld", id), user_id("mkt_head"));
	assert_int_equal(sign("mkt_head", id), 403);
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(as("mkt_staff"), path), 200);
	assert_true(hc_has(as("mkt_staff"), "已作废"));
	assert_int_equal(sign("gm", id), 303);
	assert_int_equal(sign("president", id), 303);
	assert_string_equal(state_of(id), "signed");
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM signatures WHERE request_id = %lld AND round = 2"
	                          " AND content_sha256 = '%s'", id, hash1), 0);
	assert_int_equal(sql_numf("SELECT COUNT(DISTINCT content_sha256) FROM signatures WHERE request_id = %lld"
	                          " AND round = 2", id), 1);
	/* locked: neither the drafter nor a head edits it now */
	path_of(path, sizeof path, "/requests/%lld/edit", id);
	assert_true(hc_get(as("mkt_staff"), path) >= 400);
	assert_true(hc_get(head, path) >= 400);
	path_of(path, sizeof path, "/requests/%lld/edit/agreement", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	const char *late[] = {"merchant_id", m, "money", "1.00", "gives_back", "x", "starts_on", "2031-01-01",
	    "ends_on", "2031-12-31", "version", v, NULL};
	assert_true(hc_post(as("mkt_staff"), path, late) >= 400);
	assert_int_equal(sql_numf("SELECT money_fen FROM agreement_requests WHERE request_id = %lld", id), 120000);
}

/* The form's rules, each refusal beside its field with what was typed kept. */
static void test_SP04_form_rules_beside_the_field_values_kept(void **state)
{
	(void)state;
	long long m = new_merchant("规则");
	long long n = request_count();
	assert_int_equal(post_agreement("mkt_staff", m, "", "", "", "", "无"), 400);
	assert_true(error_beside(as("mkt_staff"), "money", "请填写赞助金额或赞助物品。"));
	assert_int_equal(post_agreement("mkt_staff", m, "", "矿泉水", "", "", "无"), 400);
	assert_true(error_beside(as("mkt_staff"), "goods_qty", NULL));
	assert_true(hc_has(as("mkt_staff"), "矿泉水"));
	assert_int_equal(post_agreement("mkt_staff", 999999999, "10.00", "", "", "", "无"), 400);
	assert_true(error_beside(as("mkt_staff"), "merchant_id", NULL));
	assert_int_equal(post_agreement("mkt_staff", m, "12.345", "", "", "", "无"), 400);
	assert_true(error_beside(as("mkt_staff"), "money", NULL));
	assert_int_equal(request_count(), n);
	/* goods alone are a sponsorship too */
	assert_int_equal(post_agreement("mkt_staff", m, "", "矿泉水", "100", "250.50", "无"), 303);
	long long id = id_from_location(as("mkt_staff"));
	assert_int_equal(sql_numf("SELECT goods_fen FROM agreement_requests WHERE request_id = %lld", id), 25050);
	assert_int_equal(withdraw("mkt_staff", id), 303);
}

/* Every text field at its declared limit, in 3- and 4-byte characters. */
static void test_SP04_text_fields_at_their_limit_in_chinese_stored_whole(void **state)
{
	(void)state;
	char *goods = cjk_text(200), *back = cjk_text(500), *body = cjk_text(5000), *over = cjk_text(501);
	char *name = cjk_text(100), *contacts = cjk_text(200), *notes = cjk_text(500), m[24], path[64];
	struct hc *c = as("mkt_staff");
	/* a merchant's name at its limit (unique: the tag in front would not fit) */
	hc_sql("DELETE FROM merchants WHERE CHAR_LENGTH(name) = 100 AND id NOT IN"
	       " (SELECT merchant_id FROM agreement_requests)", NULL, 0);
	assert_int_equal(hc_get(c, "/merchants"), 200);
	const char *mp[] = {"name", name, "contacts", contacts, "address", contacts, "notes", notes, NULL};
	long st = hc_post(c, "/merchants", mp);
	assert_true(st == 303 || st == 409);
	long long mid = sql_numf("SELECT id FROM merchants WHERE CHAR_LENGTH(name) = 100 ORDER BY id DESC LIMIT 1");
	assert_true(stored_is("merchants", "name", "id", mid, name));
	snprintf(m, sizeof m, "%lld", mid);
	assert_int_equal(hc_get(c, "/new/agreement"), 200);
	const char *p[] = {"merchant_id", m, "money", "1.00", "goods", goods, "goods_qty", "1", "goods_value", "1.00",
	    "gives_back", back, "starts_on", "2031-01-01", "ends_on", "2031-12-31", "body", body, NULL};
	assert_int_equal(hc_post(c, "/new/agreement", p), 303);
	long long id = id_from_location(c);
	assert_true(stored_is("agreement_requests", "goods", "request_id", id, goods));
	assert_true(stored_is("agreement_requests", "gives_back", "request_id", id, back));
	assert_true(stored_is("agreement_requests", "body", "request_id", id, body));
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, back));
	assert_true(hc_has(c, body));
	assert_int_equal(withdraw("mkt_staff", id), 303);
	long long n = request_count();
	assert_int_equal(hc_get(c, "/new/agreement"), 200);
	const char *q[] = {"merchant_id", m, "money", "1.00", "gives_back", over, "starts_on", "2031-01-01",
	    "ends_on", "2031-12-31", NULL};
	assert_int_equal(hc_post(c, "/new/agreement", q), 400);
	assert_true(error_beside(c, "gives_back", NULL));
	assert_true(hc_has(c, over));
	assert_int_equal(request_count(), n);
	free(goods);
	free(back);
	free(body);
	free(over);
	free(name);
	free(contacts);
	free(notes);
}

/* ---- SP-05: the ledger ---------------------------------------------------- */

/* Received only under a signed agreement, by finance; arithmetic to the fen. */
static void test_SP05_received_only_when_signed_exact_to_the_fen(void **state)
{
	(void)state;
	char path[64];
	long long id = signed_agreement("1000.03");
	assert_int_equal(receive("mkt_staff", id, "money", "1.00", ""), 403);
	assert_int_equal(receive("finance", id, "money", "1000.01", ""), 303);
	assert_int_equal(receive("finance", id, "money", "0.02", ""), 303);
	assert_int_equal(receive("finance", id, "goods", "88.80", ""), 400);   /* goods need a quantity */
	assert_true(error_beside(as("finance"), "qty", NULL));
	assert_int_equal(receive("finance", id, "goods", "88.80", "12"), 303);
	assert_int_equal(money_left(id), 100003);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM audit WHERE object_type = 'request' AND object_id = %lld"
	                          " AND action = 'sponsor_received'", id), 3);
	path_of(path, sizeof path, "/agreements/%lld/ledger", id);
	assert_int_equal(hc_get(as("finance"), path), 200);
	assert_true(hc_has(as("finance"), "¥1,000.03"));
	assert_true(hc_has(as("finance"), "¥88.80"));
	/* on the merchant's page: the agreement and what came in, for those who
	 * may see the agreement only */
	char no[24];
	snprintf(no, sizeof no, "%s", number_of(id));
	path_of(path, sizeof path, "/merchants/%lld", sql_numf("SELECT merchant_id FROM agreement_requests"
	                                                      " WHERE request_id = %lld", id));
	assert_int_equal(hc_get(as("finance"), path), 200);
	assert_true(hc_has(as("finance"), no));
	assert_true(hc_has(as("finance"), "¥1,000.01"));
	assert_int_equal(hc_get(as("ext_staff"), path), 200);
	assert_false(hc_has(as("ext_staff"), no));
	assert_false(hc_has(as("ext_staff"), "¥1,000.01"));
}

/* A receipt's proof is kept as an attachment of the agreement, opened by
 * those who may see the agreement; a file that is no PDF, JPEG or PNG is
 * refused beside its field and nothing is recorded. */
static void test_SP05_receipt_proof_kept_and_checked(void **state)
{
	(void)state;
	static const char pdf[] = "%PDF-1.4\n1 0 obj << /Type /Catalog /P 1 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
	char path[64];
	long long id = signed_agreement("50.00");
	struct hc *f = as("finance");
	path_of(path, sizeof path, "/agreements/%lld/receive", id);
	assert_int_equal(hc_get(f, path), 200);
	const char *p[] = {"kind", "money", "amount", "50.00", "on_day", "2031-04-01", "received_by", "吴芳", NULL};
	assert_int_equal(hc_post_multipart(f, path, p, "proof", "回单.txt", "not a scan", 10), 400);
	assert_true(error_beside(f, "proof", NULL));
	assert_true(hc_has(f, "吴芳"));
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM sponsor_ledger WHERE agreement_id = %lld", id), 0);
	assert_int_equal(hc_post_multipart(f, path, p, "proof", "回单.pdf", pdf, sizeof pdf - 1), 303);
	long long att = sql_numf("SELECT proof_id FROM sponsor_ledger WHERE agreement_id = %lld", id);
	assert_true(att > 0);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM attachments WHERE id = %lld AND request_id = %lld"
	                          " AND label = 'proof' AND kind = 'pdf'", att, id), 1);
	path_of(path, sizeof path, "/agreements/%lld/ledger", id);
	assert_int_equal(hc_get(f, path), 200);
	path_of(path, sizeof path, "/attachments/%lld", att);
	assert_true(hc_has(f, path));
	assert_int_equal(hc_get(f, path), 200);
	assert_int_equal(hc_get(as("ext_staff"), path), 403);
	assert_int_equal(money_left(id), 5000);
}

/* A disbursement never exceeds what was received and is left, exactly. */
static void test_SP05_disbursement_never_exceeds_what_is_left(void **state)
{
	(void)state;
	long long id = signed_agreement("500.00");
	assert_int_equal(receive("finance", id, "money", "300.00", ""), 303);
	assert_int_equal(post_disbursement("mkt_staff", id, "300.01"), 400);
	assert_true(error_beside(as("mkt_staff"), "amount", "超出该协议已入账未支配的余额。"));
	assert_true(hc_has(as("mkt_staff"), "300.01"));
	assert_int_equal(post_disbursement("mkt_staff", id, "300.00"), 303);
	long long d = id_from_location(as("mkt_staff"));
	assert_string_equal(pending(d), "mkt_head");
	assert_int_equal(decide("mkt_staff", d, "approve", "", 0), 403);
	assert_int_equal(decide_on_page("mkt_head", d, "approve"), 303);
	assert_int_equal(money_left(id), 0);
	char path[64];
	path_of(path, sizeof path, "/requests/%lld", d);
	assert_int_equal(hc_get(as("finance"), path), 200);
	assert_true(hc_has(as("finance"), "资金"));
	assert_true(hc_has(as("finance"), "¥300.00"));
	assert_true(hc_has(as("finance"), number_of(id)));
	assert_int_equal(pay(d), 303);
	assert_string_equal(state_of(d), "disbursed");
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM sponsor_ledger WHERE disbursement_id = %lld AND paid_at IS NOT NULL",
	                          d), 1);
	/* nothing left: even a fen is refused */
	assert_int_equal(post_disbursement("mkt_staff", id, "0.01"), 400);
}

/* Two disbursements, each within what is left alone but not together,
 * approved at once: exactly one goes through (the agreement's row lock). */
static void test_SP05_two_disbursements_approved_at_once_never_exceed(void **state)
{
	(void)state;
	long long id = signed_agreement("1000.00");
	assert_int_equal(receive("finance", id, "money", "1000.00", ""), 303);
	long long d[2];
	for (int i = 0; i < 2; i++) {
		assert_int_equal(post_disbursement(i ? "mkt_staff2" : "mkt_staff", id, "600.00"), 303);
		d[i] = id_from_location(as(i ? "mkt_staff2" : "mkt_staff"));
	}
	struct hc *head = as("mkt_head");
	char path[2][64], v[2][24];
	for (int i = 0; i < 2; i++) {
		path_of(path[i], sizeof path[i], "/requests/%lld", d[i]);
		assert_int_equal(hc_get(head, path[i]), 200);
		snprintf(v[i], sizeof v[i], "%lld", version_of(d[i]));
		path_of(path[i], sizeof path[i], "/requests/%lld/decide", d[i]);
	}
	const char *paths[2] = {path[0], path[1]}, *versions[2] = {v[0], v[1]};
	struct decisions dv = {paths, versions};
	int won = hc_race(head, 2, post_approve, &dv, 303, 0).ok;
	assert_int_equal(won, 1);
	assert_int_equal(money_left(id), 40000);
	int approved = !strcmp(state_of(d[0]), "approved") + !strcmp(state_of(d[1]), "approved");
	assert_int_equal(approved, 1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM sponsor_ledger WHERE agreement_id = %lld AND direction = 'out'",
	                          id), 1);
}

/* The report: received, used and left per agreement in a period; as CSV. */
static void test_SP05_report_per_agreement_and_period_with_csv(void **state)
{
	(void)state;
	long long id = signed_agreement("2000.00");
	assert_int_equal(receive("finance", id, "money", "1234.56", ""), 303);
	assert_int_equal(post_disbursement("mkt_staff", id, "234.50"), 303);
	long long d = id_from_location(as("mkt_staff"));
	assert_int_equal(decide_on_page("mkt_head", d, "approve"), 303);
	const char *no = number_of(id);
	char num[24];
	snprintf(num, sizeof num, "%s", no);
	struct hc *f = as("finance");
	assert_int_equal(hc_get(f, "/sponsorship/ledger?from=2031-01-01&to=2031-12-31"), 200);
	assert_true(hc_has(f, num));
	assert_true(hc_has(f, "¥1,234.56"));
	assert_int_equal(hc_get(f, "/sponsorship/ledger?from=2031-01-01&to=2031-12-31&csv=1"), 200);
	assert_true(hc_has(f, num));
	assert_true(hc_has(f, "1234.56"));
	/* a period before the receipt shows none of it */
	assert_int_equal(hc_get(f, "/sponsorship/ledger?from=2030-01-01&to=2030-12-31&csv=1"), 200);
	assert_false(hc_has(f, "1234.56"));
}

/* ---- who may see and do what ------------------------------------------------ */

static void test_SP05_permission_walk_each_demo_role(void **state)
{
	(void)state;
	long long id = signed_agreement("100.00");
	char ledger[64], recv[64], req[64];
	path_of(ledger, sizeof ledger, "/agreements/%lld/ledger", id);
	path_of(recv, sizeof recv, "/agreements/%lld/receive", id);
	path_of(req, sizeof req, "/requests/%lld", id);
	static const struct {
		const char *login;
		int report, ledger, receive;
	} walk[] = {
		{"mkt_staff", 403, 200, 403},   /* the drafter */
		{"mkt_staff2", 403, 403, 403},
		{"ext_staff", 403, 403, 403},
		{"finance", 200, 200, 200},
		{"mkt_head", 200, 200, 403},
		{"gm", 200, 200, 403},
		{"admin", 403, 403, 403},
	};
	for (size_t i = 0; i < sizeof walk / sizeof walk[0]; i++) {
		struct hc *c = as(walk[i].login);
		if (hc_get(c, "/sponsorship/ledger") != walk[i].report)
			fail_msg("%s: report", walk[i].login);
		if (hc_get(c, ledger) != walk[i].ledger)
			fail_msg("%s: ledger", walk[i].login);
		if (hc_get(c, recv) != walk[i].receive)
			fail_msg("%s: receive", walk[i].login);
	}
	assert_int_equal(hc_get(as("ext_staff"), req), 403);
	assert_int_equal(hc_get(as("mkt_staff"), "/merchants"), 200);
	/* every POST needs the form's CSRF token */
	long long n = sql_num("SELECT COUNT(*) FROM merchants");
	const char *forged[] = {"name", "伪造商家", "csrf", "0000", NULL};
	assert_int_equal(hc_post(as("mkt_staff"), "/merchants", forged), 403);
	assert_int_equal(sql_num("SELECT COUNT(*) FROM merchants"), n);
	const char *forged_in[] = {"kind", "money", "amount", "1.00", "on_day", "2031-01-02", "received_by", "x", "csrf",
	    "0000", NULL};
	assert_int_equal(hc_post(as("finance"), recv, forged_in), 403);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM sponsor_ledger WHERE agreement_id = %lld", id), 0);
	/* the visit count is for heads and deputies */
	assert_int_equal(hc_get(as("mkt_deputy"), "/visits/stats"), 200);
	assert_int_equal(hc_get(as("finance"), "/visits/stats"), 200);   /* finance heads its department */
	assert_int_equal(hc_get(as("ext_staff"), "/visits/stats"), 403);
}

/* A signed agreement is terminated only with a reason and again by two
 * signers; meanwhile and after, nothing more is received; its signing
 * stays on record as signed.  A refused termination leaves it signed. */
static void test_SP04_signed_agreement_terminated_only_by_two_signers_with_reason(void **state)
{
	(void)state;
	char path[64], v[24];
	long long id = signed_agreement("3000.00");
	assert_int_equal(receive("finance", id, "money", "100.00", ""), 303);
	struct hc *c = as("mkt_staff");
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "/cancel\""));
	path_of(path, sizeof path, "/requests/%lld/cancel", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	const char *bare[] = {"version", v, "comment", "", "confirm", "1", NULL};
	assert_true(hc_post(c, path, bare) >= 400);
	assert_string_equal(state_of(id), "signed");
	assert_true(hc_post(as("mkt_staff2"), path, (const char *[]){"version", v, "comment", "不合作了", "confirm", "1",
	    NULL}) >= 400);
	const char *why[] = {"version", v, "comment", "商家违约", "confirm", "1", NULL};
	assert_int_equal(hc_post(c, path, why), 303);
	assert_string_equal(state_of(id), "cancelling");
	assert_int_equal(receive("finance", id, "money", "1.00", ""), 409);
	assert_int_equal(sign("mkt_staff", id), 403);
	assert_int_equal(sign("gm", id), 303);
	assert_string_equal(state_of(id), "cancelling");
	assert_int_equal(sign("gm", id), 403);
	assert_int_equal(sign("ext_head", id), 303);
	assert_string_equal(state_of(id), "cancelled");
	assert_int_equal(receive("finance", id, "money", "1.00", ""), 409);
	assert_int_equal(money_left(id), 10000);
	/* what was received is the organisation's and may still be used */
	assert_int_equal(post_disbursement("mkt_staff", id, "100.01"), 400);
	assert_int_equal(post_disbursement("mkt_staff", id, "100.00"), 303);
	/* the signing stays valid on the record; four signatures in all */
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(c, path), 200);
	assert_false(hc_has(c, "已作废"));
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM signatures WHERE request_id = %lld", id), 4);
	/* refused: back to signed */
	long long other = signed_agreement("10.00");
	path_of(path, sizeof path, "/requests/%lld", other);
	assert_int_equal(hc_get(c, path), 200);
	path_of(path, sizeof path, "/requests/%lld/cancel", other);
	snprintf(v, sizeof v, "%lld", version_of(other));
	const char *why2[] = {"version", v, "comment", "试试", "confirm", "1", NULL};
	assert_int_equal(hc_post(c, path, why2), 303);
	assert_int_equal(decide("director", other, "reject", "继续履行", 0), 303);
	assert_string_equal(state_of(other), "signed");
	assert_int_equal(receive("finance", other, "money", "10.00", ""), 303);
}

/* SP-04: a signature binds the fields and the attached PDF's hash: the same
 * terms with the same PDF hash alike, with another PDF differently. */
static long long with_pdf(long long merchant, const char *data, size_t len)
{
	char m[24];
	snprintf(m, sizeof m, "%lld", merchant);
	struct hc *c = as("mkt_staff");
	assert_int_equal(hc_get(c, "/new/agreement"), 200);
	const char *p[] = {"merchant_id", m, "money", "66.00", "gives_back", "鸣谢", "starts_on", "2031-01-01",
	    "ends_on", "2031-12-31", "body", "见附件", NULL};
	assert_int_equal(hc_post_multipart(c, "/new/agreement", p, "pdf", "协议.pdf", data, len), 303);
	long long id = id_from_location(c);
	assert_int_equal(sign("gm", id), 303);
	return id;
}

static void test_SP04_signature_binds_the_attached_pdf(void **state)
{
	(void)state;
	static const char pdf1[] = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
	static const char pdf2[] = "%PDF-1.4\n1 0 obj << /Type /Catalog /V 2 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
	char h[3][65];
	long long m = new_merchant("附件");
	long long id[3] = {with_pdf(m, pdf1, sizeof pdf1 - 1), with_pdf(m, pdf1, sizeof pdf1 - 1),
	    with_pdf(m, pdf2, sizeof pdf2 - 1)};
	for (int i = 0; i < 3; i++) {
		assert_int_equal(sql_numf("SELECT COUNT(*) FROM attachments WHERE request_id = %lld AND kind = 'pdf'", id[i]),
		    1);
		sql_strf(h[i], sizeof h[i], "SELECT content_sha256 FROM signatures WHERE request_id = %lld", id[i]);
		assert_int_equal((int)strlen(h[i]), 64);
	}
	assert_string_equal(h[0], h[1]);
	assert_string_not_equal(h[0], h[2]);
	for (int i = 0; i < 3; i++)
		assert_int_equal(withdraw("mkt_staff", id[i]), 303);
}

/* ---- SP-02 / SP-03: visits in pairs, reported, counted --------------------- */

static long post_visit(const char *login, long long merchant, const char *w1, const char *w2, const char *purpose)
{
	char m[24];
	snprintf(m, sizeof m, "%lld", merchant);
	struct hc *c = as(login);
	assert_int_equal(hc_get(c, "/new/visit"), 200);
	const char *p[] = {"merchant_id", m, "visit_on", "2031-05-20", "purpose", purpose, "with_1", w1, "with_2", w2,
	    NULL};
	return hc_post(c, "/new/visit", p);
}

static void uid(char *out, size_t n, const char *login)
{
	snprintf(out, n, "%lld", user_id(login));
}

/* SP-02: a plan with one person is refused with the reason; so is a
 * colleague named twice, oneself, or a deactivated colleague. */
static void test_SP02_visit_alone_refused_with_the_reason(void **state)
{
	(void)state;
	char me[24], other[24], sql[128];
	long long m = new_merchant("拜访");
	long long n = request_count();
	assert_int_equal(post_visit("mkt_staff", m, "0", "0", "洽谈赞助"), 400);
	assert_true(error_beside(as("mkt_staff"), "with_1", "拜访须两人及以上共同出行，请至少选择一名同行人。"));
	assert_true(hc_has(as("mkt_staff"), "洽谈赞助"));
	uid(me, sizeof me, "mkt_staff");
	assert_int_equal(post_visit("mkt_staff", m, me, "0", "洽谈赞助"), 400);
	assert_true(error_beside(as("mkt_staff"), "with_1", NULL));
	uid(other, sizeof other, "mkt_staff2");
	assert_int_equal(post_visit("mkt_staff", m, other, other, "洽谈赞助"), 400);
	assert_true(error_beside(as("mkt_staff"), "with_2", NULL));
	snprintf(sql, sizeof sql, "UPDATE users SET active = 0 WHERE id = %s", other);
	hc_sql(sql, NULL, 0);
	long st = post_visit("mkt_staff", m, other, "0", "洽谈赞助");
	snprintf(sql, sizeof sql, "UPDATE users SET active = 1 WHERE id = %s", other);
	hc_sql(sql, NULL, 0);
	assert_int_equal(st, 400);
	assert_int_equal(request_count(), n);
}

/* SP-02: planned with a colleague, explained to the head or a deputy head,
 * who approves; SP-03: the report afterwards reaches the head and the
 * visit is counted per merchant, per person and per month. */
static void test_SP03_visit_approved_reported_head_told_and_counted(void **state)
{
	(void)state;
	char other[24], path[64], v[24], mname[96];
	long long m = new_merchant("统计");
	sql_strf(mname, sizeof mname, "SELECT name FROM merchants WHERE id = %lld", m);
	uid(other, sizeof other, "mkt_staff2");
	assert_int_equal(post_visit("mkt_staff", m, other, "0", "洽谈赞助"), 303);
	long long id = id_from_location(as("mkt_staff"));
	assert_string_equal(pending(id), "mkt_head,mkt_deputy");
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM visit_people WHERE request_id = %lld", id), 2);
	assert_int_equal(decide("mkt_staff2", id, "approve", "", 0), 403);
	assert_int_equal(decide_on_page("mkt_deputy", id, "approve"), 303);
	assert_string_equal(state_of(id), "approved");
	assert_string_equal(pending(id), "mkt_staff");
	struct hc *c = as("mkt_staff");
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "visit-report"));
	assert_true(hc_has(c, "张伟、刘洋"));
	path_of(path, sizeof path, "/requests/%lld/task/visit", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	const char *empty[] = {"version", v, "asked", "", "discussed", "价格", NULL};
	assert_int_equal(hc_post(c, path, empty), 400);
	assert_true(error_beside(c, "asked", NULL));
	assert_true(hc_has(c, "价格"));
	const char *rep[] = {"version", v, "asked", "冠名权", "discussed", "赞助五千元", NULL};
	assert_int_equal(hc_post(as("mkt_head"), path, rep), 403);
	assert_int_equal(hc_post(c, path, rep), 303);
	assert_string_equal(state_of(id), "reported");
	assert_int_equal(notes("mkt_head", id, "visit_report"), 1);
	assert_true(stored_is("visit_requests", "asked", "request_id", id, "冠名权"));
	struct hc *h = as("mkt_head");
	assert_int_equal(hc_get(h, "/visits/stats?year=2031"), 200);
	assert_true(hc_has(h, mname));
	assert_true(hc_has(h, "刘洋"));
	assert_true(hc_has(h, "2031-05"));
	assert_int_equal(hc_get(h, "/visits/stats?year=2031&csv=1"), 200);
	assert_true(hc_has(h, mname));
	assert_int_equal(hc_get(as("mkt_staff"), "/visits/stats"), 403);
	/* the merchant's page lists nothing of the visit's money, but its agreements */
	path_of(path, sizeof path, "/merchants/%lld", m);
	assert_int_equal(hc_get(h, path), 200);
}

/* Text at its limit in 3- and 4-byte characters: the plan and the report. */
static void test_SP03_visit_text_at_its_limit_stored_whole(void **state)
{
	(void)state;
	char other[24], path[64], v[24];
	char *purpose = cjk_text(500), *asked = cjk_text(1000), *more = cjk_text(1001);
	long long m = new_merchant("长文");
	uid(other, sizeof other, "mkt_staff2");
	assert_int_equal(post_visit("mkt_staff", m, other, "0", purpose), 303);
	long long id = id_from_location(as("mkt_staff"));
	assert_true(stored_is("visit_requests", "purpose", "request_id", id, purpose));
	assert_int_equal(decide_on_page("mkt_head", id, "approve"), 303);
	struct hc *c = as("mkt_staff");
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(c, path), 200);
	path_of(path, sizeof path, "/requests/%lld/task/visit", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	const char *over[] = {"version", v, "asked", more, "discussed", asked, NULL};
	assert_int_equal(hc_post(c, path, over), 400);
	assert_true(error_beside(c, "asked", NULL));
	const char *rep[] = {"version", v, "asked", asked, "discussed", asked, NULL};
	assert_int_equal(hc_post(c, path, rep), 303);
	assert_true(stored_is("visit_requests", "asked", "request_id", id, asked));
	assert_true(stored_is("visit_requests", "discussed", "request_id", id, asked));
	free(purpose);
	free(asked);
	free(more);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_SP04_agreement_binds_only_with_two_different_signers_not_the_drafter),
		cmocka_unit_test(test_SP01_nobody_signs_alone_or_without_authority),
		cmocka_unit_test(test_SP04_same_person_cannot_sign_twice),
		cmocka_unit_test(test_SP04_link_replayed_or_forwarded_signs_nothing),
		cmocka_unit_test(test_SP04_two_signing_posts_raced_by_one_person_one_signature),
		cmocka_unit_test(test_SP04_ids_edited_in_the_form_sign_nothing_else),
		cmocka_unit_test(test_SP04_deputy_signs_never_for_the_principal),
		cmocka_unit_test(test_SP04_deactivated_signer_signs_nothing),
		cmocka_unit_test(test_SP04_edit_voids_signatures_editor_may_not_sign_signed_is_locked),
		cmocka_unit_test(test_SP04_signed_agreement_terminated_only_by_two_signers_with_reason),
		cmocka_unit_test(test_SP04_signature_binds_the_attached_pdf),
		cmocka_unit_test(test_SP04_form_rules_beside_the_field_values_kept),
		cmocka_unit_test(test_SP04_text_fields_at_their_limit_in_chinese_stored_whole),
		cmocka_unit_test(test_SP05_received_only_when_signed_exact_to_the_fen),
		cmocka_unit_test(test_SP05_receipt_proof_kept_and_checked),
		cmocka_unit_test(test_SP05_disbursement_never_exceeds_what_is_left),
		cmocka_unit_test(test_SP05_two_disbursements_approved_at_once_never_exceed),
		cmocka_unit_test(test_SP05_report_per_agreement_and_period_with_csv),
		cmocka_unit_test(test_SP05_permission_walk_each_demo_role),
		cmocka_unit_test(test_SP02_visit_alone_refused_with_the_reason),
		cmocka_unit_test(test_SP03_visit_approved_reported_head_told_and_counted),
		cmocka_unit_test(test_SP03_visit_text_at_its_limit_stored_whole),
	};
	return cmocka_run_group_tests(tests, fixture_new_run, fixture_forget_clients);
}
