/*
 * test_attendance.c - the clerk's records, meeting lateness, the time clock
 * import and the monthly report (LV-06..LV-10) over real HTTP, with months
 * worked out by hand below.
 *
 * Everything lies in 2032 (test_leave.c uses 2031), with the absences of
 * LV-10's rolling period in 2031 for 周敏 (mkt_deputy) alone; the setup
 * clears the attendance rows, meeting lateness and calendar days of 2032,
 * those 2031 rows, and withdraws earlier leave and outing requests, so the
 * file runs again on the same stack.  March 2032 has no calendar days: 23
 * working days (Mon 03-01 .. Wed 03-31).
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
    int shuttle, const char *absent_part)
{
	char u[24];
	snprintf(u, sizeof u, "%lld", user_id(who));
	struct hc *c = as(login);
	hc_get(c, "/");
	const char *p[] = {"user", u, "day", day, "status", status, "late_min", late_min ? late_min : "0", "shuttle",
	    shuttle ? "1" : "", "absent_part", absent_part ? absent_part : "whole", NULL};
	return hc_post(c, "/attendance/record", p);
}

/* POST /attendance/meeting as login: one meeting lateness of who. */
static long meeting(const char *login, const char *who, const char *day, const char *late_min, const char *name)
{
	char u[24];
	snprintf(u, sizeof u, "%lld", user_id(who));
	struct hc *c = as(login);
	hc_get(c, "/");
	const char *p[] = {"user", u, "day", day, "late_min", late_min, "meeting", name, NULL};
	return hc_post(c, "/attendance/meeting", p);
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

/* File a leave as login through the form (multipart): part names the
 * half of a one-day leave ("whole", "morning"); a statement (LV-05) and a
 * certificate when given.  Returns the request id. */
static long long file_leave_as(const char *login, const char *kind, const char *first, const char *last,
    const char *part, const char *statement, int cert)
{
	struct hc *c = as(login);
	assert_int_equal(hc_get(c, "/new/leave"), 200);
	const char *p[] = {"kind", kind, "first", first, "first_part", part, "last", last, "last_part", "whole",
	    "reason", "attendance test", "statement", statement ? statement : "", NULL};
	long st = hc_post_multipart(c, "/new/leave", p, cert ? "certificate" : NULL, "c.png", png, sizeof png - 1);
	assert_int_equal(st, 303);
	return id_from_location(c);
}

static long long file_leave(const char *login, const char *kind, const char *first, const char *last, int cert)
{
	return file_leave_as(login, kind, first, last, "whole", NULL, cert);
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

/* An outing (LV-11) of login, approved by the department manager. */
static void outing(const char *login, const char *from, const char *to)
{
	struct hc *c = as(login);
	assert_int_equal(hc_get(c, "/new/outing"), 200);
	const char *p[] = {"destination", "万达广场", "purpose", "商家拜访", "from_at", from, "to_at", to,
	    "companions", "", NULL};
	assert_int_equal(hc_post(c, "/new/outing", p), 303);
	approve("mkt_head", id_from_location(c));
}

/* A day of the work calendar, through the admin's page. */
static void calendar_day(const char *day, const char *kind, const char *name)
{
	struct hc *a = as("admin");
	assert_int_equal(hc_get(a, "/admin/calendar?year=2032"), 200);
	const char *p[] = {"day", day, "kind", kind, "name", name, NULL};
	assert_int_equal(hc_post(a, "/admin/calendar", p), 303);
}

/* The report of the marketing department for month as hr_clerk; the row
 * of login into row (up to its line's end). */
static struct hc *report(const char *month, const char *login, char *row, size_t n)
{
	char path[128], start[64];
	snprintf(path, sizeof path, "/attendance/report?dept=%lld&month=%s", mkt_dept(), month);
	struct hc *c = as("hr_clerk");
	assert_int_equal(hc_get(c, path), 200);
	snprintf(start, sizeof start, "<tr id=\"row-%s\">", login);
	assert_true(hc_extract(c, start, '\n', row, n));
	return c;
}

/* The line of the last page's day-by-day detail of login on day. */
static void detail(const struct hc *c, const char *login, const char *day, char *out, size_t n)
{
	char start[80];
	snprintf(start, sizeof start, "<tr id=\"day-%s-%s\">", login, day);
	assert_true(hc_extract(c, start, '\n', out, n));
}

static void set_setting(const char *name, long long value)
{
	char sql[256];
	snprintf(sql, sizeof sql,
	    "INSERT INTO settings (name, value, updated_at) VALUES ('%s', %lld, UTC_TIMESTAMP())"
	    " ON DUPLICATE KEY UPDATE value = VALUES(value)", name, value);
	assert_int_equal(hc_sql(sql, NULL, 0), 0);
}

static long long fine_before = 2000, limit_before = 30, flag_days_before = 3;

static void restore_settings(void)
{
	set_setting("absence_period_rolling", 0);
	set_setting("late_fine_fen", fine_before);
	set_setting("late_absence_min", limit_before);
	set_setting("absence_flag_days", flag_days_before);
}

static int setup(void **state)
{
	(void)state;
	hc_clock("");
	hc_sql("DELETE FROM attendance WHERE day BETWEEN '2032-01-01' AND '2032-12-31'", NULL, 0);
	hc_sql("DELETE FROM attendance_meetings WHERE day BETWEEN '2032-01-01' AND '2032-12-31'", NULL, 0);
	hc_sql("DELETE a FROM attendance a JOIN users u ON u.id = a.user_id WHERE u.login = 'mkt_deputy'"
	       " AND a.day BETWEEN '2031-01-01' AND '2031-12-31'", NULL, 0);
	hc_sql("DELETE FROM calendar_days WHERE day BETWEEN '2032-01-01' AND '2032-12-31'", NULL, 0);
	hc_sql("UPDATE requests SET state = 'withdrawn' WHERE type IN ('leave', 'outing')", NULL, 0);
	fine_before = sql_num("SELECT value FROM settings WHERE name = 'late_fine_fen'");
	limit_before = sql_num("SELECT value FROM settings WHERE name = 'late_absence_min'");
	flag_days_before = sql_num("SELECT value FROM settings WHERE name = 'absence_flag_days'");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	restore_settings();
	hc_sql("DELETE FROM calendar_days WHERE day BETWEEN '2032-01-01' AND '2032-12-31'", NULL, 0);
	return fixture_real_time(state);
}

static void test_only_clerk_and_gm_record_and_every_change_is_audited(void **state)
{
	(void)state;
	clock_wall(2032, 2, 2, 9, 30, 0);
	assert_int_equal(record("mkt_staff", "mkt_staff", "2032-02-02", "on_time", NULL, 0, NULL), 403);
	assert_int_equal(record("mkt_head", "mkt_staff", "2032-02-02", "on_time", NULL, 0, NULL), 403);
	assert_int_equal(att_rows("day = '2032-02-02'"), 0);
	assert_int_equal(record("hr_clerk", "mkt_staff", "2032-02-02", "late", "7", 0, NULL), 303);
	assert_int_equal(record("gm", "mkt_staff", "2032-02-02", "on_time", NULL, 0, NULL), 303);
	char out[512] = "";
	char sql[256];
	snprintf(sql, sizeof sql,
	    "SELECT detail FROM audit WHERE action = 'attendance_set' AND object_id = %lld ORDER BY id DESC LIMIT 1",
	    user_id("mkt_staff"));
	assert_int_equal(hc_sql(sql, out, sizeof out), 0);
	assert_non_null(strstr(out, "2032-02-02"));
	assert_non_null(strstr(out, "before: late late=7"));
	assert_non_null(strstr(out, "after: on_time"));
	/* A late needs its minutes: the form again, with the error beside the field. */
	assert_int_equal(record("hr_clerk", "mkt_staff", "2032-02-03", "late", "0", 0, NULL), 400);
	assert_true(hc_has(as("hr_clerk"), "id=\"late_min-error\""));
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
 *   sick leave 03-15..03-17 with certificate, approved: 6 half days at 50%
 *   personal leave 03-18, approved: 2 half days at 100%
 *   leave, summed exactly (LV-06: daily wage = salary / 21.75, never
 *     rounded on its own): 800000 x (6 x 5000 + 2 x 10000) / 435000
 *     = 91954.02 fen -> ¥919.54 (rounding the daily wage first gave ¥919.55)
 *   03-01 late 5 min, 03-02 late 30 min (still a late), 03-04 late 10 min
 *     for a meeting (its own entry) -> 3 lates x ¥20 = ¥60; LV-09 flags
 *   03-03 late 31 min -> half a day's absence instead (LV-08)
 *   03-05 late 12 min, company shuttle -> not counted as a late (LV-07)
 *   03-08 no clock-in (imported) -> absent the whole day
 *   absence this month: 0.5 + 1 = 1.5 days x ¥100 = ¥150 (LV-10)
 *   January: absent 01-05 (whole) and 01-06 (half) -> 3 days this year: LV-10 flags
 *   total: 91954.02 + 6000 + 15000 = 112954.02 fen -> ¥1,129.54
 *   days worked: 46 - 6 (sick) - 2 (personal) - 3 (absence) = 35 half days = 17.5
 */
static void test_LV06_to_LV10_month_report_worked_by_hand(void **state)
{
	(void)state;
	clock_wall(2032, 1, 7, 9, 0, 0);
	assert_int_equal(record("hr_clerk", "mkt_staff", "2032-01-05", "absent", NULL, 0, "whole"), 303);
	assert_int_equal(record("hr_clerk", "mkt_staff", "2032-01-06", "absent", NULL, 0, "half"), 303);

	/* Staff files sick leave with a certificate; the manager approves it
	 * on the request page. */
	clock_wall(2032, 3, 1, 7, 0, 0);
	long long sick = file_leave("mkt_staff", "sick", "2032-03-15", "2032-03-17", 1);
	long long personal = file_leave("mkt_staff", "personal", "2032-03-18", "2032-03-18", 0);
	approve("mkt_head", sick);
	approve("mkt_head", personal);

	clock_wall(2032, 3, 9, 9, 0, 0);
	assert_int_equal(record("hr_clerk", "mkt_staff", "2032-03-01", "late", "5", 0, NULL), 303);
	assert_int_equal(record("hr_clerk", "mkt_staff", "2032-03-02", "late", "30", 0, NULL), 303);
	assert_int_equal(record("hr_clerk", "mkt_staff", "2032-03-03", "late", "31", 0, NULL), 303);
	assert_int_equal(meeting("hr_clerk", "mkt_staff", "2032-03-04", "10", "周例会"), 303);
	assert_int_equal(record("hr_clerk", "mkt_staff", "2032-03-05", "late", "12", 1, NULL), 303);
	assert_int_equal(import_csv("mkt_staff,2032-03-08,\n"), 200);

	char row[4096];
	struct hc *c = report("2032-03", "mkt_staff", row, sizeof row);
	assert_non_null(strstr(row, "class=\"worked\">17.5<"));
	assert_non_null(strstr(row, "class=\"sick\">3<"));
	assert_non_null(strstr(row, "class=\"personal\">1<"));
	assert_non_null(strstr(row, "class=\"lates\">3 (不计迟到 1)<"));
	assert_non_null(strstr(row, "class=\"absent\">1.5<"));
	assert_non_null(strstr(row, "¥919.54"));     /* leave, summed exactly */
	assert_non_null(strstr(row, "¥60.00"));
	assert_non_null(strstr(row, "¥150.00"));
	assert_non_null(strstr(row, "¥1,129.54"));
	assert_non_null(strstr(row, "本月迟到达 3 次"));
	assert_non_null(strstr(row, "累计旷工达 3 天"));
	/* The day by day: why each day counted as it did. */
	detail(c, "mkt_staff", "2032-03-03", row, sizeof row);
	assert_non_null(strstr(row, "按旷工半天计"));
	detail(c, "mkt_staff", "2032-03-05", row, sizeof row);
	assert_non_null(strstr(row, "班车"));
	detail(c, "mkt_staff", "2032-03-16", row, sizeof row);
	assert_non_null(strstr(row, "病假"));

	/* CSV export and the printable view. */
	char path[128];
	snprintf(path, sizeof path, "/attendance/report.csv?dept=%lld&month=2032-03", mkt_dept());
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "\"mkt_staff\""));
	assert_true(hc_has(c, "\"1129.54\""));
	snprintf(path, sizeof path, "/attendance/report?dept=%lld&month=2032-03&print=1", mkt_dept());
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "paper-title"));
	assert_true(hc_has(c, "¥1,129.54"));
	/* Staff cannot read the report. */
	assert_int_equal(hc_get(as("mkt_staff"), path), 403);
}

