/*
 * test_calendar.c - the work calendar as it ships and as admins keep it
 * (LV-01: the 2026 data, the year view's clicks, the import of a later
 * year, the December warning), the department calendar with its
 * iCalendar export, and the heads' home page, over real HTTP.
 *
 * Days set by hand lie in 2034 and 2035 (other files use 2031/2032); the
 * leave and outings shown lie in March 2033 with the clock fixed at Monday
 * 2033-03-07.  The setup clears those years and withdraws earlier leave
 * and outings of that month, so the file runs again on the same stack.
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

#define CLEAR_DAYS "DELETE FROM calendar_days WHERE day BETWEEN '2034-01-01' AND '2035-12-31'"

static long long cal_rows(const char *from, const char *to)
{
	return sql_numf("SELECT COUNT(*) FROM calendar_days WHERE day BETWEEN '%s' AND '%s'", from, to);
}

static const char *kind_of(const char *day)
{
	return sql_str("SELECT COALESCE((SELECT kind FROM calendar_days WHERE day = '%s'), 'none')", day);
}

/* A click on day in the year view (as the browser sends it). */
static long toggle(struct hc *c, const char *day)
{
	const char *p[] = {"day", day, NULL};
	return hc_post(c, "/admin/calendar/toggle", p);
}

/* The admin's client of the last import, to read its answer. */
static struct hc *imp;

static long import_file(const char *filename, const char *data)
{
	struct hc *a = imp = admin();
	assert_int_equal(hc_get(a, "/admin/calendar?year=2034"), 200);
	const char *p[] = {NULL};
	return hc_post_multipart(a, "/admin/calendar/import", p, "file", filename, data, strlen(data));
}

/* The shipped data is the notice's, row for row: sql/data/cn-2026.csv
 * against the table, and the year view shows it. */
static void test_LV01_2026_holidays_shipped_as_published(void **state)
{
	(void)state;
	char path[512], line[256], want[256];
	snprintf(path, sizeof path, "%s/sql/data/cn-2026.csv", hc_env("LIAISON_ROOT"));
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	int n = 0;
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\r\n")] = '\0';
		if (!strncmp(line, "date,", 5) || !*line)
			continue;
		char *k = strchr(line, ','), *name = k ? strchr(k + 1, ',') : NULL;
		assert_non_null(name);
		*k = *name = '\0';
		snprintf(want, sizeof want, "%s %s", k + 1, name + 1);
		assert_string_equal(sql_str("SELECT CONCAT(kind, ' ', name) FROM calendar_days WHERE day = '%s'", line),
		    want);
		n++;
	}
	fclose(f);
	assert_int_equal(n, 39);
	assert_int_equal(cal_rows("2026-01-01", "2026-12-31"), 39);
	struct hc *a = admin();
	assert_int_equal(hc_get(a, "/admin/calendar?year=2026"), 200);
	assert_true(hc_has(a, "value=\"2026-10-01\" class=\"cal-day holiday\""));
	assert_true(hc_has(a, "value=\"2026-10-10\" class=\"cal-day workday\""));
	assert_true(hc_has(a, "title=\"国庆节调休上班\""));
	assert_false(hc_has(a, "id=\"year-empty\""));
}

/* A click toggles: a weekday becomes a holiday and back, a weekend day a
 * make-up working day; each change is audited; the page comes back at
 * the month. */
