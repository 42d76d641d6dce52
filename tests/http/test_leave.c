/*
 * test_leave.c - leave requests and outings over real HTTP, with the
 * settable clock: LV-01..LV-05, LV-11, LV-12, balances, cancel and 销假.
 *
 * Every leave lies in 2031, one test per month, so tests do not meet each
 * other; the setup withdraws the leave requests of earlier runs so the
 * file runs again on the same stack.  Sessions do not survive a jump of
 * the clock (idle timeout), so each jump logs everyone in again.
 * The work calendar used (set through the admin page): National Day
 * 2031-10-01..10-07 off, Sunday 09-28 and Saturday 10-11 worked (调休).
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

#include "client.h"

/* ---- helpers --------------------------------------------------------- */

struct leave {
	const char *kind, *first, *first_part, *last, *last_part, *statement;
	const char *on_behalf;   /* user id as text, or NULL */
	int with_cert;
	const char *reason;      /* NULL: "test leave" */
	int draft;               /* save as a draft */
	long long version;       /* an edit of a returned request or a draft */
};

static size_t add(char *buf, size_t len, size_t cap, const char *s, size_t n)
{
	if (len + n < cap) {
		memcpy(buf + len, s, n);
		len += n;
	}
	return len;
}

static size_t part(char *buf, size_t len, size_t cap, const char *name, const char *value)
{
	char head[256];
	int n = snprintf(head, sizeof head, "--XlvX\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n", name);
	len = add(buf, len, cap, head, (size_t)n);
	len = add(buf, len, cap, value, strlen(value));
	return add(buf, len, cap, "\r\n", 2);
}

/* A tiny PNG: the content is what is checked, not the name. */
static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\x08\x02\0\0\0\x90wS\xde";

/* POST the leave form (multipart, as the browser sends it) to path. */
static long post_leave(struct hc *c, const char *path, const struct leave *l)
{
	static char body[65536];
	char v[24];
	size_t len = 0, cap = sizeof body;
	assert_int_equal(hc_get(c, "/new/leave"), 200);
	len = part(body, len, cap, "csrf", c->csrf);
	len = part(body, len, cap, "kind", l->kind);
	len = part(body, len, cap, "first", l->first);
	len = part(body, len, cap, "first_part", l->first_part ? l->first_part : "whole");
	len = part(body, len, cap, "last", l->last);
	len = part(body, len, cap, "last_part", l->last_part ? l->last_part : "whole");
	len = part(body, len, cap, "reason", l->reason ? l->reason : "test leave");
	if (l->draft)
		len = part(body, len, cap, "draft", "1");
	if (l->version) {
		snprintf(v, sizeof v, "%lld", l->version);
		len = part(body, len, cap, "version", v);
	}
	len = part(body, len, cap, "statement", l->statement ? l->statement : "");
	if (l->on_behalf)
		len = part(body, len, cap, "on_behalf_of", l->on_behalf);
	if (l->with_cert) {
		const char *h = "--XlvX\r\nContent-Disposition: form-data; name=\"certificate\"; filename=\"cert.png\"\r\n"
		                "Content-Type: image/png\r\n\r\n";
		len = add(body, len, cap, h, strlen(h));
		len = add(body, len, cap, png, sizeof png - 1);
		len = add(body, len, cap, "\r\n", 2);
	}
	len = add(body, len, cap, "--XlvX--\r\n", 10);
	return hc_post_raw(c, path, "multipart/form-data; boundary=XlvX", body, len);
}

static long file_leave(const char *login, const struct leave *l) { return post_leave(as(login), "/new/leave", l); }

static long preview(const char *login, const struct leave *l) { return post_leave(as(login), "/new/leave/check", l); }

static void calendar_day(const char *day, const char *kind)
{
	struct hc *a = as("admin");
	assert_int_equal(hc_get(a, "/admin/calendar?year=2031"), 200);
	const char *p[] = {"day", day, "kind", kind, "name", "test", NULL};
	assert_int_equal(hc_post(a, "/admin/calendar", p), 303);
}

static int setup(void **state)
{
	(void)state;
	hc_clock("");
	hc_sql("UPDATE requests SET state = 'withdrawn' WHERE type IN ('leave', 'outing')", NULL, 0);
	hc_sql("DELETE FROM leave_balances", NULL, 0);
	static const char *const off[] = {"2031-10-01", "2031-10-02", "2031-10-03", "2031-10-06", "2031-10-07"};
	for (size_t i = 0; i < 5; i++)
		calendar_day(off[i], "holiday");
	calendar_day("2031-09-28", "workday");
	calendar_day("2031-10-11", "workday");
	return 0;
}

