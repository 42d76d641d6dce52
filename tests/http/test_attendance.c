/*
 * test_attendance.c - the clerk's records, the time clock import and the
 * monthly report (LV-06..LV-10) over real HTTP, ending with the month of
 * 张伟 (mkt_staff) worked out by hand below.
 *
 * Everything lies in 2032 (test_leave.c uses 2031); the setup clears the
 * attendance rows of 2032 and withdraws earlier leave requests, so the
 * file runs again on the same stack.  No calendar days exist in 2032, so
 * March 2032 has 23 working days (Mon 03-01 .. Wed 03-31).
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

static long long mkt_dept(void) { return sql_num("SELECT dept_id FROM users WHERE login = 'mkt_staff'"); }

static long long att_rows(const char *where)
{
	char sql[512];
	snprintf(sql, sizeof sql, "SELECT COUNT(*) FROM attendance WHERE %s", where);
	return sql_num(sql);
}

/* POST /attendance/record as login. */
static long record(const char *login, const char *who, const char *day, const char *status, const char *late_min,
    int meeting, int shuttle, const char *absent_part)
{
	char u[24];
	snprintf(u, sizeof u, "%lld", user_id(who));
	struct hc *c = as(login);
	hc_get(c, "/");
	const char *p[] = {"user", u, "day", day, "status", status, "late_min", late_min ? late_min : "0", "meeting",
	    meeting ? "1" : "", "shuttle", shuttle ? "1" : "", "absent_part", absent_part ? absent_part : "whole", NULL};
	return hc_post(c, "/attendance/record", p);
}

static long import_csv(const char *csv)
{
	static char body[8192];
	struct hc *c = as("hr_clerk");
	assert_int_equal(hc_get(c, "/attendance"), 200);
	int n = snprintf(body, sizeof body,
	    "--XatX\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n%s\r\n"
	    "--XatX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"clock.csv\"\r\n"
	    "Content-Type: text/csv\r\n\r\n%s\r\n--XatX--\r\n",
	    c->csrf, csv);
	return hc_post_raw(c, "/attendance/import", "multipart/form-data; boundary=XatX", body, (size_t)n);
}

static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\x08\x02\0\0\0\x90wS\xde";

/* File a leave as login through the form (multipart), optionally with a
 * certificate; returns the request id. */
static long long file_leave(const char *login, const char *kind, const char *first, const char *last, int cert)
{
	static char body[4096];
	struct hc *c = as(login);
	assert_int_equal(hc_get(c, "/new/leave"), 200);
	int n = snprintf(body, sizeof body,
	    "--XatX\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n%s\r\n"
	    "--XatX\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n%s\r\n"
	    "--XatX\r\nContent-Disposition: form-data; name=\"first\"\r\n\r\n%s\r\n"
	    "--XatX\r\nContent-Disposition: form-data; name=\"last\"\r\n\r\n%s\r\n"
	    "--XatX\r\nContent-Disposition: form-data; name=\"reason\"\r\n\r\nattendance test\r\n",
	    c->csrf, kind, first, last);
	size_t len = (size_t)n;
	if (cert) {
		n = snprintf(body + len, sizeof body - len,
		    "--XatX\r\nContent-Disposition: form-data; name=\"certificate\"; filename=\"c.png\"\r\n\r\n");
		len += (size_t)n;
		memcpy(body + len, png, sizeof png - 1);
		len += sizeof png - 1;
		memcpy(body + len, "\r\n", 2);
		len += 2;
	}
	memcpy(body + len, "--XatX--\r\n", 10);
	len += 10;
	assert_int_equal(hc_post_raw(c, "/new/leave", "multipart/form-data; boundary=XatX", body, len), 303);
	long long id = 0;
	const char *loc = hc_header(c, "Location");
	assert_non_null(loc);
	assert_int_equal(sscanf(loc, "/requests/%lld", &id), 1);
	return id;
}

/* The manager approves on the request page, as in the browser. */
static void approve(const char *login, long long id)
{
	char path[64], v[24];
	struct hc *c = as(login);
	snprintf(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "value=\"approve\""));
	assert_true(hc_extract(c, "name=\"version\" value=\"", '"', v, sizeof v));
	snprintf(path, sizeof path, "/requests/%lld/decide", id);
	const char *p[] = {"action", "approve", "version", v, "comment", "同意", NULL};
	assert_int_equal(hc_post(c, path, p), 303);
}