static void test_LV01_year_view_click_toggles_a_day_audited(void **state)
{
	(void)state;
	struct hc *a = admin();
	assert_int_equal(hc_get(a, "/admin/calendar?year=2034"), 200);
	assert_true(hc_has(a, "id=\"year-empty\""));
	assert_true(hc_has(a, "value=\"2034-03-01\" class=\"cal-day\""));
	assert_true(hc_has(a, "value=\"2034-03-04\" class=\"cal-day weekend\""));
	long long audit0 = sql_num("SELECT COALESCE(MAX(id), 0) FROM audit");
	assert_int_equal(toggle(a, "2034-03-01"), 303);   /* Wednesday */
	assert_string_equal(hc_header(a, "Location"), "/admin/calendar?year=2034#m3");
	assert_string_equal(kind_of("2034-03-01"), "holiday");
	assert_int_equal(toggle(a, "2034-03-04"), 303);   /* Saturday */
	assert_string_equal(kind_of("2034-03-04"), "workday");
	assert_int_equal(hc_get(a, "/admin/calendar?year=2034"), 200);
	assert_true(hc_has(a, "value=\"2034-03-01\" class=\"cal-day holiday\""));
	assert_true(hc_has(a, "value=\"2034-03-04\" class=\"cal-day workday\""));
	assert_int_equal(toggle(a, "2034-03-01"), 303);
	assert_string_equal(kind_of("2034-03-01"), "none");
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM audit WHERE id > %lld AND action = 'calendar_set'", audit0), 3);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM audit WHERE id > %lld AND action = 'calendar_set' AND detail ="
	                          " '2034-03-01 before: holiday ; after: remove '", audit0), 1);
}

/* Only an admin, only by POST with the token, only a real date. */
static void test_LV01_toggle_needs_admin_csrf_and_a_date(void **state)
{
	(void)state;
	struct hc *s = as("mkt_head");
	assert_int_equal(hc_get(s, "/"), 200);
	assert_int_equal(toggle(s, "2034-05-03"), 403);
	assert_int_equal(hc_get(s, "/admin/calendar?year=2034"), 403);
	struct hc *a = admin();
	assert_int_equal(hc_get(a, "/admin/calendar/toggle?day=2034-05-03"), 405);
	const char *nocsrf[] = {"day", "2034-05-03", "csrf", "0000", NULL};
	assert_int_equal(hc_post(a, "/admin/calendar/toggle", nocsrf), 403);
	assert_int_equal(hc_get(a, "/admin/calendar?year=2034"), 200);
	assert_int_equal(toggle(a, "2034-02-30"), 400);
	assert_string_equal(kind_of("2034-05-03"), "none");
}

/* A later year comes as CSV: one bad line and nothing is stored, the
 * error beside the file field with its line; a good file stores all. */
static void test_LV01_import_csv_all_or_nothing_error_beside_field(void **state)
{
	(void)state;
	assert_int_equal(import_file("2035.csv", "date,kind,name\n2035-01-01,holiday,元旦\n2035-02-03,workday,春节调休上班\n"
	    "2035-02-30,holiday,春节\n"), 400);
	struct hc *a = imp;
	assert_true(error_beside(a, "file", NULL));
	assert_true(hc_has(a, "4: 日期应为存在的日期"));
	assert_int_equal(cal_rows("2035-01-01", "2035-12-31"), 0);
	assert_int_equal(import_file("2035.csv", "2035-01-01,holiday,元旦\n2035-01-02,workday,x\n"), 400);
	assert_true(hc_has(a, "调休上班日应是周六或周日"));
	long long audit0 = sql_num("SELECT COALESCE(MAX(id), 0) FROM audit");
	assert_int_equal(import_file("2035.csv", "\xEF\xBB\xBF" "date,kind,name\r\n2035-01-01,holiday,元旦\r\n"
	    "2035-02-03,班,春节调休上班\r\n"), 200);
	assert_true(hc_has(a, "id=\"import-done\""));
	assert_string_equal(kind_of("2035-01-01"), "holiday");
	assert_string_equal(kind_of("2035-02-03"), "workday");
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM audit WHERE id > %lld AND action = 'calendar_import'"
	                          " AND detail = '2 days, 2035-01-01 .. 2035-02-03'", audit0), 1);
	/* no file at all */
	const char *p[] = {NULL};
	assert_int_equal(hc_get(a, "/admin/calendar"), 200);
	assert_int_equal(hc_post_multipart(a, "/admin/calendar/import", p, NULL, NULL, NULL, 0), 400);
	assert_true(error_beside(a, "file", NULL));
}