/* ---- LV-01 ------------------------------------------------------------ */

static void test_LV01_preview_counts_work_calendar(void **state)
{
	(void)state;
	clock_wall(2031, 9, 20, 10, 0, 0);
	/* Fri 09-26 .. Sat 10-11: 09-26, 28 (make-up Sunday), 29, 30, 10-08,
	 * 09, 10, 11 (make-up Saturday) = 8; plain weeks would give 11. */
	struct leave l = {"sick", "2031-09-26", NULL, "2031-10-11", NULL, NULL, NULL, 1, NULL, 0, 0};
	assert_int_equal(preview("mkt_staff", &l), 200);
	assert_true(hc_has(as("mkt_staff"), "<strong>8</strong>"));
	/* The rules in plain Chinese, and who will approve. */
	assert_true(hc_has(as("mkt_staff"), "病假须在上班前 60 分钟提出"));
	assert_true(hc_has(as("mkt_staff"), "审批人："));
	assert_true(hc_has(as("mkt_staff"), "李强"));
	/* Half days: from the afternoon of 09-26 to the morning of 09-29 = 2. */
	struct leave h = {"sick", "2031-09-26", "afternoon", "2031-09-29", "morning", NULL, NULL, 0, NULL, 0, 0};
	assert_int_equal(preview("mkt_staff", &h), 200);
	assert_true(hc_has(as("mkt_staff"), "<strong>2</strong>"));
	/* Only holidays: nothing to ask for, and submission refuses it. */
	struct leave off = {"sick", "2031-10-02", NULL, "2031-10-03", NULL, NULL, NULL, 0, NULL, 0, 0};
	assert_int_equal(file_leave("mkt_staff", &off), 400);
	assert_true(hc_has(as("mkt_staff"), "没有工作日"));
}

/* ---- LV-02 ------------------------------------------------------------ */

static void test_LV02_sick_0749_accepted_0751_refused(void **state)
{
	(void)state;
	struct leave l = {"sick", "2031-03-03", NULL, "2031-03-03", NULL, NULL, NULL, 0, NULL, 0, 0};
	clock_wall(2031, 3, 3, 7, 49, 0);
	assert_int_equal(file_leave("mkt_staff", &l), 303);
	clock_wall(2031, 3, 3, 7, 51, 0);
	long long before = sql_num("SELECT COUNT(*) FROM requests WHERE type = 'leave'");
	assert_int_equal(file_leave("mkt_staff2", &l), 400);
	assert_true(hc_has(as("mkt_staff2"), "已超过时限"));
	assert_int_equal(sql_num("SELECT COUNT(*) FROM requests WHERE type = 'leave'"), before);
}

static void test_LV02_head_files_late_sick_leave_and_cannot_approve(void **state)
{
	(void)state;
	char who[24];
	snprintf(who, sizeof who, "%lld", user_id("mkt_staff2"));
	struct leave l = {"sick", "2031-03-03", NULL, "2031-03-03", NULL, NULL, who, 0, NULL, 0, 0};
	clock_wall(2031, 3, 3, 8, 30, 0);
	assert_int_equal(file_leave("mkt_head", &l), 303);
	long long id = id_from_location(as("mkt_head"));
	assert_int_equal(audit_action(id, "leave_filed_late_for"), 1);
	assert_int_equal(sql_numf("SELECT filed_by_id <> requester_id FROM requests WHERE id = %lld", id), 1);
	/* The head filed it, so the approval goes past the head. */
	assert_string_equal(pending(id), "director");
	assert_int_equal(decide_on_page("mkt_head", id, "approve"), 403);
	/* A head of another department cannot file for this person. */
	assert_int_equal(file_leave("ext_head", &l), 400);
	assert_true(hc_has(as("ext_head"), "只有本人所在部门的部门经理"));
}

static void test_LV02_2330_utc_is_the_next_shanghai_day(void **state)
{
	(void)state;
	/* 2031-03-10 23:30 UTC is Tuesday 03-11 07:30 in Shanghai. */
	hc_clock("@1930951800");
	forget_clients();
	struct leave sick = {"sick", "2031-03-11", NULL, "2031-03-11", NULL, NULL, NULL, 0, NULL, 0, 0};
	assert_int_equal(file_leave("ext_staff", &sick), 303);      /* 07:30 < 07:50 */
	struct leave personal = {"personal", "2031-03-11", NULL, "2031-03-11", NULL, NULL, NULL, 0, NULL, 0, 0};
	assert_int_equal(file_leave("assistant", &personal), 400);  /* Monday 17:35 has passed */
	assert_true(hc_has(as("assistant"), "前一个工作日下班前"));
}

