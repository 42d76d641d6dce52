/*
 * test_holidayfile.c - importing a year of the work calendar (LV-01): the
 * shipped CSV's own shape, iCalendar as published feeds write it, and
 * every line that must stop the import with its line number.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attendance/holidayfile.h"
#include "engine/calendar.h"

static long parse(const char *s, struct holiday_row **rows, int *line, const char **key)
{
	*line = -1;
	*key = NULL;
	*rows = NULL;
	return holidayfile_parse(s, strlen(s), rows, line, key);
}

/* The repository's own 2026 data parses as an import would take it. */
static void test_LV01_shipped_2026_csv_parses(void **state)
{
	(void)state;
	FILE *f = fopen("sql/data/cn-2026.csv", "rb");
	assert_non_null(f);
	static char buf[8192];
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	struct holiday_row *rows;
	int line;
	const char *key;
	long k = parse(buf, &rows, &line, &key);
	assert_int_equal(k, 39);
	assert_int_equal(rows[0].day, cal_days(2026, 1, 1));
	assert_string_equal(rows[0].name, "元旦");
	assert_int_equal(rows[3].day, cal_days(2026, 1, 4));
	assert_int_equal(rows[3].workday, 1);
	free(rows);
}

static void test_LV01_csv_bom_crlf_kinds_and_name_at_limit(void **state)
{
	(void)state;
	char s[1024], name[64 * 4 + 1] = "";
	for (int i = 0; i < 63; i++)
		strcat(name, "节");
	strcat(name, "😀");   /* 64 characters, the last of four bytes */
	snprintf(s, sizeof s, "\xEF\xBB\xBF" "date,kind,name\r\n2027-01-01,holiday,%s\r\n\r\n2027-02-07,班,\"春节调休上班\"\r\n", name);
	struct holiday_row *rows;
	int line;
	const char *key;
	assert_int_equal(parse(s, &rows, &line, &key), 2);
	assert_string_equal(rows[0].name, name);
	assert_int_equal(rows[0].workday, 0);
	assert_int_equal(rows[1].workday, 1);
	assert_int_equal(rows[1].line, 4);
	assert_string_equal(rows[1].name, "春节调休上班");
	free(rows);
	/* 65 characters: refused, not cut. */
	snprintf(s, sizeof s, "2027-01-01,holiday,%s节\n", name);
	assert_int_equal(parse(s, &rows, &line, &key), -1);
	assert_string_equal(key, "Calendar.Import.Err.Name");
	assert_int_equal(line, 1);
}

static void test_LV01_csv_bad_lines_named(void **state)
{
	(void)state;
	struct holiday_row *rows;
	int line;
	const char *key;
	assert_int_equal(parse("2027-01-01,holiday,元旦\n2027-02-30,holiday,x\n", &rows, &line, &key), -1);
	assert_string_equal(key, "Calendar.Import.Err.Date");
	assert_int_equal(line, 2);
	assert_int_equal(parse("2027-01-01,day off,元旦\n", &rows, &line, &key), -1);
	assert_string_equal(key, "Calendar.Import.Err.Kind");
	assert_int_equal(parse("2027-01-01\n", &rows, &line, &key), -1);
	assert_string_equal(key, "Calendar.Import.Err.Columns");
	/* 2027-01-04 is a Monday: a make-up working day there is a mistake. */
	assert_int_equal(parse("2027-01-04,workday,x\n", &rows, &line, &key), -1);
	assert_string_equal(key, "Calendar.Import.Err.WorkdayWeekday");
	assert_int_equal(parse("2027-01-01,holiday,a\n2027-01-02,holiday,b\n2027-01-01,holiday,c\n", &rows, &line,
	    &key), -1);
	assert_string_equal(key, "Calendar.Import.Err.Duplicate");
	assert_int_equal(line, 3);
	assert_int_equal(parse("date,kind,name\n\n", &rows, &line, &key), -1);
	assert_string_equal(key, "Calendar.Import.Err.Empty");
	assert_int_equal(line, 0);
}

static void test_LV01_ics_all_day_events_folding_and_makeup_days(void **state)
{
	(void)state;
	const char *ics =
	    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//ZH\r\n"
	    "BEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270104\r\n"
	    "SUMMARY:元旦\\, 休\r\nEND:VEVENT\r\n"
	    "BEGIN:VEVENT\r\nUID:2\r\nDTSTART;VALUE=DATE:20270207\r\nSUMMARY:春节调休\r\n 上班\r\nEND:VEVENT\r\n"
	    "BEGIN:VEVENT\r\nUID:3\r\nDTSTART;VALUE=DATE:20270213\r\nCATEGORIES:workday\r\nSUMMARY:补\r\nEND:VEVENT\r\n"
	    "END:VCALENDAR\r\n";
	struct holiday_row *rows;
	int line;
	const char *key;
	assert_int_equal(parse(ics, &rows, &line, &key), 5);
	assert_int_equal(rows[0].day, cal_days(2027, 1, 1));
	assert_int_equal(rows[2].day, cal_days(2027, 1, 3));
	assert_string_equal(rows[2].name, "元旦, 休");
	assert_int_equal(rows[2].workday, 0);
	assert_string_equal(rows[3].name, "春节调休上班");
	assert_int_equal(rows[3].workday, 1);
	assert_int_equal(rows[4].workday, 1);
	free(rows);
}

static void test_LV01_ics_refuses_what_it_cannot_place(void **state)
{
	(void)state;
	struct holiday_row *rows;
	int line;
	const char *key;
	assert_int_equal(parse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20270101T090000Z\nSUMMARY:x\nEND:VEVENT\n"
	    "END:VCALENDAR\n", &rows, &line, &key), -1);
	assert_string_equal(key, "Calendar.Import.Err.IcsNotAllDay");
	assert_int_equal(line, 3);
	assert_int_equal(parse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n", &rows, &line,
	    &key), -1);
	assert_string_equal(key, "Calendar.Import.Err.IcsNoDate");
	assert_int_equal(parse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nDTEND;VALUE=DATE:20270301\n"
	    "END:VEVENT\nEND:VCALENDAR\n", &rows, &line, &key), -1);
	assert_string_equal(key, "Calendar.Import.Err.IcsSpan");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_LV01_shipped_2026_csv_parses),
		cmocka_unit_test(test_LV01_csv_bom_crlf_kinds_and_name_at_limit),
		cmocka_unit_test(test_LV01_csv_bad_lines_named),
		cmocka_unit_test(test_LV01_ics_all_day_events_folding_and_makeup_days),
		cmocka_unit_test(test_LV01_ics_refuses_what_it_cannot_place),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
