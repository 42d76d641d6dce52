/*
 * test_lists.c - the four lists over real HTTP: 待我审批 (/lists/inbox),
 * 我已审批 (/lists/done), 我的申请 (/lists/mine), 抄送我的 (/lists/cc);
 * their filters (type, state, from, to, q), pages in a stable order, the
 * CSV export (UTF-8 with a BOM), bulk approval from the inbox (plain
 * single-approver steps only, one result per item) and the printable
 * sheet.  Nobody lists what they may not see.
 *
 * Requests are the test build's probe type with this run's tag in their
 * note (their title), so a list filtered by q=<tag> holds only this run's
 * rows whatever earlier files left on the stack.
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

/* ---- lists ----------------------------------------------------------- */

/* GET /lists/<name>?q=<tag><extra> as login; returns the status. */
static long list(const char *login, const char *name, const char *extra)
{
	char path[256];
	snprintf(path, sizeof path, "/lists/%s?q=%s%s", name, tag, extra ? extra : "");
	return hc_get(as(login), path);
}

static int listed(const char *login, const char *name, const char *extra, long long id)
{
	assert_int_equal(list(login, name, extra), 200);
	return hc_has(as(login), number_of(id));
}

/* ---- tests ------------------------------------------------------------- */

/* One story per request: the events in order, then the step still to come
 * with its people and their state, then who is copied - no separate
 * steps table. */
static void test_LI09_request_page_tells_one_story(void **state)
{
	(void)state;
	long long b = file_probe("mkt_staff", "any");   /* finance or hr_clerk, Cc office */
	char path[64], cc[200];
	snprintf(path, sizeof path, "/requests/%lld", b);
	struct hc *c = as("mkt_staff");
	assert_int_equal(hc_get(c, path), 200);
	const char *story = strstr(c->body, "<ol class=\"timeline\" id=\"story\">");
	assert_non_null(story);
	const char *submitted = strstr(story, "提交了申请");
	const char *open = strstr(story, "<li class=\"step-open\">");
	const char *copied = strstr(story, "<li class=\"cc\">");
	assert_true(submitted && open && copied && submitted < open && open < copied);
	assert_non_null(strstr(open, "<span class=\"chip state-pending\">待处理</span>"));
	snprintf(cc, sizeof cc, "抄送：</strong> %s</li>", sql_str("SELECT display_name FROM users WHERE login = 'office'"));
	assert_non_null(strstr(copied, cc));
	assert_false(hc_has(c, "<th>环节</th>"));
	/* decided: the step leaves the open part and its decision joins the story */
	assert_int_equal(decide("finance", b, "approve", "按规定办理", 0), 303);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "同意: <q>按规定办理</q>"));
	assert_false(hc_has(c, "<li class=\"step-open\">"));
}

/* The story lists whom it is copied to in the order they were copied and
 * its files in the order they came, whatever order MariaDB reads them in
 * (by user id and by label, here the opposite). */
static void test_LI09_copies_and_files_in_the_order_they_came(void **state)
{
	(void)state;
	long long id = file_probe("mkt_staff", "single");
	long long a = user_id("office"), b = user_id("finance");
	long long first = a > b ? a : b, second = a > b ? b : a;
	char sql[400], path[64];
	snprintf(sql, sizeof sql, "INSERT INTO request_cc (request_id, user_id, created_at) VALUES"
	         " (%lld, %lld, UTC_TIMESTAMP() - INTERVAL 2 MINUTE), (%lld, %lld, UTC_TIMESTAMP() - INTERVAL 1 MINUTE)",
	    id, first, id, second);
	hc_sql(sql, NULL, 0);
	const char *labels[] = {"z", "m", "a"};
	for (int i = 0; i < 3; i++) {
		snprintf(sql, sizeof sql, "INSERT INTO attachments (request_id, label, filename, kind, size, sha256,"
		         " stored_name, uploaded_by, uploaded_at) VALUES (%lld, '%s', 'order-%d.pdf', 'pdf', 10, '', '',"
		         " %lld, UTC_TIMESTAMP())", id, labels[i], i + 1, user_id("mkt_staff"));
		hc_sql(sql, NULL, 0);
	}
	path_of(path, sizeof path, "/requests/%lld", id);
	struct hc *c = as("mkt_staff");
	assert_int_equal(hc_get(c, path), 200);
	const char *f1 = strstr(c->body, "order-1.pdf"), *f2 = strstr(c->body, "order-2.pdf");
	const char *f3 = strstr(c->body, "order-3.pdf");
	assert_true(f1 && f2 && f3 && f1 < f2 && f2 < f3);
	const char *cc = strstr(c->body, "<li class=\"cc\">");
	assert_non_null(cc);
	const char *n1 = strstr(cc, sql_str("SELECT display_name FROM users WHERE id = %lld", first));
	const char *n2 = strstr(cc, sql_str("SELECT display_name FROM users WHERE id = %lld", second));
	assert_true(n1 && n2 && n1 < n2);
	snprintf(sql, sizeof sql, "DELETE FROM attachments WHERE request_id = %lld", id);
	hc_sql(sql, NULL, 0);
	assert_int_equal(withdraw("mkt_staff", id), 303);
}

