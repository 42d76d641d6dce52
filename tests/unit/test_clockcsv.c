/*
 * test_clockcsv.c - the time clock's CSV: what is accepted, what stops the
 * import and on which line, and what a clock-in means against 08:50.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "attendance/clockcsv.h"

static long parse(const char *s, struct clock_row **rows, int *line, const char **key)
{
	*line = 0;
	*key = NULL;
	return clockcsv_parse(s, strlen(s), rows, line, key);
}

static void test_good_file_with_bom_header_crlf_and_blank_lines(void **state)
{
	(void)state;
	struct clock_row *rows;
	int line;
	const char *key;
	long n = parse("\xEF\xBB\xBFlogin,date,first_in\r\nmkt_staff,2032-03-01,08:50\r\n\r\n\"mkt_staff2\",2032-03-01,\r\n",
	    &rows, &line, &key);
	assert_int_equal(n, 2);
	assert_string_equal(rows[0].login, "mkt_staff");
	assert_int_equal(rows[0].minute, 530);
	assert_int_equal(rows[0].line, 2);
	assert_string_equal(rows[1].login, "mkt_staff2");
	assert_int_equal(rows[1].minute, -1);
	assert_int_equal(rows[1].line, 4);
	assert_int_equal(rows[1].day - rows[0].day, 0);
	free(rows);
}

static void test_bad_line_named(void **state)
{
	(void)state;
	struct clock_row *rows;
	int line;
	const char *key;
	assert_int_equal(parse("a,2032-03-01,08:00\nb,2032-02-30,08:00\n", &rows, &line, &key), -1);
	assert_int_equal(line, 2);
	assert_string_equal(key, "Attendance.Import.Err.Date");
	assert_null(rows);
	assert_int_equal(parse("a,2032-03-01,08:00\nb,2032-03-01\n", &rows, &line, &key), -1);
	assert_int_equal(line, 2);
	assert_string_equal(key, "Attendance.Import.Err.Columns");
	assert_int_equal(parse("a,2032-03-01,24:00\n", &rows, &line, &key), -1);
	assert_string_equal(key, "Attendance.Import.Err.Time");
	assert_int_equal(parse("a,2032-03-01,08:00,x\n", &rows, &line, &key), -1);
	assert_string_equal(key, "Attendance.Import.Err.Columns");
	assert_int_equal(parse("a b,2032-03-01,08:00\n", &rows, &line, &key), -1);
	assert_string_equal(key, "Attendance.Import.Err.Login");
	assert_int_equal(parse("\"a,2032-03-01,08:00\n", &rows, &line, &key), -1);
	assert_string_equal(key, "Attendance.Import.Err.Syntax");
	assert_int_equal(parse("a,2032-03-01,08:00\nA,2032-03-01,09:00\n", &rows, &line, &key), -1);
	assert_int_equal(line, 2);
	assert_string_equal(key, "Attendance.Import.Err.Duplicate");
	/* A header is only a header on the first line. */
	assert_int_equal(parse("a,2032-03-01,08:00\nlogin,date,first_in\n", &rows, &line, &key), -1);
	assert_int_equal(line, 2);
}

static void test_LV07_clock_in_against_0850(void **state)
{
	(void)state;
	assert_int_equal(clockcsv_late(529, 530), 0);
	assert_int_equal(clockcsv_late(530, 530), 0);
	assert_int_equal(clockcsv_late(531, 530), 1);
	assert_int_equal(clockcsv_late(561, 530), 31);
	assert_int_equal(clockcsv_late(-1, 530), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good_file_with_bom_header_crlf_and_blank_lines),
		cmocka_unit_test(test_bad_line_named),
		cmocka_unit_test(test_LV07_clock_in_against_0850),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