/* ---- LV-03 ------------------------------------------------------------ */

static void test_LV03_certificate_2_3_4_days(void **state)
{
	(void)state;
	clock_wall(2031, 4, 1, 10, 0, 0);
	struct leave two = {"sick", "2031-04-07", NULL, "2031-04-08", NULL, NULL, NULL, 0, NULL, 0, 0};
	assert_int_equal(preview("mkt_staff", &two), 200);
	assert_false(hc_has(as("mkt_staff"), "id=\"fact-cert\""));
	struct leave three = {"sick", "2031-04-14", NULL, "2031-04-16", NULL, NULL, NULL, 0, NULL, 0, 0};
	assert_int_equal(preview("mkt_staff", &three), 200);
	assert_true(hc_has(as("mkt_staff"), "整个假期将按事假处理"));
	assert_int_equal(file_leave("mkt_staff", &three), 303);
	long long id3 = id_from_location(as("mkt_staff"));
	assert_string_equal(sql_str("SELECT counted_as FROM leave_requests WHERE request_id = %lld", id3), "personal");
	assert_int_equal(audit_action(id3, "leave_counted_personal"), 1);
	struct leave four = {"sick", "2031-04-21", NULL, "2031-04-24", NULL, NULL, NULL, 1, NULL, 0, 0};
	assert_int_equal(file_leave("mkt_staff", &four), 303);
	long long id4 = id_from_location(as("mkt_staff"));
	assert_string_equal(sql_str("SELECT counted_as FROM leave_requests WHERE request_id = %lld", id4), "sick");
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM attachments WHERE request_id = %lld AND label = 'certificate'", id4),
	    1);
	/* The boundary is a setting: from four days, three need nothing. */
	hc_sql("UPDATE settings SET value = 4 WHERE name = 'sick_cert_days'", NULL, 0);
	assert_int_equal(preview("mkt_staff2", &three), 200);
	assert_false(hc_has(as("mkt_staff2"), "整个假期将按事假处理"));
	hc_sql("UPDATE settings SET value = 3 WHERE name = 'sick_cert_days'", NULL, 0);
	assert_int_equal(file_leave("mkt_staff2", &three), 303);
	long long late = id_from_location(as("mkt_staff2"));

	/* Added within three working days after 04-16 (i.e. by 04-21): sick again. */
	clock_wall(2031, 4, 21, 10, 0, 0);
	static char body[2048];
	char path[64];
	snprintf(path, sizeof path, "/requests/%lld", id3);
	struct hc *c = as("mkt_staff");
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "补交医院证明"));
	size_t len = part(body, 0, sizeof body, "csrf", c->csrf);
	const char *h = "--XlvX\r\nContent-Disposition: form-data; name=\"certificate\"; filename=\"c.png\"\r\n\r\n";
	len = add(body, len, sizeof body, h, strlen(h));
	len = add(body, len, sizeof body, png, sizeof png - 1);
	len = add(body, len, sizeof body, "\r\n--XlvX--\r\n", 12);
	snprintf(path, sizeof path, "/leave/%lld/certificate", id3);
	assert_int_equal(hc_post_raw(c, path, "multipart/form-data; boundary=XlvX", body, len), 303);
	assert_string_equal(sql_str("SELECT counted_as FROM leave_requests WHERE request_id = %lld", id3), "sick");
	assert_int_equal(audit_action(id3, "leave_certificate"), 1);
	/* A day later it is too late. */
	clock_wall(2031, 4, 22, 10, 0, 0);
	c = as("mkt_staff2");
	snprintf(path, sizeof path, "/requests/%lld", late);
	assert_int_equal(hc_get(c, path), 200);
	len = part(body, 0, sizeof body, "csrf", c->csrf);
	len = add(body, len, sizeof body, h, strlen(h));
	len = add(body, len, sizeof body, png, sizeof png - 1);
	len = add(body, len, sizeof body, "\r\n--XlvX--\r\n", 12);
	snprintf(path, sizeof path, "/leave/%lld/certificate", late);
	assert_int_equal(hc_post_raw(c, path, "multipart/form-data; boundary=XlvX", body, len), 200);
	assert_true(hc_has(c, "已超过补交证明的期限"));
	assert_string_equal(sql_str("SELECT counted_as FROM leave_requests WHERE request_id = %lld", late), "personal");
}