/* 更多操作 finds people by name, pinyin initials or login, on the server;
 * nobody is preselected. */
static void test_LI10_people_found_by_name_initials_or_login(void **state)
{
	(void)state;
	long long a = file_probe("mkt_staff", "single");   /* waits on mkt_head */
	struct hc *c = as("mkt_head");
	char path[600];
	snprintf(path, sizeof path, "/requests/%lld", a);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "张伟 (mkt_staff)</option>") && hc_has(c, "李强 (mkt_head)</option>"));
	assert_false(hc_has(c, " selected>"));
	snprintf(path, sizeof path, "/requests/%lld?who=zw", a);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "张伟 (mkt_staff)</option>"));
	assert_false(hc_has(c, "李强 (mkt_head)</option>"));
	assert_true(hc_has(c, "<details class=\"more-actions\" open>"));
	snprintf(path, sizeof path, "/requests/%lld?who=%%E6%%9D%%8E", a);   /* 李 */
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "李强 (mkt_head)</option>"));
	assert_false(hc_has(c, "张伟 (mkt_staff)</option>"));
	snprintf(path, sizeof path, "/requests/%lld?who=MKT_H", a);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "李强 (mkt_head)</option>"));
	assert_false(hc_has(c, "周敏 (mkt_deputy)</option>"));
	snprintf(path, sizeof path, "/requests/%lld?who=qqqqq", a);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "没有找到匹配的人员"));
	snprintf(path, sizeof path, "/requests/%lld?who=%s", a, "0123456789012345678901234567890123");
	assert_int_equal(hc_get(c, path), 400);   /* longer than the field allows */
	/* at its limit of 32 characters in 3- and 4-byte characters: searched whole, echoed whole */
	char q[32 * 12 + 1], want[32 * 4 + 1];
	static const char *const chars[][2] = {{"%E6%9D%8E", "李"}, {"%F0%A0%80%80", "𠀀"}};
	for (int c4 = 0; c4 < 2; c4++) {
		q[0] = want[0] = '\0';
		for (int i = 0; i < 32; i++) {
			strcat(q, chars[c4][0]);
			strcat(want, chars[c4][1]);
		}
		snprintf(path, sizeof path, "/requests/%lld?who=%s", a, q);
		assert_int_equal(hc_get(c, path), 200);
		assert_true(hc_has(c, want));
		assert_true(hc_has(c, "没有找到匹配的人员"));
		snprintf(path, sizeof path, "/requests/%lld?who=%s%s", a, q, chars[c4][0]);
		assert_int_equal(hc_get(c, path), 400);
	}
	assert_int_equal(withdraw("mkt_staff", a), 303);
}

/* On a phone every list is a column of cards: each cell names its column
 * (data-label) and the state is a chip coloured by its key. */
static void test_LI08_list_cells_carry_their_column_for_cards(void **state)
{
	(void)state;
	long long a = file_probe("mkt_staff", "single");
	struct hc *c = as("mkt_head");
	c->keep_labels = 1;
	char path[128];
	snprintf(path, sizeof path, "/lists/inbox?q=%s", number_of(a));
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "<table class=\"cards\">"));
	assert_true(hc_has(c, "<td data-label=\"编号\"><a href=\"/requests/"));
	assert_true(hc_has(c, "<td data-label=\"状态\"><span class=\"chip state-in_approval\">"));
	assert_true(hc_has(c, "<td class=\"pick\" data-label=\""));
	/* the same page read by every other test: the labels are dropped */
	c->keep_labels = 0;
	assert_int_equal(hc_get(c, path), 200);
	assert_false(hc_has(c, "data-label"));
}