/* The same year as iCalendar, as published feeds write it. */
static void test_LV01_import_ics(void **state)
{
	(void)state;
	assert_int_equal(import_file("2035.ics",
	    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//ZH\r\n"
	    "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20351001\r\nDTEND;VALUE=DATE:20351008\r\nSUMMARY:国庆节\r\n"
	    "END:VEVENT\r\n"
	    "BEGIN:VEVENT\r\nUID:b\r\nDTSTART;VALUE=DATE:20350929\r\nSUMMARY:国庆节调休上班\r\nEND:VEVENT\r\n"
	    "END:VCALENDAR\r\n"), 200);
	assert_int_equal(cal_rows("2035-10-01", "2035-10-07"), 7);
	assert_string_equal(kind_of("2035-10-07"), "holiday");
	assert_string_equal(kind_of("2035-10-08"), "none");
	assert_string_equal(kind_of("2035-09-29"), "workday");
	assert_int_equal(import_file("bad.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20351101T010000Z\r\n"
	    "SUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"), 400);
	assert_true(hc_has(imp, "只接受全天事件"));
	assert_string_equal(kind_of("2035-11-01"), "none");
}

/* A name at its limit of 64 characters in 3- and 4-byte characters is
 * stored byte for byte; one more is refused, not cut. */
static void test_LV01_import_name_at_limit_in_chinese(void **state)
{
	(void)state;
	char csv[1024];
	char *name = cjk_text(64);
	snprintf(csv, sizeof csv, "2035-05-01,holiday,%s\n", name);
	assert_int_equal(import_file("n.csv", csv), 200);
	assert_string_equal(sql_str("SELECT name FROM calendar_days WHERE day = '2035-05-01'"), name);
	free(name);
	name = cjk_text(65);
	snprintf(csv, sizeof csv, "2035-05-02,holiday,%s\n", name);
	assert_int_equal(import_file("n.csv", csv), 400);
	assert_true(hc_has(imp, "说明不能超过 64 个字"));
	assert_string_equal(kind_of("2035-05-02"), "none");
	free(name);
}

/* In December an admin's home page warns while next year is empty; not
 * in November, not once a day of next year is on record, never others. */
static void test_LV01_december_warning_while_next_year_empty(void **state)
{
	(void)state;
	hc_sql(CLEAR_DAYS, NULL, 0);
	clock_wall(2033, 11, 30, 10, 0, 0);
	struct hc *a = admin();
	assert_int_equal(hc_get(a, "/"), 200);
	assert_false(hc_has(a, "id=\"calendar-warning\""));
	clock_wall(2033, 12, 1, 10, 0, 0);
	a = admin();
	assert_int_equal(hc_get(a, "/"), 200);
	assert_true(hc_has(a, "id=\"calendar-warning\""));
	assert_true(hc_has(a, "href=\"/admin/calendar?year=2034\""));
	struct hc *h = as("mkt_head");
	assert_int_equal(hc_get(h, "/"), 200);
	assert_false(hc_has(h, "id=\"calendar-warning\""));
	assert_int_equal(hc_get(a, "/admin/calendar?year=2034"), 200);
	assert_int_equal(toggle(a, "2034-01-02"), 303);
	assert_int_equal(hc_get(a, "/"), 200);
	assert_false(hc_has(a, "id=\"calendar-warning\""));
	hc_sql(CLEAR_DAYS, NULL, 0);
	clock_real();
}

/* ---- the department calendar and the heads' home page ---- */

static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\x08\x02\0\0\0\x90wS\xde";

/* A personal leave of login over first..last, the first day's part as
 * part ("whole", "morning"); its id. */
static long long file_leave_part(const char *login, const char *first, const char *last, const char *part)
{
	struct hc *c = as(login);
	assert_int_equal(hc_get(c, "/new/leave"), 200);
	const char *p[] = {"kind", "personal", "first", first, "first_part", part, "last", last, "last_part", "whole",
	    "reason", "calendar test", "statement", "", NULL};
	assert_int_equal(hc_post_multipart(c, "/new/leave", p, NULL, "c.png", png, sizeof png - 1), 303);
	return id_from_location(c);
}