static int setup(void **state)
{
	(void)state;
	hc_clock("");
	hc_sql("DELETE FROM attendance WHERE day BETWEEN '2032-01-01' AND '2032-12-31'", NULL, 0);
	hc_sql("UPDATE requests SET state = 'withdrawn' WHERE type IN ('leave', 'outing')", NULL, 0);
	return 0;
}

static void test_only_clerk_and_gm_record_and_every_change_is_audited(void **state)
{
	(void)state;
	clock_wall(2032, 2, 2, 9, 30, 0);
	assert_int_equal(record("mkt_staff", "mkt_staff", "2032-02-02", "on_time", NULL, 0, 0, NULL), 403);
	assert_int_equal(record("mkt_head", "mkt_staff", "2032-02-02", "on_time", NULL, 0, 0, NULL), 403);
	assert_int_equal(att_rows("day = '2032-02-02'"), 0);
	assert_int_equal(record("hr_clerk", "mkt_staff", "2032-02-02", "late", "7", 0, 0, NULL), 303);
	assert_int_equal(record("gm", "mkt_staff", "2032-02-02", "on_time", NULL, 0, 0, NULL), 303);
	char out[512] = "";
	char sql[256];
	snprintf(sql, sizeof sql,
	    "SELECT detail FROM audit WHERE action = 'attendance_set' AND object_id = %lld ORDER BY id DESC LIMIT 1",
	    user_id("mkt_staff"));
	assert_int_equal(hc_sql(sql, out, sizeof out), 0);
	assert_non_null(strstr(out, "2032-02-02"));
	assert_non_null(strstr(out, "before: late late=7"));
	assert_non_null(strstr(out, "after: on_time"));
	/* A late needs its minutes. */
	assert_int_equal(record("hr_clerk", "mkt_staff", "2032-02-03", "late", "0", 0, 0, NULL), 400);
}

static void test_clock_import_all_or_nothing_with_line_number(void **state)
{
	(void)state;
	clock_wall(2032, 2, 10, 9, 30, 0);
	/* Line 4 is bad: nothing of lines 2-3 is written. */
	assert_int_equal(import_csv("login,date,first_in\nmkt_staff,2032-02-09,08:40\nmkt_staff2,2032-02-09,09:05\n"
	                            "ext_staff,2032-02-31,08:30\n"),
	    400);
	assert_true(hc_has(as("hr_clerk"), "第 4"));
	assert_true(hc_has(as("hr_clerk"), "日期格式错误"));
	assert_int_equal(att_rows("day = '2032-02-09'"), 0);
	assert_int_equal(import_csv("mkt_staff,2032-02-09,08:40\nnobody_here,2032-02-09,08:40\n"), 400);
	assert_true(hc_has(as("hr_clerk"), "第 2"));
	assert_int_equal(att_rows("day = '2032-02-09'"), 0);
	/* A good file: on time, late by minutes past 08:50, no clock-in = absent. */
	assert_int_equal(import_csv("\xEF\xBB\xBFlogin,date,first_in\r\nmkt_staff,2032-02-09,08:50\r\n"
	                            "mkt_staff2,2032-02-09,08:51\r\next_staff,2032-02-09,\r\n"),
	    200);
	assert_true(hc_has(as("hr_clerk"), "id=\"import-done\""));
	assert_int_equal(att_rows("day = '2032-02-09' AND status = 'on_time'"), 1);
	assert_int_equal(att_rows("day = '2032-02-09' AND status = 'late' AND late_min = 1"), 1);
	assert_int_equal(att_rows("day = '2032-02-09' AND status = 'absent' AND absent_halfdays = 2"), 1);
}

/*
 * March 2032 for 张伟 (mkt_staff), salary ¥8,000, worked out by hand:
 *   working days: 23 (no holidays in 2032 here) -> 46 half days
 *   daily wage: 8000 / 21.75 = 367.816... -> ¥367.82
 *   sick leave 03-15..03-17 with certificate, approved: 3 days x 367.82 x 50% = ¥551.73
 *   personal leave 03-18, approved: 1 day x 367.82 = ¥367.82
 *   03-01 late 5 min, 03-02 late 30 min (still a late), 03-04 late 10 min
 *     for a meeting -> 3 lates x ¥20 = ¥60; LV-09 flags three lates
 *   03-03 late 31 min -> half a day's absence instead (LV-08)
 *   03-05 late 12 min, company shuttle -> excused (LV-07)
 *   03-08 no clock-in (imported) -> absent the whole day
 *   absence this month: 0.5 + 1 = 1.5 days x ¥100 = ¥150 (LV-10)
 *   January: absent 01-05 (whole) and 01-06 (half) -> 3 days this year: LV-10 flags
 *   total: 551.73 + 367.82 + 60 + 150 = ¥1,129.55
 *   days worked: 46 - 6 (sick) - 2 (personal) - 3 (absence) = 35 half days = 17.5
 */