static void test_LI01_each_list_shows_its_own_rows(void **state)
{
	(void)state;
	long long a = file_probe("mkt_staff", "single");
	long long b = file_probe("mkt_staff", "any");   /* finance or hr_clerk, Cc office */
	/* 待我审批 */
	assert_true(listed("mkt_head", "inbox", NULL, a));
	assert_false(listed("mkt_head", "inbox", NULL, b));
	assert_true(listed("finance", "inbox", NULL, b));
	assert_true(listed("hr_clerk", "inbox", NULL, b));
	assert_false(listed("mkt_deputy", "inbox", NULL, a));
	assert_false(listed("mkt_staff", "inbox", NULL, a));
	/* the old addresses show the same lists */
	assert_int_equal(hc_get(as("mkt_head"), "/inbox"), 200);
	assert_true(hc_has(as("mkt_head"), number_of(a)));
	/* 我的申请 */
	assert_true(listed("mkt_staff", "mine", NULL, a));
	assert_true(listed("mkt_staff", "mine", NULL, b));
	assert_false(listed("mkt_staff2", "mine", NULL, a));
	assert_false(listed("mkt_head", "mine", NULL, a));
	/* 抄送我的 */
	assert_true(listed("office", "cc", NULL, b));
	assert_false(listed("office", "cc", NULL, a));
	assert_false(listed("finance", "cc", NULL, b));
	/* 我已审批: after the decision, out of the inbox and into done */
	assert_false(listed("mkt_head", "done", NULL, a));
	assert_int_equal(decide("mkt_head", a, "approve", "", 0), 303);
	assert_true(listed("mkt_head", "done", NULL, a));
	assert_false(listed("mkt_head", "inbox", NULL, a));
	assert_int_equal(decide("hr_clerk", b, "approve", "", 0), 303);
	assert_true(listed("hr_clerk", "done", NULL, b));
	assert_false(listed("finance", "done", NULL, b));   /* the other one of the pair decided nothing */
	assert_false(listed("finance", "inbox", NULL, b));
	assert_int_equal(hc_get(as("mkt_head"), "/lists/nosuchlist"), 404);
}

static void test_LI02_filters_type_state_dates_and_text(void **state)
{
	(void)state;
	char extra[128], d0[11], d1[11], dm1[11];
	long long open = file_probe("mkt_staff", "single");
	long long done = file_probe("mkt_staff", "single");
	assert_int_equal(decide("mkt_head", done, "approve", "", 0), 303);
	assert_string_equal(state_of(done), "approved");
	/* type */
	assert_true(listed("mkt_staff", "mine", "&type=probe", open));
	assert_false(listed("mkt_staff", "mine", "&type=supplies", open));
	assert_true(hc_has(as("mkt_staff"), "没有符合条件的申请。"));
	/* state */
	assert_true(listed("mkt_staff", "mine", "&state=approved", done));
	assert_false(listed("mkt_staff", "mine", "&state=approved", open));
	assert_true(listed("mkt_staff", "mine", "&state=in_approval", open));
	assert_false(listed("mkt_staff", "mine", "&state=in_approval", done));
	/* submission date: today is in, tomorrow on and up to yesterday are out */
	shanghai_day(d0, 0);
	shanghai_day(d1, 1);
	shanghai_day(dm1, -1);
	snprintf(extra, sizeof extra, "&from=%s&to=%s", d0, d0);
	assert_true(listed("mkt_staff", "mine", extra, open));
	snprintf(extra, sizeof extra, "&from=%s", d1);
	assert_false(listed("mkt_staff", "mine", extra, open));
	snprintf(extra, sizeof extra, "&to=%s", dm1);
	assert_false(listed("mkt_staff", "mine", extra, open));
	/* text: the number alone */
	char path[128];
	snprintf(path, sizeof path, "/lists/mine?q=%s", number_of(open));
	assert_int_equal(hc_get(as("mkt_staff"), path), 200);
	assert_true(hc_has(as("mkt_staff"), number_of(open)));
	assert_false(hc_has(as("mkt_staff"), number_of(done)));
	/* a bad date is an error on the form, not a failure */
	assert_int_equal(hc_get(as("mkt_staff"), "/lists/mine?from=2026-13-45"), 200);
	/* text that looks like SQL is just text */
	assert_int_equal(hc_get(as("mkt_staff"), "/lists/mine?q=%25%27%20OR%201%3D1%20--"), 200);
	assert_false(hc_has(as("mkt_staff"), number_of(open)));
	/* filters combine, in the inbox too */
	assert_true(listed("mkt_head", "inbox", "&type=probe&state=in_approval", open));
	assert_false(listed("mkt_head", "inbox", "&state=approved", open));
	assert_int_equal(withdraw("mkt_staff", open), 303);
}