static long long file_leave(const char *login, const char *first, const char *last)
{
	return file_leave_part(login, first, last, "whole");
}

/* The manager approves on the request page, as in the browser. */
static void approve(const char *login, long long id)
{
	char path[64], v[24];
	struct hc *c = as(login);
	snprintf(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_extract(c, "name=\"version\" value=\"", '"', v, sizeof v));
	snprintf(path, sizeof path, "/requests/%lld/decide", id);
	const char *p[] = {"action", "approve", "version", v, "comment", "同意", NULL};
	assert_int_equal(hc_post(c, path, p), 303);
}

static long long outing(const char *login, const char *from, const char *to)
{
	struct hc *c = as(login);
	assert_int_equal(hc_get(c, "/new/outing"), 200);
	const char *p[] = {"destination", "万达广场", "purpose", "商家拜访", "from_at", from, "to_at", to,
	    "companions", "", NULL};
	assert_int_equal(hc_post(c, "/new/outing", p), 303);
	return id_from_location(c);
}

/* The requests of March 2033, made once by the first test that needs them:
 * 张伟 (mkt_staff) on approved leave on Wed 03-09 and with a leave of
 * 03-10 still waiting; 刘洋 (mkt_staff2) out on Mon 03-07 14:00-16:00 and
 * on leave on the morning of Fri 03-11. */
static long long leave_ok, leave_waiting, outing_ok;

static void march_2033(void)
{
	clock_wall(2033, 3, 7, 10, 0, 0);
	if (leave_ok)
		return;
	leave_ok = file_leave("mkt_staff", "2033-03-09", "2033-03-09");
	approve("mkt_head", leave_ok);
	leave_waiting = file_leave("mkt_staff", "2033-03-10", "2033-03-10");
	outing_ok = outing("mkt_staff2", "2033-03-07T14:00", "2033-03-07T16:00");
	approve("mkt_head", outing_ok);
	approve("mkt_head", file_leave_part("mkt_staff2", "2033-03-11", "2033-03-11", "morning"));
}

/* The class of day (1-based) in the grid row of name on c's page. */
static const char *cell(struct hc *c, const char *name, int day)
{
	static char cls[64];
	char start[160];
	snprintf(start, sizeof start, "<th scope=\"row\" class=\"person\">%s</th>", name);
	const char *p = strstr(c->body, start);
	assert_non_null(p);
	for (int i = 0; i < day; i++) {
		p = strstr(p + 1, "<td class=\"");
		assert_non_null(p);
	}
	p += strlen("<td class=\"");
	size_t n = strcspn(p, "\"");
	assert_true(n < sizeof cls);
	memcpy(cls, p, n);
	cls[n] = '\0';
	return cls;
}

/* A month of the department: one row per person, approved leave and
 * outings on their days, waiting requests not, days off marked. */
static void test_deptcal_month_grid_shows_approved_leave_and_outings(void **state)
{
	(void)state;
	march_2033();
	struct hc *c = as("mkt_staff2");
	assert_int_equal(hc_get(c, "/calendar?month=2033-03"), 200);
	assert_true(hc_has(c, "id=\"deptcal\""));
	assert_string_equal(cell(c, "张伟", 9), "leave");
	assert_string_equal(cell(c, "张伟", 10), "");
	assert_string_equal(cell(c, "刘洋", 7), "outing today");
	assert_string_equal(cell(c, "刘洋", 5), " off");   /* Saturday */
	assert_string_equal(cell(c, "刘洋", 11), "leave half");
	assert_true(hc_has(c, "<td class=\"leave half\">假½</td>"));
	assert_string_equal(cell(c, "李强", 9), "");
	assert_false(hc_has(c, "事假"));   /* that someone is away, never why */
	/* the grid of another month holds none of it */
	assert_int_equal(hc_get(c, "/calendar?month=2033-04"), 200);
	assert_false(hc_has(c, "class=\"leave"));
	assert_int_equal(hc_get(c, "/calendar?month=2033-13"), 400);
}