/*
 * April 2032 for 刘洋 (mkt_staff2), salary ¥7,500.  The calendar: 04-05
 * (Mon) 清明节 is a holiday, 04-10 (Sat) a make-up working day, so April
 * has 22 - 1 + 1 = 22 working days (44 half days).  The clock CSV has no
 * clock-in on every day below but 04-08:
 *   04-03 Sat: a weekend day, not counted
 *   04-05 the holiday, not counted
 *   04-06 approved personal leave: deducted as leave, never also an absence
 *   04-07 an approved outing 09:30-11:00: not an absence
 *   04-08 approved personal leave in the morning, clock-in 13:10: 10
 *     minutes late for the afternoon (13:00), one late - not 260 minutes
 *     late (half a day's absence) against 08:50
 *   04-09 Fri, no reason: absent the whole day
 *   04-10 the make-up working day, no reason: absent the whole day
 * Leave 3 half days: 750000 x 3 x 10000 / 435000 = 51724.14 fen; one late
 * ¥20; absence 2 days ¥200: 73724.14 fen -> ¥737.24.  Worked 44 - 3 - 4 =
 * 37 half days = 18.5.
 */
static void test_LV10_leave_outing_holiday_weekend_never_an_absence_and_report_says_why(void **state)
{
	(void)state;
	clock_wall(2032, 3, 25, 10, 0, 0);
	calendar_day("2032-04-05", "holiday", "清明节");
	calendar_day("2032-04-10", "workday", "调休上班");
	long long whole = file_leave("mkt_staff2", "personal", "2032-04-06", "2032-04-06", 0);
	long long half = file_leave_as("mkt_staff2", "personal", "2032-04-08", "2032-04-08", "morning", NULL, 0);
	approve("mkt_head", whole);
	approve("mkt_head", half);
	outing("mkt_staff2", "2032-04-07T09:30", "2032-04-07T11:00");

	clock_wall(2032, 4, 12, 9, 0, 0);
	assert_int_equal(import_csv("mkt_staff2,2032-04-03,\nmkt_staff2,2032-04-05,\nmkt_staff2,2032-04-06,\n"
	                            "mkt_staff2,2032-04-07,\nmkt_staff2,2032-04-08,13:10\nmkt_staff2,2032-04-09,\n"
	                            "mkt_staff2,2032-04-10,\n"),
	    200);
	char row[4096];
	struct hc *c = report("2032-04", "mkt_staff2", row, sizeof row);
	assert_non_null(strstr(row, "class=\"absent\">2<"));
	assert_non_null(strstr(row, "class=\"lates\">1<"));
	assert_non_null(strstr(row, "class=\"personal\">1.5<"));
	assert_non_null(strstr(row, "class=\"worked\">18.5<"));
	assert_non_null(strstr(row, "¥517.24"));
	assert_non_null(strstr(row, "¥737.24"));
	assert_true(hc_has(c, "id=\"workdays\">22<"));
	/* Why each day counted or not. */
	detail(c, "mkt_staff2", "2032-04-03", row, sizeof row);
	assert_non_null(strstr(row, "周末"));
	assert_non_null(strstr(row, "不计"));
	detail(c, "mkt_staff2", "2032-04-05", row, sizeof row);
	assert_non_null(strstr(row, "清明节"));
	assert_non_null(strstr(row, "不计"));
	detail(c, "mkt_staff2", "2032-04-06", row, sizeof row);
	assert_non_null(strstr(row, "事假"));
	assert_non_null(strstr(row, "已批准请假"));
	detail(c, "mkt_staff2", "2032-04-07", row, sizeof row);
	assert_non_null(strstr(row, "已批准外出"));
	detail(c, "mkt_staff2", "2032-04-08", row, sizeof row);
	assert_non_null(strstr(row, "13:10"));
	assert_non_null(strstr(row, "下午上班"));
	assert_non_null(strstr(row, "迟到 1 次"));
	detail(c, "mkt_staff2", "2032-04-09", row, sizeof row);
	assert_non_null(strstr(row, "旷工 1 天"));
	detail(c, "mkt_staff2", "2032-04-10", row, sizeof row);
	assert_non_null(strstr(row, "调休上班"));
	assert_non_null(strstr(row, "旷工 1 天"));
	/* The clerk's day page says the same. */
	char path[96];
	snprintf(path, sizeof path, "/attendance?dept=%lld&day=2032-04-06", mkt_dept());
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_extract(c, "<tr id=\"person-mkt_staff2\">", '\n', row, sizeof row));
	assert_non_null(strstr(row, "已批准请假"));
}