/* ---- LV-04 ------------------------------------------------------------ */

static void test_LV04_personal_by_end_of_previous_working_day(void **state)
{
	(void)state;
	struct leave tue = {"personal", "2031-05-06", NULL, "2031-05-06", NULL, NULL, NULL, 0, NULL, 0, 0};
	clock_wall(2031, 5, 5, 17, 34, 0);
	assert_int_equal(file_leave("mkt_staff", &tue), 303);
	clock_wall(2031, 5, 5, 17, 35, 0);
	assert_int_equal(file_leave("mkt_staff2", &tue), 400);
	assert_true(hc_has(as("mkt_staff2"), "前一个工作日下班前"));
	/* A Monday leave by Friday 17:35; Saturday is too late. */
	struct leave mon = {"personal", "2031-05-12", NULL, "2031-05-12", NULL, NULL, NULL, 0, NULL, 0, 0};
	clock_wall(2031, 5, 10, 9, 0, 0);
	assert_int_equal(file_leave("ext_staff", &mon), 400);
}

/* ---- LV-05 ------------------------------------------------------------ */

static long long steps_of(long long id) { return sql_numf("SELECT COUNT(*) FROM request_steps WHERE request_id = %lld", id); }

static void test_LV05_personal_over_three_days_statement_and_gm(void **state)
{
	(void)state;
	clock_wall(2031, 6, 2, 9, 0, 0);
	struct leave three = {"personal", "2031-06-09", NULL, "2031-06-11", NULL, NULL, NULL, 0, NULL, 0, 0};
	assert_int_equal(file_leave("mkt_staff", &three), 303);
	assert_int_equal(steps_of(id_from_location(as("mkt_staff"))), 1);
	struct leave four = {"personal", "2031-06-09", NULL, "2031-06-12", NULL, NULL, NULL, 0, NULL, 0, 0};
	assert_int_equal(file_leave("mkt_staff2", &four), 400);
	assert_true(hc_has(as("mkt_staff2"), "须填写书面报告"));
	four.statement = "家中有事，需回老家处理。";
	assert_int_equal(file_leave("mkt_staff2", &four), 303);
	long long id = id_from_location(as("mkt_staff2"));
	assert_int_equal(steps_of(id), 2);
	assert_int_equal(decide_on_page("mkt_head", id, "approve"), 303);
	assert_string_equal(pending(id), "gm");
	/* 3.5 days is more than three. */
	struct leave half = {"personal", "2031-06-16", NULL, "2031-06-19", "morning", "书面报告", NULL, 0, NULL, 0, 0};
	assert_int_equal(file_leave("ext_staff", &half), 303);
	assert_int_equal(steps_of(id_from_location(as("ext_staff"))), 2);
}

/* ---- LV-12 ------------------------------------------------------------ */

static void test_LV12_overlapping_requests_refused(void **state)
{
	(void)state;
	clock_wall(2031, 7, 1, 9, 0, 0);
	struct leave a = {"personal", "2031-07-07", NULL, "2031-07-08", NULL, NULL, NULL, 0, NULL, 0, 0};
	assert_int_equal(file_leave("mkt_staff", &a), 303);
	struct leave b = {"sick", "2031-07-08", "afternoon", "2031-07-08", NULL, NULL, NULL, 0, NULL, 0, 0};
	assert_int_equal(file_leave("mkt_staff", &b), 400);
	assert_true(hc_has(as("mkt_staff"), "重叠"));
	struct leave c = {"sick", "2031-07-09", NULL, "2031-07-09", NULL, NULL, NULL, 0, NULL, 0, 0};
	assert_int_equal(file_leave("mkt_staff", &c), 303);
	/* Morning and afternoon of one day do not overlap. */
	struct leave am = {"personal", "2031-07-07", "morning", "2031-07-07", NULL, NULL, NULL, 0, NULL, 0, 0};
	struct leave pm = {"personal", "2031-07-07", "afternoon", "2031-07-07", NULL, NULL, NULL, 0, NULL, 0, 0};
	assert_int_equal(file_leave("mkt_staff2", &am), 303);
	assert_int_equal(file_leave("mkt_staff2", &pm), 303);
	/* Another person's leave is no overlap. */
	assert_int_equal(file_leave("ext_staff", &a), 303);
}

/* ---- balances ------------------------------------------------------- */