/* Each sees their own department; another only those who oversee all. */
static void test_deptcal_other_department_forbidden(void **state)
{
	(void)state;
	char path[64];
	snprintf(path, sizeof path, "/calendar?dept=%lld", sql_num("SELECT dept_id FROM users WHERE login = 'mkt_staff'"));
	assert_int_equal(hc_get(as("ext_staff"), path), 403);
	assert_int_equal(hc_get(as("ext_head"), path), 403);
	assert_int_equal(hc_get(as("mkt_staff"), path), 200);
	assert_int_equal(hc_get(as("gm"), path), 200);
	assert_true(hc_has(as("gm"), "<select id=\"dept\""));
	assert_int_equal(hc_get(as("gm"), "/calendar?dept=999999"), 404);
	assert_int_equal(hc_get(as("ext_staff"), "/calendar"), 200);
	assert_false(hc_has(as("ext_staff"), "<select id=\"dept\""));
}

/* mine.ics: the viewer's own approved leave as all-day events and
 * outings in UTC; nobody else's, nothing waiting, CRLF lines. */
static void test_deptcal_mine_ics_holds_own_approved_absences(void **state)
{
	(void)state;
	char uid[64];
	march_2033();
	struct hc *c = as("mkt_staff");
	assert_int_equal(hc_get(c, "/calendar/mine.ics"), 200);
	assert_non_null(strstr(hc_header(c, "Content-Type"), "text/calendar"));
	assert_true(hc_has(c, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
	assert_true(hc_has(c, "DTSTART;VALUE=DATE:20330309\r\nDTEND;VALUE=DATE:20330310\r\n"));
	assert_true(hc_has(c, number_of(leave_ok)));
	assert_false(hc_has(c, "20330310\r\nDTEND;VALUE=DATE:20330311"));
	assert_false(hc_has(c, "DTSTART:20330307T060000Z"));
	assert_true(hc_has(c, "END:VCALENDAR\r\n"));
	c = as("mkt_staff2");
	assert_int_equal(hc_get(c, "/calendar/mine.ics"), 200);
	assert_true(hc_has(c, "DTSTART:20330307T060000Z\r\nDTEND:20330307T080000Z\r\n"));
	snprintf(uid, sizeof uid, "UID:request-%lld@liaison", leave_ok);
	assert_false(hc_has(c, uid));
}

/* A head's home page: what was filed this week and waits for them, and
 * who of their department is away today; other heads see their own. */
static void test_head_home_shows_week_waiting_and_away_today(void **state)
{
	(void)state;
	char link[64];
	march_2033();
	struct hc *h = as("mkt_head");
	assert_int_equal(hc_get(h, "/"), 200);
	assert_true(hc_has(h, "id=\"head-panel\""));
	snprintf(link, sizeof link, "<a href=\"/requests/%lld\">", leave_waiting);
	assert_true(hc_has(h, link));
	snprintf(link, sizeof link, "<a href=\"/requests/%lld\">", leave_ok);
	assert_false(hc_has(h, link));   /* decided: no longer waiting */
	/* named as the lists name it: the kind's name, then the subject */
	char named[400];
	snprintf(named, sizeof named, " · %s %s · ",
	    sql_str("SELECT k.name_zh FROM requests r JOIN request_kinds k ON k.type = r.type AND k.code = r.kind"
	            " WHERE r.id = %lld", leave_waiting),
	    sql_str("SELECT title FROM requests WHERE id = %lld", leave_waiting));
	assert_true(hc_has(h, named));
	assert_true(hc_has(h, "<li>刘洋 · 外出</li>"));
	assert_false(hc_has(h, "<li>张伟"));
	struct hc *e = as("ext_head");
	assert_int_equal(hc_get(e, "/"), 200);
	assert_false(hc_has(e, "刘洋 · 外出"));
	assert_int_equal(hc_get(as("mkt_staff2"), "/"), 200);
	assert_false(hc_has(as("mkt_staff2"), "id=\"head-panel\""));
	/* Wednesday: 张伟's leave day */
	clock_wall(2033, 3, 9, 10, 0, 0);
	h = as("mkt_head");
	assert_int_equal(hc_get(h, "/"), 200);
	assert_true(hc_has(h, "<li>张伟 · 请假</li>"));
	assert_false(hc_has(h, "刘洋 · 外出"));
}

/* ---- leave balances of the leave's year ---- */

/* The form's balances are those of the year of the leave asked for: in
 * December, a leave in January shows next year's entitlement. */
static void test_leave_balances_of_the_year_asked_for(void **state)
{
	(void)state;
	long long u = user_id("mkt_staff2");
	char sql[256];
	snprintf(sql, sizeof sql, "DELETE FROM leave_balances WHERE user_id = %lld AND year IN (2033, 2034)", u);
	hc_sql(sql, NULL, 0);
	snprintf(sql, sizeof sql, "INSERT INTO leave_balances VALUES (%lld, 2033, 'annual', 4), (%lld, 2034, 'annual', 14)",
	    u, u);
	assert_int_equal(hc_sql(sql, NULL, 0), 0);
	clock_wall(2033, 12, 1, 10, 0, 0);
	struct hc *c = as("mkt_staff2");
	assert_int_equal(hc_get(c, "/new/leave"), 200);
	assert_true(hc_has(c, "假期额度 2033</caption>"));
	assert_true(hc_has(c, "<td>年休假</td><td>2</td>"));
	const char *p[] = {"kind", "annual", "first", "2034-01-09", "first_part", "whole", "last", "2034-01-09",
	    "last_part", "whole", "reason", "calendar test", "statement", "", NULL};
	assert_int_equal(hc_post(c, "/new/leave/check", p), 200);
	assert_true(hc_has(c, "假期额度 2034</caption>"));
	assert_true(hc_has(c, "<td>年休假</td><td>7</td>"));
	/* a date that does not exist falls back to today's year, beside its error */
	const char *bad[] = {"kind", "annual", "first", "2034-02-30", "first_part", "whole", "last", "2034-03-01",
	    "last_part", "whole", "reason", "calendar test", "statement", "", NULL};
	assert_int_equal(hc_post(c, "/new/leave/check", bad), 400);
	assert_true(hc_has(c, "假期额度 2033</caption>"));
	assert_true(error_beside(c, "first", NULL));
	snprintf(sql, sizeof sql, "DELETE FROM leave_balances WHERE user_id = %lld AND year IN (2033, 2034)", u);
	hc_sql(sql, NULL, 0);
	clock_real();
}

/* ---- the monthly report's charts ---- */

static long record(const char *who, const char *day, const char *status, const char *late_min)
{
	char u[24];
	snprintf(u, sizeof u, "%lld", user_id(who));
	struct hc *c = as("hr_clerk");
	assert_int_equal(hc_get(c, "/attendance"), 200);
	const char *p[] = {"user", u, "day", day, "status", status, "late_min", late_min, "shuttle", "",
	    "absent_part", "whole", NULL};
	return hc_post(c, "/attendance/record", p);
}

/* LV-07, LV-10: each person's lates and absences per week of the month,
 * as the table counts them (a shuttle late excused), one chart each,
 * drawn as SVG by the server. */
static void test_LV07_LV10_report_charts_lates_and_absences_per_week(void **state)
{
	(void)state;
	char path[96], fig[4096];
	clock_wall(2033, 5, 20, 10, 0, 0);
	/* May 2033 starts on a Sunday: week 1 is 5/1, week 2 5/2-5/8, week 3 5/9-5/15. */
	assert_int_equal(record("mkt_staff", "2033-05-03", "late", "5"), 303);
	assert_int_equal(record("mkt_staff", "2033-05-04", "late", "7"), 303);
	assert_int_equal(record("mkt_staff", "2033-05-10", "absent", "0"), 303);
	struct hc *c = as("hr_clerk");
	snprintf(path, sizeof path, "/attendance/report?month=2033-05&dept=%lld",
	    sql_num("SELECT dept_id FROM users WHERE login = 'mkt_staff'"));
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "id=\"charts\""));
	const char *f = strstr(c->body, "id=\"chart-mkt_staff\"");
	assert_non_null(f);
	const char *end = strstr(f, "</figure>");
	assert_non_null(end);
	size_t n = (size_t)(end - f) < sizeof fig - 1 ? (size_t)(end - f) : sizeof fig - 1;
	memcpy(fig, f, n);
	fig[n] = '\0';
	assert_non_null(strstr(fig, "<svg viewBox=\"0 0 180 72\" role=\"img\""));
	assert_non_null(strstr(fig, "<title>第2周 (5/2–5/8): 迟到（次） 2, 缺勤（天） 0</title>"));
	assert_non_null(strstr(fig, "<title>第3周 (5/9–5/15): 迟到（次） 0, 缺勤（天） 1</title>"));
	assert_non_null(strstr(fig, "<title>第1周 (5/1–5/1): 迟到（次） 0, 缺勤（天） 0</title>"));
	/* six weeks of 30 units; the largest value (2 lates, 2 half days) is full height: 54 units */
	assert_non_null(strstr(fig, "class=\"late\" x=\"33\" y=\"4\" width=\"9\" height=\"54\""));
	assert_non_null(strstr(fig, "class=\"absent\""));
	assert_null(strstr(fig, "<script"));
	clock_real();
}