static void test_LV06_to_LV10_month_report_worked_by_hand(void **state)
{
	(void)state;
	clock_wall(2032, 1, 7, 9, 0, 0);
	assert_int_equal(record("hr_clerk", "mkt_staff", "2032-01-05", "absent", NULL, 0, 0, "whole"), 303);
	assert_int_equal(record("hr_clerk", "mkt_staff", "2032-01-06", "absent", NULL, 0, 0, "half"), 303);

	/* Staff files sick leave with a certificate; the manager approves it
	 * on the request page. */
	clock_wall(2032, 3, 1, 7, 0, 0);
	long long sick = file_leave("mkt_staff", "sick", "2032-03-15", "2032-03-17", 1);
	long long personal = file_leave("mkt_staff", "personal", "2032-03-18", "2032-03-18", 0);
	approve("mkt_head", sick);
	approve("mkt_head", personal);

	clock_wall(2032, 3, 9, 9, 0, 0);
	assert_int_equal(record("hr_clerk", "mkt_staff", "2032-03-01", "late", "5", 0, 0, NULL), 303);
	assert_int_equal(record("hr_clerk", "mkt_staff", "2032-03-02", "late", "30", 0, 0, NULL), 303);
	assert_int_equal(record("hr_clerk", "mkt_staff", "2032-03-03", "late", "31", 0, 0, NULL), 303);
	assert_int_equal(record("hr_clerk", "mkt_staff", "2032-03-04", "late", "10", 1, 0, NULL), 303);
	assert_int_equal(record("hr_clerk", "mkt_staff", "2032-03-05", "late", "12", 0, 1, NULL), 303);
	assert_int_equal(import_csv("mkt_staff,2032-03-08,\n"), 200);

	char path[128];
	snprintf(path, sizeof path, "/attendance/report?dept=%lld&month=2032-03", mkt_dept());
	struct hc *c = as("hr_clerk");
	assert_int_equal(hc_get(c, path), 200);
	char row[2048];
	assert_true(hc_extract(c, "<tr id=\"row-mkt_staff\">", '\n', row, sizeof row));
	assert_non_null(strstr(row, "class=\"worked\">17.5<"));
	assert_non_null(strstr(row, "class=\"sick\">3<"));
	assert_non_null(strstr(row, "class=\"personal\">1<"));
	assert_true(hc_has(c, "class=\"lates\">3 ("));
	assert_true(hc_has(c, "class=\"absent\">1.5<"));
	assert_true(hc_has(c, "¥919.55"));     /* leave: 551.73 + 367.82 */
	assert_true(hc_has(c, "¥60.00"));
	assert_true(hc_has(c, "¥150.00"));
	assert_true(hc_has(c, "¥1,129.55"));
	assert_true(hc_has(c, "本月迟到三次"));
	assert_true(hc_has(c, "年内累计旷工三天"));

	/* CSV export and the printable view. */
	snprintf(path, sizeof path, "/attendance/report.csv?dept=%lld&month=2032-03", mkt_dept());
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "\"mkt_staff\""));
	assert_true(hc_has(c, "\"1129.55\""));
	snprintf(path, sizeof path, "/attendance/report?dept=%lld&month=2032-03&print=1", mkt_dept());
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "paper-title"));
	assert_true(hc_has(c, "¥1,129.55"));
	/* Staff cannot read the report. */
	assert_int_equal(hc_get(as("mkt_staff"), path), 403);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_only_clerk_and_gm_record_and_every_change_is_audited),
		cmocka_unit_test(test_clock_import_all_or_nothing_with_line_number),
		cmocka_unit_test(test_LV06_to_LV10_month_report_worked_by_hand),
	};
	return cmocka_run_group_tests(tests, setup, fixture_real_time);
}