static void test_LI03_pages_in_a_stable_order_without_gaps_or_repeats(void **state)
{
	(void)state;
	enum { N = 23 };
	long long ids[N];
	char note[64], extra[64];
	/* twice over: the same rows on the same pages each time */
	for (int i = 0; i < N; i++) {
		snprintf(note, sizeof note, "page-%s-%02d", tag, i);
		ids[i] = file_note("mkt_staff2", "single", note);
	}
	int seen[N] = {0};
	for (int pass = 0; pass < 2; pass++) {
		memset(seen, 0, sizeof seen);
		for (int page = 1; page <= 3; page++) {
			snprintf(extra, sizeof extra, "&page=%d", page);
			char path[128];
			snprintf(path, sizeof path, "/lists/mine?q=page-%s%s", tag, extra);
			assert_int_equal(hc_get(as("mkt_staff2"), path), 200);
			int on_page = 0;
			for (int i = 0; i < N; i++)
				if (hc_has(as("mkt_staff2"), number_of(ids[i]))) {
					seen[i]++;
					on_page++;
				}
			assert_int_equal(on_page, page == 1 ? 20 : page == 2 ? N - 20 : 0);
		}
		for (int i = 0; i < N; i++)
			assert_int_equal(seen[i], 1);
	}
	/* newest first: the last filed on page 1, the first filed on page 2 */
	char path[128];
	snprintf(path, sizeof path, "/lists/mine?q=page-%s&page=1", tag);
	assert_int_equal(hc_get(as("mkt_staff2"), path), 200);
	assert_true(hc_has(as("mkt_staff2"), number_of(ids[N - 1])));
	assert_false(hc_has(as("mkt_staff2"), number_of(ids[0])));
	const char *body = as("mkt_staff2")->body;
	const char *newest = strstr(body, number_of(ids[N - 1])), *older = strstr(body, number_of(ids[N - 2]));
	assert_true(newest && older && newest < older);
	for (int i = 0; i < N; i++)
		assert_int_equal(withdraw("mkt_staff2", ids[i]), 303);
}

static void test_LI04_nobody_lists_what_they_may_not_see(void **state)
{
	(void)state;
	static const char *const names[] = {"inbox", "done", "mine", "cc"};
	static const char *const outsiders[] = {"mkt_staff2", "ext_staff", "ext_head", "admin"};
	long long a = file_probe("mkt_staff", "single");
	long long b = file_probe("mkt_staff", "any");
	assert_int_equal(decide("mkt_head", a, "approve", "", 0), 303);
	char path[128];
	for (size_t u = 0; u < 4; u++)
		for (size_t n = 0; n < 4; n++) {
			struct hc *c = as(outsiders[u]);
			assert_int_equal(list(outsiders[u], names[n], NULL), 200);
			if (hc_has(c, number_of(a)) || hc_has(c, number_of(b)))
				fail_msg("%s sees mkt_staff's request in %s", outsiders[u], names[n]);
			snprintf(path, sizeof path, "/lists/%s/csv?q=%s", names[n], tag);
			assert_int_equal(hc_get(c, path), 200);
			if (hc_has(c, number_of(a)) || hc_has(c, number_of(b)))
				fail_msg("%s gets mkt_staff's request in %s.csv", outsiders[u], names[n]);
		}
	/* and a list needs a login */
	struct hc *anon = hc_new();
	assert_int_equal(hc_get(anon, "/lists/inbox"), 303);
	assert_int_equal(hc_get(anon, "/lists/mine/csv"), 303);
	hc_free(anon);
	assert_int_equal(withdraw("mkt_staff", b), 303);
}