/*
 * May 2032, 刘洋: on 05-11 the clock says 09:00 (10 minutes late for work)
 * and the clerk records two meetings he came late to (5 and 12 minutes):
 * three lates that day.  On 05-12 he is 40 minutes late for a meeting:
 * half a day's absence (LV-08 counts meetings the same).  Month: 3 lates
 * ¥60 (LV-09 flags), 0.5 days ¥50, total ¥110.
 */
static void test_LV07_several_lates_on_one_day_count_separately(void **state)
{
	(void)state;
	clock_wall(2032, 5, 12, 18, 0, 0);
	long long audit0 = sql_num("SELECT COALESCE(MAX(id), 0) FROM audit");
	assert_int_equal(import_csv("mkt_staff2,2032-05-11,09:00\n"), 200);
	assert_int_equal(meeting("mkt_staff", "mkt_staff2", "2032-05-11", "5", "周例会"), 403);
	assert_int_equal(meeting("hr_clerk", "mkt_staff2", "2032-05-11", "5", "周例会"), 303);
	assert_int_equal(meeting("hr_clerk", "mkt_staff2", "2032-05-11", "12", "客户会"), 303);
	assert_int_equal(meeting("gm", "mkt_staff2", "2032-05-12", "40", "季度会"), 303);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM audit WHERE id > %lld AND action = 'attendance_meeting'"
	                          " AND detail LIKE '2032-05-1%%'", audit0), 3);
	/* The day page lists each entry. */
	char path[96];
	struct hc *c = as("hr_clerk");
	snprintf(path, sizeof path, "/attendance?dept=%lld&day=2032-05-11", mkt_dept());
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "周例会"));
	assert_true(hc_has(c, "客户会"));

	char row[4096];
	c = report("2032-05", "mkt_staff2", row, sizeof row);
	assert_non_null(strstr(row, "class=\"lates\">3<"));
	assert_non_null(strstr(row, "class=\"absent\">0.5<"));
	assert_non_null(strstr(row, "¥60.00"));
	assert_non_null(strstr(row, "¥50.00"));
	assert_non_null(strstr(row, "¥110.00"));
	assert_non_null(strstr(row, "本月迟到达 3 次"));
	detail(c, "mkt_staff2", "2032-05-11", row, sizeof row);
	assert_non_null(strstr(row, "迟到 3 次"));
	assert_non_null(strstr(row, "客户会"));

	/* An entry is removed only when confirmed, and the removal is audited. */
	long long id = sql_num("SELECT MAX(id) FROM attendance_meetings WHERE day = '2032-05-12'");
	char ids[24];
	snprintf(ids, sizeof ids, "%lld", id);
	c = as("hr_clerk");
	snprintf(path, sizeof path, "/attendance?dept=%lld&day=2032-05-12", mkt_dept());
	assert_int_equal(hc_get(c, path), 200);
	const char *no[] = {"id", ids, NULL};
	assert_int_equal(hc_post(c, "/attendance/meeting/delete", no), 400);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM attendance_meetings WHERE id = %lld", id), 1);
	const char *yes[] = {"id", ids, "confirm", "1", NULL};
	assert_int_equal(hc_post(as("mkt_staff2"), "/attendance/meeting/delete", yes), 403);
	assert_int_equal(hc_post(c, "/attendance/meeting/delete", yes), 303);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM attendance_meetings WHERE id = %lld", id), 0);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM audit WHERE id > %lld AND action = 'attendance_meeting_del'"
	                          " AND detail LIKE '2032-05-12%%季度会%%'", audit0), 1);
}