static void test_annual_balance_statutory_and_set(void **state)
{
	(void)state;
	clock_wall(2031, 8, 1, 9, 0, 0);
	/* Working since 2018-03-01: 13 years -> 10 days (statutory scale). */
	struct leave ten = {"annual", "2031-08-04", NULL, "2031-08-15", NULL, NULL, NULL, 0, NULL, 0, 0};
	assert_int_equal(file_leave("mkt_staff", &ten), 303);
	struct leave more = {"annual", "2031-08-18", NULL, "2031-08-18", "morning", NULL, NULL, 0, NULL, 0, 0};
	assert_int_equal(file_leave("mkt_staff", &more), 400);
	assert_true(hc_has(as("mkt_staff"), "超出剩余假期额度"));
	/* An entitlement set for the year replaces the scale: 2 days. */
	char sql[256];
	snprintf(sql, sizeof sql, "INSERT INTO leave_balances VALUES (%lld, 2031, 'annual', 4)", user_id("mkt_staff2"));
	assert_int_equal(hc_sql(sql, NULL, 0), 0);
	struct leave three = {"annual", "2031-08-04", NULL, "2031-08-06", NULL, NULL, NULL, 0, NULL, 0, 0};
	assert_int_equal(file_leave("mkt_staff2", &three), 400);
	struct leave two = {"annual", "2031-08-04", NULL, "2031-08-05", NULL, NULL, NULL, 0, NULL, 0, 0};
	assert_int_equal(file_leave("mkt_staff2", &two), 303);
	/* The form shows used and pending. */
	assert_int_equal(hc_get(as("mkt_staff2"), "/new/leave"), 200);
	assert_true(hc_has(as("mkt_staff2"), "<td>年休假</td><td>2</td><td>0</td><td>2</td><td>0</td>"));
}

/* ---- cancel and 销假 ------------------------------------------------- */

static void test_cancel_before_start_and_report_back_early(void **state)
{
	(void)state;
	char path[64];
	clock_wall(2031, 9, 1, 9, 0, 0);
	/* Tuesday to Thursday, then Monday to Wednesday: Friday is worked
	 * between them, so they are two absences, not one of six days. */
	struct leave a = {"personal", "2031-09-02", NULL, "2031-09-04", NULL, NULL, NULL, 0, NULL, 0, 0};
	assert_int_equal(file_leave("ext_staff", &a), 303);
	long long ida = id_from_location(as("ext_staff"));
	assert_int_equal(decide_on_page("ext_head", ida, "approve"), 303);
	struct leave b = {"personal", "2031-09-08", NULL, "2031-09-10", NULL, NULL, NULL, 0, NULL, 0, 0};
	assert_int_equal(file_leave("ext_staff", &b), 303);
	long long idb = id_from_location(as("ext_staff"));
	assert_int_equal(decide_on_page("ext_head", idb, "approve"), 303);
	/* Before it starts: cancelled. */
	snprintf(path, sizeof path, "/requests/%lld/cancel", ida);
	char v[24];
	snprintf(v, sizeof v, "%lld", version_of(ida));
	const char *p[] = {"version", v, "comment", "plans changed", "confirm", "1", NULL};
	assert_int_equal(hc_get(as("ext_staff"), "/new/leave"), 200);
	assert_int_equal(hc_post(as("ext_staff"), path, p), 303);
	assert_string_equal(state_of(ida), "cancelled");
	/* Once it has started: no cancel, but 销假 recounts the days. */
	clock_wall(2031, 9, 9, 9, 0, 0);
	snprintf(path, sizeof path, "/requests/%lld/cancel", idb);
	snprintf(v, sizeof v, "%lld", version_of(idb));
	assert_int_equal(hc_get(as("ext_staff"), "/new/leave"), 200);
	assert_int_not_equal(hc_post(as("ext_staff"), path, p), 303);
	assert_string_equal(state_of(idb), "approved");
	snprintf(path, sizeof path, "/leave/%lld/back", idb);
	const char *back[] = {"back_day", "2031-09-09", "back_part", "afternoon", NULL};
	assert_int_equal(hc_post(as("ext_staff"), path, back), 303);
	assert_int_equal(sql_numf("SELECT halfdays FROM leave_requests WHERE request_id = %lld", idb), 3);
	assert_int_equal(audit_action(idb, "leave_back"), 1);
}

/* ---- the whole absence, not one request (LV-03, LV-05) ---------------- */