static void test_LI05_csv_is_utf8_with_bom_and_the_same_rows(void **state)
{
	(void)state;
	char path[128];
	long long a = file_probe("mkt_staff", "single");
	struct hc *c = as("mkt_staff");
	snprintf(path, sizeof path, "/lists/mine/csv?q=%s", tag);
	assert_int_equal(hc_get(c, path), 200);
	const char *ct = hc_header(c, "Content-Type");
	assert_non_null(ct);
	assert_int_equal(strncmp(ct, "text/csv", 8), 0);
	assert_non_null(strstr(ct, "charset=utf-8"));
	const char *cd = hc_header(c, "Content-Disposition");
	assert_non_null(cd);
	assert_non_null(strstr(cd, "attachment"));
	assert_non_null(strstr(cd, "mine.csv"));
	assert_true(c->len > 3);
	assert_memory_equal(c->body, "\xEF\xBB\xBF", 3);
	assert_true(hc_has(c, "编号"));
	assert_true(hc_has(c, number_of(a)));
	assert_true(hc_has(c, "审批中"));
	/* the filters apply to the CSV too */
	snprintf(path, sizeof path, "/lists/mine/csv?q=%s&state=approved", tag);
	assert_int_equal(hc_get(c, path), 200);
	assert_memory_equal(c->body, "\xEF\xBB\xBF", 3);
	assert_false(hc_has(c, number_of(a)));
	/* the approver's inbox as CSV */
	snprintf(path, sizeof path, "/lists/inbox/csv?q=%s", tag);
	assert_int_equal(hc_get(as("mkt_head"), path), 200);
	assert_true(hc_has(as("mkt_head"), number_of(a)));
	assert_int_equal(withdraw("mkt_staff", a), 303);
}

/* POST /lists/inbox/bulk as login with pick=<id>:<version> for each. */
static long bulk(const char *login, const long long *ids, const long long *versions, size_t n)
{
	const char *p[2 * 8 + 1];
	char vals[8][48];
	assert_true(n <= 8);
	for (size_t i = 0; i < n; i++) {
		snprintf(vals[i], sizeof vals[i], "%lld:%lld", ids[i], versions[i]);
		p[2 * i] = "pick";
		p[2 * i + 1] = vals[i];
	}
	p[2 * n] = NULL;
	assert_int_equal(list(login, "inbox", NULL), 200);   /* the page the form is on */
	return hc_post(as(login), "/lists/inbox/bulk", p);
}

/* The result line of item id on the bulk result page. */
static int result_is(struct hc *c, long long id, const char *cls, const char *text)
{
	char want[256];
	snprintf(want, sizeof want, "<li class=\"%s\"><a href=\"/requests/%lld\">#%lld</a>: %s</li>", cls, id, id, text);
	return hc_has(c, want);
}