/* The meeting's name at its limit of 64 characters in 3- and 4-byte
 * characters is stored whole; one more is refused beside the field with
 * what was typed kept. */
static void test_LV07_meeting_name_at_its_limit_in_chinese(void **state)
{
	(void)state;
	clock_wall(2032, 5, 14, 18, 0, 0);
	char *name = cjk_text(64), *more = cjk_text(65);
	assert_int_equal(meeting("hr_clerk", "mkt_staff", "2032-05-14", "3", name), 303);
	long long id = sql_num("SELECT MAX(id) FROM attendance_meetings WHERE day = '2032-05-14'");
	assert_true(stored_is("attendance_meetings", "meeting", "id", id, name));
	assert_int_equal(meeting("hr_clerk", "mkt_staff", "2032-05-14", "4", more), 400);
	struct hc *c = as("hr_clerk");
	assert_true(error_beside(c, "meeting", NULL));
	assert_true(hc_has(c, more));
	assert_int_equal(sql_num("SELECT COUNT(*) FROM attendance_meetings WHERE day = '2032-05-14'"), 1);
	/* A meeting lateness needs its minutes. */
	assert_int_equal(meeting("hr_clerk", "mkt_staff", "2032-05-14", "0", "周例会"), 400);
	assert_true(error_beside(c, "late_min", NULL));
	free(name);
	free(more);
}