static int setup(void **state)
{
	hc_sql(CLEAR_DAYS, NULL, 0);
	hc_sql("DELETE FROM attendance WHERE day BETWEEN '2033-05-01' AND '2033-05-31'", NULL, 0);
	hc_sql("UPDATE requests r JOIN leave_requests l ON l.request_id = r.id SET r.state = 'withdrawn'"
	       " WHERE l.first_day BETWEEN '2033-03-01' AND '2033-03-31'", NULL, 0);
	hc_sql("UPDATE requests r JOIN outing_requests o ON o.request_id = r.id SET r.state = 'withdrawn'"
	       " WHERE o.from_at BETWEEN '2033-02-28' AND '2033-03-31'", NULL, 0);
	return fixture_new_run(state);
}

static int teardown(void **state)
{
	hc_sql(CLEAR_DAYS, NULL, 0);
	/* the leave left waiting leaves mkt_head's inbox as it was */
	if (leave_waiting) {
		hc_get(as("mkt_staff"), "/");
		withdraw("mkt_staff", leave_waiting);
	}
	return fixture_real_time(state);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_LV01_2026_holidays_shipped_as_published),
		cmocka_unit_test(test_LV01_year_view_click_toggles_a_day_audited),
		cmocka_unit_test(test_LV01_toggle_needs_admin_csrf_and_a_date),
		cmocka_unit_test(test_LV01_import_csv_all_or_nothing_error_beside_field),
		cmocka_unit_test(test_LV01_import_ics),
		cmocka_unit_test(test_LV01_import_name_at_limit_in_chinese),
		cmocka_unit_test(test_LV01_december_warning_while_next_year_empty),
		cmocka_unit_test(test_deptcal_month_grid_shows_approved_leave_and_outings),
		cmocka_unit_test(test_deptcal_other_department_forbidden),
		cmocka_unit_test(test_deptcal_mine_ics_holds_own_approved_absences),
		cmocka_unit_test(test_head_home_shows_week_waiting_and_away_today),
		cmocka_unit_test(test_leave_balances_of_the_year_asked_for),
		cmocka_unit_test(test_LV07_LV10_report_charts_lates_and_absences_per_week),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