static void test_LI06_bulk_approve_plain_steps_only_one_result_per_item(void **state)
{
	(void)state;
	char box[64];
	long long p1 = file_probe("mkt_staff", "single");
	long long p2 = file_probe("mkt_staff", "single");
	long long two = file_probe("mkt_staff", "two");   /* a signature: never in bulk */
	long long all = file_probe("mkt_staff", "all");   /* 会签: never in bulk */
	long long stale = file_probe("mkt_staff", "single");
	long long foreign = file_probe("ext_staff", "single");   /* ext_head's, not mkt_head's */
	/* the inbox offers a box for plain steps only */
	assert_int_equal(list("mkt_head", "inbox", NULL), 200);
	snprintf(box, sizeof box, "value=\"%lld:%lld\"", p1, version_of(p1));
	assert_true(hc_has(as("mkt_head"), box));
	snprintf(box, sizeof box, "value=\"%lld:%lld\"", two, version_of(two));
	assert_false(hc_has(as("mkt_head"), box));
	snprintf(box, sizeof box, "value=\"%lld:%lld\"", all, version_of(all));
	assert_false(hc_has(as("mkt_head"), box));
	long long vtwo = version_of(two), vall = version_of(all), vstale = version_of(stale);
	long long vforeign = version_of(foreign);
	long long ids[] = {p1, two, all, stale, foreign, p2};
	long long versions[] = {version_of(p1), vtwo, vall, vstale - 1, vforeign, version_of(p2)};
	assert_int_equal(bulk("mkt_head", ids, versions, 6), 200);
	struct hc *h = as("mkt_head");
	assert_true(result_is(h, p1, "ok", "已同意"));
	assert_true(result_is(h, p2, "ok", "已同意"));
	assert_true(result_is(h, two, "failed", "此环节不能批量审批（会签、签署和办理环节需逐一处理）。"));
	assert_true(result_is(h, all, "failed", "此环节不能批量审批（会签、签署和办理环节需逐一处理）。"));
	assert_true(result_is(h, stale, "failed", "已被处理或已变更，未操作"));
	assert_true(result_is(h, foreign, "failed", "未能处理"));
	/* each item decided on its own */
	assert_string_equal(state_of(p1), "approved");
	assert_string_equal(state_of(p2), "approved");
	assert_int_equal(version_of(two), vtwo);
	assert_int_equal(version_of(all), vall);
	assert_int_equal(version_of(stale), vstale);
	assert_int_equal(version_of(foreign), vforeign);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM audit WHERE object_type = 'request' AND object_id IN"
	                          " (%lld, %lld, %lld, %lld) AND action = 'approve'", two, all, stale, foreign),
	    0);
	/* the same picks again: already decided */
	long long again_ids[] = {p1};
	long long again_v[] = {versions[0]};
	assert_int_equal(bulk("mkt_head", again_ids, again_v, 1), 200);
	assert_true(result_is(h, p1, "failed", "已被处理或已变更，未操作"));
	/* a pick that is not <id>:<version>, or no CSRF token: nothing at all */
	const char *badp[] = {"pick", "12;DROP", NULL};
	assert_int_equal(list("mkt_head", "inbox", NULL), 200);
	assert_int_equal(hc_post(h, "/lists/inbox/bulk", badp), 400);
	char pick[48];
	snprintf(pick, sizeof pick, "%lld:%lld", stale, vstale);
	const char *nocsrf[] = {"pick", pick, "csrf", "00", NULL};
	assert_int_equal(hc_post(h, "/lists/inbox/bulk", nocsrf), 403);
	assert_int_equal(version_of(stale), vstale);
	/* the requester cannot bulk-approve his own */
	long long own_ids[] = {stale};
	long long own_v[] = {vstale};
	assert_int_equal(bulk("mkt_staff", own_ids, own_v, 1), 200);
	assert_true(result_is(as("mkt_staff"), stale, "failed", "未能处理"));
	assert_int_equal(version_of(stale), vstale);
	assert_int_equal(withdraw("mkt_staff", two), 303);
	assert_int_equal(withdraw("mkt_staff", all), 303);
	assert_int_equal(withdraw("mkt_staff", stale), 303);
	assert_int_equal(withdraw("ext_staff", foreign), 303);
}

static void test_LI07_printable_sheet_for_those_who_may_read(void **state)
{
	(void)state;
	char path[64];
	long long id = file_probe("mkt_staff", "single");
	assert_int_equal(decide("mkt_head", id, "approve", "printed ok", 0), 303);
	snprintf(path, sizeof path, "/requests/%lld/print", id);
	struct hc *c = as("mkt_staff");
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "审批单"));
	assert_true(hc_has(c, number_of(id)));
	assert_true(hc_has(c, "printed ok"));
	assert_true(hc_has(c, "李强"));         /* the approver */
	assert_true(hc_has(c, "提交了申请"));   /* the timeline */
	assert_true(hc_has(c, "审批通过"));
	assert_true(hc_has(c, "print.css"));
	assert_false(hc_has(c, "name=\"action\""));   /* a sheet, no buttons */
	assert_int_equal(hc_get(as("mkt_head"), path), 200);
	assert_int_equal(hc_get(as("mkt_staff2"), path), 403);
	assert_int_equal(hc_get(as("ext_head"), path), 403);
	struct hc *anon = hc_new();
	assert_int_equal(hc_get(anon, path), 303);
	hc_free(anon);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_LI01_each_list_shows_its_own_rows),
		cmocka_unit_test(test_LI02_filters_type_state_dates_and_text),
		cmocka_unit_test(test_LI03_pages_in_a_stable_order_without_gaps_or_repeats),
		cmocka_unit_test(test_LI04_nobody_lists_what_they_may_not_see),
		cmocka_unit_test(test_LI05_csv_is_utf8_with_bom_and_the_same_rows),
		cmocka_unit_test(test_LI06_bulk_approve_plain_steps_only_one_result_per_item),
		cmocka_unit_test(test_LI07_printable_sheet_for_those_who_may_read),
		cmocka_unit_test(test_LI08_list_cells_carry_their_column_for_cards),
		cmocka_unit_test(test_LI09_request_page_tells_one_story),
		cmocka_unit_test(test_LI09_copies_and_files_in_the_order_they_came),
		cmocka_unit_test(test_LI10_people_found_by_name_initials_or_login),
	};
	return cmocka_run_group_tests(tests, fixture_new_run, fixture_forget_clients);
}