/*
 * June 2032 for 何静 (assistant), salary ¥6,000: personal leave the whole
 * month, 22 working days (LV-05: a statement and the general manager).
 * 22 x 6000 / 21.75 = ¥6,068.97 exceeds the month's salary: the
 * deduction stops at ¥6,000.00 and the report flags it.
 */
static void test_LV06_deductions_never_exceed_the_month_salary(void **state)
{
	(void)state;
	clock_wall(2032, 5, 20, 10, 0, 0);
	long long id = file_leave_as("assistant", "personal", "2032-06-01", "2032-06-30", "whole",
	    "家中有事，需请假一个月处理。", 0);
	approve("mkt_head", id);
	approve("gm", id);
	assert_string_equal(state_of(id), "approved");
	clock_wall(2032, 7, 1, 10, 0, 0);
	char row[4096];
	report("2032-06", "assistant", row, sizeof row);
	assert_non_null(strstr(row, "class=\"personal\">22<"));
	assert_non_null(strstr(row, "¥6,068.97"));                 /* the leave as priced */
	assert_non_null(strstr(row, "class=\"num total\">¥6,000.00<"));
	assert_non_null(strstr(row, "以当月工资为限"));
}

/*
 * LV-10: 周敏 (mkt_deputy) was absent on 2031-02-28 (Fri), 2031-11-10
 * (Mon), 2031-12-01 (Mon) and 2032-02-02 (Mon); 2031-11-08 was a Saturday.
 * February 2032's report counts 1 day in the calendar year; in the twelve
 * months 2031-03-01..2032-02-29 it counts 3 (02-28 lies before, the
 * Saturday is no absence), and three days flag.
 */