static const char *counted(long long id)
{
	return sql_str("SELECT counted_as FROM leave_requests WHERE request_id = %lld", id);
}

/* Personal leave Mon-Wed and then Thu-Fri is one absence of five days: the
 * second part needs the written statement and the general manager, and
 * the first part, still waiting, is judged again and goes to him too. */
static void test_LV05_personal_leave_split_in_two_is_judged_whole(void **state)
{
	(void)state;
	clock_wall(2031, 1, 2, 9, 0, 0);
	struct leave first = {"personal", "2031-01-06", NULL, "2031-01-08", NULL, NULL, NULL, 0, NULL, 0, 0};
	assert_int_equal(file_leave("ext_staff", &first), 303);
	long long a = id_from_location(as("ext_staff"));
	assert_int_equal(steps_of(a), 1);
	struct leave second = {"personal", "2031-01-09", NULL, "2031-01-10", NULL, NULL, NULL, 0, NULL, 0, 0};
	assert_int_equal(file_leave("ext_staff", &second), 400);
	assert_true(error_beside(as("ext_staff"), "statement", NULL));
	assert_true(hc_has(as("ext_staff"), number_of(a)));   /* the run it joins is shown */
	second.statement = "家中老人住院，需连续请假照顾。";
	assert_int_equal(file_leave("ext_staff", &second), 303);
	long long b = id_from_location(as("ext_staff"));
	assert_int_equal(steps_of(b), 2);
	assert_int_equal(steps_of(a), 2);
	assert_int_equal(decide_on_page("ext_head", a, "approve"), 303);
	assert_string_equal(pending(a), "gm");
	assert_int_equal(audit_action(a, "rejudged"), 1);
}

/* Two back-to-back two-day sick leaves are four days of illness: without a
 * certificate both count as personal leave. */
static void test_LV03_back_to_back_sick_leaves_need_the_certificate(void **state)
{
	(void)state;
	clock_wall(2031, 2, 2, 10, 0, 0);
	struct leave first = {"sick", "2031-02-03", NULL, "2031-02-04", NULL, NULL, NULL, 0, NULL, 0, 0};
	assert_int_equal(file_leave("mkt_staff2", &first), 303);
	long long a = id_from_location(as("mkt_staff2"));
	assert_string_equal(counted(a), "sick");
	struct leave second = {"sick", "2031-02-05", NULL, "2031-02-06", NULL, NULL, NULL, 0, NULL, 0, 0};
	assert_int_equal(preview("mkt_staff2", &second), 200);
	assert_true(hc_has(as("mkt_staff2"), "整个假期将按事假处理"));
	assert_int_equal(file_leave("mkt_staff2", &second), 303);
	long long b = id_from_location(as("mkt_staff2"));
	assert_string_equal(counted(b), "personal");
	assert_string_equal(counted(a), "personal");
	/* Across a weekend it is the same illness: Thu-Fri, then Monday. */
	struct leave thu = {"sick", "2031-02-13", NULL, "2031-02-14", NULL, NULL, NULL, 0, NULL, 0, 0};
	assert_int_equal(file_leave("mkt_staff", &thu), 303);
	long long c = id_from_location(as("mkt_staff"));
	struct leave mon = {"sick", "2031-02-17", NULL, "2031-02-17", NULL, NULL, NULL, 1, NULL, 0, 0};
	assert_int_equal(file_leave("mkt_staff", &mon), 303);
	long long d = id_from_location(as("mkt_staff"));
	assert_string_equal(counted(d), "sick");   /* the certificate covers the whole illness */
	assert_string_equal(counted(c), "sick");
}

/* LV-03 counts the days of illness, Thursday to Sunday being four, unless
 * the setting says working days; the form says which. */
static void test_LV03_thursday_to_sunday_is_four_days_of_illness(void **state)
{
	(void)state;
	clock_wall(2031, 2, 19, 10, 0, 0);
	struct leave l = {"sick", "2031-02-20", NULL, "2031-02-23", NULL, NULL, NULL, 0, NULL, 0, 0};
	assert_int_equal(preview("ext_staff", &l), 200);
	assert_true(hc_has(as("ext_staff"), "按自然日计算"));
	assert_true(hc_has(as("ext_staff"), "整个假期将按事假处理"));
	hc_sql("UPDATE settings SET value = 0 WHERE name = 'sick_cert_calendar_days'", NULL, 0);
	assert_int_equal(preview("ext_staff", &l), 200);
	assert_true(hc_has(as("ext_staff"), "按工作日计算"));
	assert_false(hc_has(as("ext_staff"), "整个假期将按事假处理"));
	hc_sql("UPDATE settings SET value = 1 WHERE name = 'sick_cert_calendar_days'", NULL, 0);
	assert_int_equal(file_leave("ext_staff", &l), 303);
	assert_string_equal(counted(id_from_location(as("ext_staff"))), "personal");
}

