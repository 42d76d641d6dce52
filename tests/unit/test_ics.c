/*
 * test_ics.c - the iCalendar file of /calendar/mine.ics: CRLF lines,
 * all-day events ending the day after, timed events in UTC, TEXT escaped,
 * long lines folded at 75 octets without splitting a character.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "engine/calendar.h"
#include "site/ics.h"

static void test_events_and_escaping(void **state)
{
	(void)state;
	struct ics c;
	ics_begin(&c, "我的请假与外出");
	ics_all_day(&c, "request-7@liaison", 0, cal_days(2033, 12, 31), cal_days(2033, 12, 31), "请假 LV, 1; a\\b");
	ics_timed(&c, "request-8@liaison", 86400, 1700000000, 1700007200, "外出");
	assert_int_equal(ics_end(&c), 0);
	assert_non_null(strstr(c.buf, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
	assert_non_null(strstr(c.buf, "DTSTART;VALUE=DATE:20331231\r\nDTEND;VALUE=DATE:20340101\r\n"));
	assert_non_null(strstr(c.buf, "SUMMARY:请假 LV\\, 1\\; a\\\\b\r\n"));
	assert_non_null(strstr(c.buf, "DTSTAMP:19700102T000000Z\r\n"));
	assert_non_null(strstr(c.buf, "DTSTART:20231114T221320Z\r\nDTEND:20231115T001320Z\r\n"));
	assert_int_equal(strlen(c.buf) >= 15, 1);
	assert_string_equal(c.buf + c.len - 15, "END:VCALENDAR\r\n");
	for (const char *p = c.buf; *p; p++)
		if (*p == '\n')
			assert_int_equal(p[-1], '\r');
	free(c.buf);
}

/* 40 three-byte characters: 128 octets on one logical line. */
static void test_long_line_folded_on_character_boundaries(void **state)
{
	(void)state;
	char name[200] = "";
	for (int i = 0; i < 40; i++)
		strcat(name, "假");
	struct ics c;
	ics_begin(&c, name);
	assert_int_equal(ics_end(&c), 0);
	const char *l = strstr(c.buf, "X-WR-CALNAME:");
	assert_non_null(l);
	size_t total = 0;
	for (int k = 0; k < 3; k++) {
		const char *e = strstr(l, "\r\n");
		assert_true(e - l <= 75);
		/* a line never ends inside a character: the next starts with a space and a lead byte */
		total += (size_t)(e - l) - (k ? 1 : 0);
		l = e + 2;
		if (*l != ' ')
			break;
		assert_int_not_equal((unsigned char)l[1] & 0xC0, 0x80);
	}
	assert_int_equal(total, strlen("X-WR-CALNAME:") + strlen(name));
	free(c.buf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_events_and_escaping),
		cmocka_unit_test(test_long_line_folded_on_character_boundaries),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