static void test_LV10_counting_period_calendar_year_or_rolling_twelve_months(void **state)
{
	(void)state;
	clock_wall(2032, 2, 10, 9, 0, 0);
	const char *days[] = {"2031-02-28", "2031-11-08", "2031-11-10", "2031-12-01", "2032-02-02"};
	for (size_t i = 0; i < sizeof days / sizeof days[0]; i++)
		assert_int_equal(record("hr_clerk", "mkt_deputy", days[i], "absent", NULL, 0, "whole"), 303);
	set_setting("absence_period_rolling", 0);
	char row[4096];
	report("2032-02", "mkt_deputy", row, sizeof row);
	assert_non_null(strstr(row, "class=\"absent\">1<"));
	assert_non_null(strstr(row, "class=\"period\">1<"));
	assert_null(strstr(row, "累计旷工达"));
	set_setting("absence_period_rolling", 1);
	struct hc *c = report("2032-02", "mkt_deputy", row, sizeof row);
	assert_non_null(strstr(row, "class=\"absent\">1<"));
	assert_non_null(strstr(row, "class=\"period\">3<"));
	assert_non_null(strstr(row, "累计旷工达 3 天"));
	assert_true(hc_has(c, "近十二个月"));
	set_setting("absence_period_rolling", 0);
}

/* Every demo role against every attendance page: only the clerk and the
 * general manager read or write attendance (考勤卡…除总经理或内勤、人力资源部
 * 主管外，任何人不得更改), only an admin keeps the calendar. */