/* An afternoon-only sick leave is asked for one hour before the afternoon
 * starts (13:00 by default), not before the morning. */
static void test_LV02_afternoon_sick_leave_an_hour_before_the_afternoon(void **state)
{
	(void)state;
	struct leave l = {"sick", "2032-01-05", "afternoon", "2032-01-05", "afternoon", NULL, NULL, 0, NULL, 0, 0};
	clock_wall(2032, 1, 5, 11, 59, 0);
	assert_int_equal(file_leave("mkt_staff", &l), 303);
	clock_wall(2032, 1, 5, 12, 1, 0);
	assert_int_equal(file_leave("mkt_staff2", &l), 400);
	assert_true(hc_has(as("mkt_staff2"), "已超过时限"));
}

/* The general manager's own leave: nobody stands above him, so it goes to
 * the chairman when someone holds that role, else it is filed for the
 * record (备案), approved, and every department head and admin is told -
 * never refused for want of an approver. */
static void test_LV05_general_managers_own_leave_filed_or_to_the_chairman(void **state)
{
	(void)state;
	clock_wall(2032, 1, 30, 10, 0, 0);
	hc_sql("UPDATE users SET roles = roles & ~2048 WHERE login = 'president'", NULL, 0);
	struct leave l = {"personal", "2032-02-02", NULL, "2032-02-02", NULL, NULL, NULL, 0, "外出办事", 0, 0};
	assert_int_equal(file_leave("gm", &l), 303);
	long long id = id_from_location(as("gm"));
	assert_string_equal(state_of(id), "approved");
	assert_int_equal(audit_action(id, "step_filed"), 1);
	assert_int_equal(notes("mkt_head", id, "filed"), 1);
	assert_int_equal(notes("ext_head", id, "filed"), 1);
	assert_int_equal(notes("admin", id, "filed"), 1);
	hc_sql("UPDATE users SET roles = roles | 2048 WHERE login = 'president'", NULL, 0);
	struct leave again = {"personal", "2032-02-09", NULL, "2032-02-09", NULL, NULL, NULL, 0, "外出办事", 0, 0};
	clock_wall(2032, 2, 6, 10, 0, 0);
	assert_int_equal(file_leave("gm", &again), 303);
	long long id2 = id_from_location(as("gm"));
	assert_string_equal(state_of(id2), "in_approval");
	assert_string_equal(pending(id2), "president");
	hc_sql("UPDATE users SET roles = roles & ~2048 WHERE login = 'president'", NULL, 0);
}

/* ---- long text and drafts -------------------------------------------- */

/* The reason and the written statement at their declared limits, in 3-
 * and 4-byte characters: stored whole, shown whole; one more is refused. */
static void test_LV05_reason_and_statement_at_their_limit_in_chinese_stored_whole(void **state)
{
	(void)state;
	clock_wall(2031, 12, 1, 9, 0, 0);
	char *reason = cjk_text(1000), *statement = cjk_text(5000), *more = cjk_text(5001);
	struct leave l = {"personal", "2031-12-03", NULL, "2031-12-09", NULL, statement, NULL, 0, reason, 0, 0};
	assert_int_equal(file_leave("mkt_staff2", &l), 303);
	long long id = id_from_location(as("mkt_staff2"));
	assert_true(stored_is("leave_requests", "reason", "request_id", id, reason));
	assert_true(stored_is("leave_requests", "statement", "request_id", id, statement));
	char path[64];
	snprintf(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(as("mkt_staff2"), path), 200);
	assert_true(hc_has(as("mkt_staff2"), statement));
	assert_true(hc_has(as("mkt_staff2"), reason));
	assert_int_equal(withdraw("mkt_staff2", id), 303);
	long long n = request_count();
	struct leave over = {"personal", "2031-12-03", NULL, "2031-12-09", NULL, more, NULL, 0, reason, 0, 0};
	assert_int_equal(file_leave("mkt_staff2", &over), 400);
	assert_true(error_beside(as("mkt_staff2"), "statement", NULL));
	assert_true(hc_has(as("mkt_staff2"), more));
	assert_int_equal(request_count(), n);
	free(reason);
	free(statement);
	free(more);
}