static void test_attendance_pages_permission_walk(void **state)
{
	(void)state;
	static const char *const logins[] = {"gm", "president", "admin", "office", "finance", "director", "mkt_head",
	    "mkt_deputy", "mkt_staff", "mkt_staff2", "assistant", "ext_head", "ext_deputy", "ext_staff", "hr_clerk"};
	char path[128], u[24];
	clock_wall(2032, 9, 6, 18, 0, 0);
	snprintf(u, sizeof u, "%lld", user_id("mkt_staff"));
	for (size_t i = 0; i < sizeof logins / sizeof logins[0]; i++) {
		int clerk = !strcmp(logins[i], "gm") || !strcmp(logins[i], "hr_clerk");
		long want = clerk ? 200 : 403;
		struct hc *c = as(logins[i]);
		assert_int_equal(hc_get(c, "/attendance?day=2032-09-06"), want);
		snprintf(path, sizeof path, "/attendance/report?dept=%lld&month=2032-09", mkt_dept());
		assert_int_equal(hc_get(c, path), want);
		snprintf(path, sizeof path, "/attendance/report.csv?dept=%lld&month=2032-09", mkt_dept());
		assert_int_equal(hc_get(c, path), want);
		assert_int_equal(hc_get(c, "/admin/calendar?year=2032"), strcmp(logins[i], "admin") ? 403 : 200);
		hc_get(c, "/");
		const char *m[] = {"user", u, "day", "2032-09-06", "late_min", "3", "meeting", logins[i], NULL};
		assert_int_equal(hc_post(c, "/attendance/meeting", m), clerk ? 303 : 403);
		const char *rec[] = {"user", u, "day", "2032-09-06", "status", "late", "late_min", "4", NULL};
		assert_int_equal(hc_post(c, "/attendance/record", rec), clerk ? 303 : 403);
	}
	assert_int_equal(sql_num("SELECT COUNT(*) FROM attendance_meetings WHERE day = '2032-09-06'"), 2);
	assert_int_equal(att_rows("day = '2032-09-06'"), 1);
}

/* The words a Chinese office uses, and every policy number on the pages
 * taken from the setting it describes. */
static void test_LV07_to_LV10_wording_and_numbers_from_settings(void **state)
{
	(void)state;
	clock_wall(2032, 8, 3, 9, 0, 0);
	assert_int_equal(import_csv("mkt_staff,2032-08-02,08:40\nmkt_staff2,2032-08-02,09:30\n"), 200);
	struct hc *c = as("hr_clerk");
	char path[96];
	snprintf(path, sizeof path, "/attendance?dept=%lld&day=2032-08-02", mkt_dept());
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, ">正常<"));
	assert_false(hc_has(c, "准时"));
	set_setting("late_fine_fen", 2500);
	set_setting("late_absence_min", 45);
	set_setting("absence_flag_days", 5);
	char row[4096];
	c = report("2032-08", "mkt_staff2", row, sizeof row);
	/* 40 minutes late is a late under a 45-minute limit: ¥25. */
	assert_non_null(strstr(row, "class=\"lates\">1<"));
	assert_non_null(strstr(row, "¥25.00"));
	char rules[2048];
	assert_true(hc_extract(c, "<ul class=\"hint rules\">", '\n', rules, sizeof rules));
	assert_non_null(strstr(rules, "¥25.00"));
	assert_non_null(strstr(rules, "45"));
	assert_non_null(strstr(rules, "累计旷工达 5 天"));
	assert_null(strstr(rules, "20 元"));
	assert_null(strstr(rules, "30 分钟"));
	assert_false(hc_has(c, "免责"));
	restore_settings();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_only_clerk_and_gm_record_and_every_change_is_audited),
		cmocka_unit_test(test_clock_import_all_or_nothing_with_line_number),
		cmocka_unit_test(test_LV06_to_LV10_month_report_worked_by_hand),
		cmocka_unit_test(test_LV10_leave_outing_holiday_weekend_never_an_absence_and_report_says_why),
		cmocka_unit_test(test_LV07_several_lates_on_one_day_count_separately),
		cmocka_unit_test(test_LV07_meeting_name_at_its_limit_in_chinese),
		cmocka_unit_test(test_LV06_deductions_never_exceed_the_month_salary),
		cmocka_unit_test(test_LV10_counting_period_calendar_year_or_rolling_twelve_months),
		cmocka_unit_test(test_attendance_pages_permission_walk),
		cmocka_unit_test(test_LV07_to_LV10_wording_and_numbers_from_settings),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