/* A draft keeps what was typed even when the rules would refuse it (a
 * sick leave for today, asked after 07:50); submitting it applies them. */
static void test_LV02_draft_skips_the_rules_submission_applies_them(void **state)
{
	(void)state;
	clock_wall(2031, 12, 15, 9, 0, 0);
	struct leave l = {"sick", "2031-12-15", NULL, "2031-12-15", NULL, NULL, NULL, 0, "头疼", 1, 0};
	assert_int_equal(file_leave("mkt_staff", &l), 303);
	long long id = id_from_location(as("mkt_staff"));
	assert_string_equal(state_of(id), "draft");
	assert_string_equal(pending(id), "");
	char path[64];
	snprintf(path, sizeof path, "/requests/%lld/edit", id);
	assert_int_equal(hc_get(as("mkt_staff"), path), 200);
	assert_true(hc_has(as("mkt_staff"), "头疼"));
	snprintf(path, sizeof path, "/requests/%lld/edit/leave", id);
	struct leave go = {"sick", "2031-12-15", NULL, "2031-12-15", NULL, NULL, NULL, 0, "头疼", 0, version_of(id)};
	assert_int_equal(post_leave(as("mkt_staff"), path, &go), 400);
	assert_true(hc_has(as("mkt_staff"), "已超过时限"));
	assert_string_equal(state_of(id), "draft");
	/* A day later the same leave is in time for 12-16: submitted. */
	struct leave next = {"sick", "2031-12-16", NULL, "2031-12-16", NULL, NULL, NULL, 0, "头疼", 0, version_of(id)};
	assert_int_equal(post_leave(as("mkt_staff"), path, &next), 303);
	assert_string_equal(state_of(id), "in_approval");
}

/* A form sent back with an error cannot hold the chosen file (no browser
 * takes one back): it says which file to choose again, beside its input,
 * and keeps every typed value. */
static void test_LV03_form_with_an_error_names_the_certificate_to_choose_again(void **state)
{
	(void)state;
	struct leave l = {.kind = "sick", .first = "2031-13-40", .last = "2031-10-09", .with_cert = 1,
	    .reason = "发烧，附病假条"};
	assert_int_equal(file_leave("mkt_staff", &l), 400);
	struct hc *c = as("mkt_staff");
	assert_true(hc_has(c, "id=\"certificate-rechoose\">表单有误时所选文件不会保存，请重新选择：“cert.png”</span>"));
	assert_true(hc_has(c, "发烧，附病假条"));
	assert_true(hc_has(c, "value=\"2031-13-40\""));
	/* a form without a file says nothing of one */
	l.with_cert = 0;
	assert_int_equal(file_leave("mkt_staff", &l), 400);
	assert_false(hc_has(c, "rechoose\">"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_LV01_preview_counts_work_calendar),
		cmocka_unit_test(test_LV02_sick_0749_accepted_0751_refused),
		cmocka_unit_test(test_LV02_head_files_late_sick_leave_and_cannot_approve),
		cmocka_unit_test(test_LV02_2330_utc_is_the_next_shanghai_day),
		cmocka_unit_test(test_LV03_certificate_2_3_4_days),
		cmocka_unit_test(test_LV04_personal_by_end_of_previous_working_day),
		cmocka_unit_test(test_LV05_personal_over_three_days_statement_and_gm),
		cmocka_unit_test(test_LV12_overlapping_requests_refused),
		cmocka_unit_test(test_annual_balance_statutory_and_set),
		cmocka_unit_test(test_cancel_before_start_and_report_back_early),
		cmocka_unit_test(test_LV05_reason_and_statement_at_their_limit_in_chinese_stored_whole),
		cmocka_unit_test(test_LV02_draft_skips_the_rules_submission_applies_them),
		cmocka_unit_test(test_LV05_personal_leave_split_in_two_is_judged_whole),
		cmocka_unit_test(test_LV03_back_to_back_sick_leaves_need_the_certificate),
		cmocka_unit_test(test_LV03_thursday_to_sunday_is_four_days_of_illness),
		cmocka_unit_test(test_LV02_afternoon_sick_leave_an_hour_before_the_afternoon),
		cmocka_unit_test(test_LV05_general_managers_own_leave_filed_or_to_the_chairman),
		cmocka_unit_test(test_LV03_form_with_an_error_names_the_certificate_to_choose_again),
	};
	return cmocka_run_group_tests(tests, setup, fixture_real_time);
}
