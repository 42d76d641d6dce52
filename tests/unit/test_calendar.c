/* test_calendar.c -- work calendar arithmetic (LV-01). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <limits.h>
#include <stdlib.h>
#include <cmocka.h>

#include "engine/calendar.h"

#define OPEN 530   /* 08:50 */
#define CLOSE 1055 /* 17:35 */
#define WINDOW_SECS ((CLOSE - OPEN) * 60LL)

static int D(int y, int m, int d)
{
	int day = cal_days(y, m, d);
	assert_int_not_equal(day, INT_MIN);
	return day;
}

/* The 2026 arrangement: New Year 1-3 Jan off with Sunday 4 Jan worked;
 * Spring Festival 15-23 Feb off with Saturdays 14 and 28 Feb worked. */
static int hol2026[12];
static int mk2026[3];
static struct calendar cal2026;

static int setup_2026(void **state)
{
	int i, n = 0;
	(void)state;
	for (i = 1; i <= 3; i++)
		hol2026[n++] = D(2026, 1, i);
	for (i = 15; i <= 23; i++)
		hol2026[n++] = D(2026, 2, i);
	mk2026[0] = D(2026, 1, 4);
	mk2026[1] = D(2026, 2, 14);
	mk2026[2] = D(2026, 2, 28);
	cal2026 = (struct calendar){ hol2026, 12, mk2026, 3 };
	return 0;
}

/* Independent reference: one day at a time. */
static int naive_add(const struct calendar *c, int day, int n)
{
	int step = n > 0 ? 1 : -1;
	while (n != 0) {
		day += step;
		if (cal_is_workday(c, day))
			n -= step;
	}
	return day;
}

static int naive_count(const struct calendar *c, int first, int last)
{
	int n = 0;
	for (int d = first; d <= last; d++)
		n += cal_is_workday(c, d);
	return n;
}

/* Reference work seconds for minute-aligned instants, minute by minute. */
static long long naive_work_secs(const struct calendar *c, long long from, long long to)
{
	long long secs = 0;
	for (long long t = from; t < to; t += 60) {
		int day = cal_utc_to_day(t);
		long long minute = (t - cal_day_start_utc(day, 0)) / 60;
		if (cal_is_workday(c, day) && minute >= OPEN && minute < CLOSE)
			secs += 60;
	}
	return secs;
}

static void test_LV01_weekday_of_known_dates(void **state)
{
	(void)state;
	assert_int_equal(cal_weekday(0), 3);                 /* 1970-01-01 Thursday */
	assert_int_equal(cal_weekday(-1), 2);                /* 1969-12-31 Wednesday */
	assert_int_equal(cal_weekday(D(2026, 1, 1)), 3);     /* Thursday */
	assert_int_equal(cal_weekday(D(2026, 2, 15)), 6);    /* Sunday */
	assert_int_equal(cal_weekday(D(2000, 2, 29)), 1);    /* Tuesday */
	assert_true(cal_weekday(INT_MIN) >= 0 && cal_weekday(INT_MIN) <= 6);
	assert_int_equal((cal_weekday(INT_MAX) + 7 - cal_weekday(INT_MAX - 1)) % 7, 1);
}

static void test_civil_dates_known_values(void **state)
{
	int y, m, d;
	(void)state;
	assert_int_equal(cal_days(1970, 1, 1), 0);
	assert_int_equal(cal_days(2000, 3, 1), 11017);
	assert_int_equal(cal_days(1969, 12, 31), -1);
	assert_int_equal(cal_days(2026, 1, 1), 20454);
	cal_ymd(20454, &y, &m, &d);
	assert_int_equal(y, 2026);
	assert_int_equal(m, 1);
	assert_int_equal(d, 1);
	cal_ymd(-719468, &y, &m, &d); /* 0000-03-01 */
	assert_int_equal(y, 0);
	assert_int_equal(m, 3);
	assert_int_equal(d, 1);
	cal_ymd(5, NULL, NULL, &d); /* NULL outputs allowed */
	assert_int_equal(d, 6);
}

static void test_civil_dates_refuse_impossible_dates(void **state)
{
	(void)state;
	assert_int_equal(cal_days(2025, 2, 29), INT_MIN);
	assert_int_equal(cal_days(1900, 2, 29), INT_MIN);
	assert_int_not_equal(cal_days(2000, 2, 29), INT_MIN);
	assert_int_not_equal(cal_days(2024, 2, 29), INT_MIN);
	assert_int_equal(cal_days(2026, 13, 1), INT_MIN);
	assert_int_equal(cal_days(2026, 0, 1), INT_MIN);
	assert_int_equal(cal_days(2026, 4, 31), INT_MIN);
	assert_int_equal(cal_days(2026, 4, 0), INT_MIN);
	assert_int_equal(cal_days(INT_MAX, 12, 31), INT_MIN); /* does not fit */
	assert_int_equal(cal_days(INT_MIN, 1, 1), INT_MIN);
}

static void test_civil_dates_round_trip_over_5000_years(void **state)
{
	(void)state;
	int prev_y = 0, prev_m = 0, prev_d = 0;
	for (int day = -1000000; day <= 1000000; day++) {
		int y, m, d;
		cal_ymd(day, &y, &m, &d);
		assert_int_equal(cal_days(y, m, d), day);
		if (day > -1000000 && d != 1) /* consecutive days inside a month */
			assert_true(y == prev_y && m == prev_m && d == prev_d + 1);
		prev_y = y, prev_m = m, prev_d = d;
	}
}

static void test_LV01_weekends_off_weekdays_on_without_data(void **state)
{
	(void)state;
	assert_true(cal_is_workday(NULL, D(2025, 12, 31)));   /* Wednesday */
	assert_false(cal_is_workday(NULL, D(2026, 1, 3)));    /* Saturday */
	assert_false(cal_is_workday(NULL, D(2026, 1, 4)));    /* Sunday */
	struct calendar empty = { NULL, 0, NULL, 0 };
	assert_true(cal_is_workday(&empty, D(2026, 1, 5)));
	assert_int_equal(cal_workdays(&empty, D(2026, 1, 5), D(2026, 1, 11)), 5);
}

static void test_LV01_holiday_off_and_makeup_weekend_on(void **state)
{
	(void)state;
	assert_false(cal_is_workday(&cal2026, D(2026, 1, 2)));  /* Friday, New Year */
	assert_true(cal_is_workday(&cal2026, D(2026, 1, 4)));   /* Sunday, make-up */
	assert_true(cal_is_workday(&cal2026, D(2026, 2, 14)));  /* Saturday, make-up */
	assert_false(cal_is_workday(&cal2026, D(2026, 2, 16))); /* Monday, Spring Festival */
	assert_false(cal_is_workday(&cal2026, D(2026, 3, 1)));  /* ordinary Sunday */
}

static void test_LV01_holiday_wins_over_makeup_listing_same_day(void **state)
{
	int sat = D(2026, 3, 7);
	int both[1] = { sat };
	struct calendar c = { both, 1, both, 1 };
	(void)state;
	assert_false(cal_is_workday(&c, sat));
	assert_int_equal(cal_workdays(&c, sat - 5, sat + 1), 5);
}

static void test_LV01_duplicate_entries_count_once(void **state)
{
	int h[3] = { D(2026, 3, 4), D(2026, 3, 4), D(2026, 3, 4) };
	int m[2] = { D(2026, 3, 8), D(2026, 3, 8) };
	struct calendar c = { h, 3, m, 2 };
	(void)state;
	/* Mon 2..Sun 8: 5 weekdays - 1 holiday + 1 make-up Sunday */
	assert_int_equal(cal_workdays(&c, D(2026, 3, 2), D(2026, 3, 8)), 5);
}

static void test_LV01_next_workday_across_year_end_new_year_only(void **state)
{
	int ny[1] = { D(2026, 1, 1) };
	struct calendar c = { ny, 1, NULL, 0 };
	(void)state;
	assert_int_equal(cal_next_workday(&c, D(2025, 12, 31)), D(2026, 1, 2));
	assert_int_equal(cal_prev_workday(&c, D(2026, 1, 2)), D(2025, 12, 31));
	assert_int_equal(cal_workdays(&c, D(2025, 12, 29), D(2026, 1, 4)), 4);
}

static void test_LV01_next_workday_across_year_end_with_2026_makeup_sunday(void **state)
{
	(void)state;
	assert_int_equal(cal_next_workday(&cal2026, D(2025, 12, 31)), D(2026, 1, 4));
	assert_int_equal(cal_prev_workday(&cal2026, D(2026, 1, 4)), D(2025, 12, 31));
	assert_int_equal(cal_prev_workday(&cal2026, D(2026, 1, 5)), D(2026, 1, 4));
	assert_int_equal(cal_add_workdays(&cal2026, D(2025, 12, 30), 3), D(2026, 1, 5));
}

static void test_LV01_spring_festival_week_with_makeup_saturdays(void **state)
{
	(void)state;
	/* Mon 9..Fri 13 (5) + Sat 14 (1) + 15..23 off + Tue 24..Fri 27 (4) + Sat 28 (1) */
	assert_int_equal(cal_workdays(&cal2026, D(2026, 2, 9), D(2026, 2, 28)), 11);
	assert_int_equal(cal_workdays(&cal2026, D(2026, 2, 15), D(2026, 2, 23)), 0);
	assert_int_equal(cal_add_workdays(&cal2026, D(2026, 2, 13), 1), D(2026, 2, 14));
	assert_int_equal(cal_add_workdays(&cal2026, D(2026, 2, 13), 2), D(2026, 2, 24));
	assert_int_equal(cal_add_workdays(&cal2026, D(2026, 2, 24), -1), D(2026, 2, 14));
	assert_int_equal(cal_add_workdays(&cal2026, D(2026, 2, 27), 1), D(2026, 2, 28));
	assert_int_equal(cal_next_workday(&cal2026, D(2026, 2, 18)), D(2026, 2, 24));
}

static void test_LV01_add_zero_workdays_is_the_day_itself(void **state)
{
	(void)state;
	assert_int_equal(cal_add_workdays(&cal2026, D(2026, 2, 16), 0), D(2026, 2, 16));
}

static void test_LV01_workdays_empty_and_single_day_ranges(void **state)
{
	(void)state;
	assert_int_equal(cal_workdays(&cal2026, D(2026, 2, 10), D(2026, 2, 9)), 0);
	assert_int_equal(cal_workdays(&cal2026, D(2026, 2, 10), D(2026, 2, 10)), 1);
	assert_int_equal(cal_workdays(&cal2026, D(2026, 2, 16), D(2026, 2, 16)), 0);
	assert_int_equal(cal_workdays(&cal2026, INT_MAX, INT_MIN), 0);
}

static void test_LV01_add_and_count_agree_with_day_by_day_reference(void **state)
{
	(void)state;
	srand(20260214);
	for (int i = 0; i < 3000; i++) {
		int day = D(2025, 12, 1) + rand() % 120;
		int n = rand() % 61 - 30;
		int last = day + rand() % 60;
		assert_int_equal(cal_add_workdays(&cal2026, day, n), naive_add(&cal2026, day, n));
		assert_int_equal(cal_workdays(&cal2026, day, last), naive_count(&cal2026, day, last));
	}
}

static void test_LV01_large_spans(void **state)
{
	(void)state;
	/* 400 Gregorian years are exactly 20871 weeks */
	assert_int_equal(cal_workdays(NULL, D(2000, 1, 1), D(2399, 12, 31)), 20871 * 5);
	assert_int_equal(cal_workdays(&cal2026, D(2000, 1, 1), D(2399, 12, 31)),
			 20871 * 5 - 8 + 3); /* weekday holidays: 1-2 Jan, 16-20 and 23 Feb */
	/* from a Thursday, every 5 workdays is exactly one week */
	assert_int_equal(cal_add_workdays(NULL, 0, 1000000), 1400000);
	assert_int_equal(cal_add_workdays(NULL, 0, -1000000), -1400000);
	assert_int_equal(cal_add_workdays(&cal2026, D(2025, 1, 1), 500000),
			 naive_add(&cal2026, D(2025, 1, 1), 500000));
	/* no overflow at the ends of int: saturates */
	assert_int_equal(cal_add_workdays(NULL, 0, INT_MAX), INT_MAX);
	assert_int_equal(cal_add_workdays(NULL, 0, INT_MIN), INT_MIN);
	assert_int_equal(cal_workdays(NULL, INT_MIN, INT_MAX) > 0, 1);
}

static void test_LV01_leave_whole_week_and_half_days(void **state)
{
	int mon = D(2026, 3, 2), fri = D(2026, 3, 6);
	(void)state;
	assert_int_equal(cal_leave_halfdays(&cal2026, mon, CAL_WHOLE_DAY, fri, CAL_WHOLE_DAY), 10);
	assert_int_equal(cal_leave_halfdays(&cal2026, mon, CAL_AFTERNOON, fri, CAL_MORNING), 8);
	assert_int_equal(cal_leave_halfdays(&cal2026, mon, CAL_AFTERNOON, fri, CAL_WHOLE_DAY), 9);
	assert_int_equal(cal_leave_halfdays(&cal2026, mon, CAL_WHOLE_DAY, mon + 7, CAL_MORNING), 11);
}

static void test_LV01_leave_single_day_parts(void **state)
{
	int tue = D(2026, 3, 3);
	(void)state;
	assert_int_equal(cal_leave_halfdays(&cal2026, tue, CAL_WHOLE_DAY, tue, CAL_WHOLE_DAY), 2);
	assert_int_equal(cal_leave_halfdays(&cal2026, tue, CAL_MORNING, tue, CAL_MORNING), 1);
	assert_int_equal(cal_leave_halfdays(&cal2026, tue, CAL_AFTERNOON, tue, CAL_WHOLE_DAY), 1);
	assert_int_equal(cal_leave_halfdays(&cal2026, tue, CAL_WHOLE_DAY, tue, CAL_MORNING), 1);
	assert_int_equal(cal_leave_halfdays(&cal2026, tue, CAL_AFTERNOON, tue, CAL_MORNING), -1);
}

static void test_LV01_leave_over_spring_festival_counts_only_workdays(void **state)
{
	(void)state;
	/* Thu 12 pm (1) + Fri 13 (2) + Sat 14 make-up (2) + Tue 24 (2) + Wed 25 am (1) */
	assert_int_equal(cal_leave_halfdays(&cal2026, D(2026, 2, 12), CAL_AFTERNOON,
					    D(2026, 2, 25), CAL_MORNING), 8);
	/* a half on a holiday end counts nothing, not minus one */
	assert_int_equal(cal_leave_halfdays(&cal2026, D(2026, 2, 16), CAL_AFTERNOON,
					    D(2026, 2, 24), CAL_MORNING), 1);
	assert_int_equal(cal_leave_halfdays(&cal2026, D(2026, 2, 21), CAL_WHOLE_DAY,
					    D(2026, 2, 21), CAL_WHOLE_DAY), 0);
}

static void test_LV01_leave_rejects_bad_parts_and_reversed_range(void **state)
{
	int tue = D(2026, 3, 3);
	(void)state;
	assert_int_equal(cal_leave_halfdays(&cal2026, tue, 3, tue + 1, 0), -1);
	assert_int_equal(cal_leave_halfdays(&cal2026, tue, 0, tue + 1, -1), -1);
	assert_int_equal(cal_leave_halfdays(&cal2026, tue + 1, 0, tue, 0), 0);
}

static void test_LV01_utc_2330_is_next_shanghai_day(void **state)
{
	long long midnight_utc = (long long)D(2025, 12, 31) * 86400;
	(void)state;
	assert_int_equal(cal_utc_to_day(midnight_utc + 23 * 3600 + 30 * 60), D(2026, 1, 1));
	assert_int_equal(cal_utc_to_day(midnight_utc + 16 * 3600 - 1), D(2025, 12, 31));
	assert_int_equal(cal_utc_to_day(midnight_utc + 16 * 3600), D(2026, 1, 1));
	assert_int_equal(cal_utc_to_day(-1), 0);          /* 1970-01-01 07:59:59 */
	assert_int_equal(cal_utc_to_day(-8 * 3600), 0);
	assert_int_equal(cal_utc_to_day(-8 * 3600 - 1), -1);
	assert_int_equal(cal_utc_to_day(LLONG_MAX), INT_MAX);
	assert_int_equal(cal_utc_to_day(LLONG_MIN), INT_MIN);
}

static void test_LV01_day_start_utc_is_shanghai_wall_clock(void **state)
{
	int day = D(2026, 1, 5);
	(void)state;
	/* 08:50 Shanghai = 00:50 UTC the same date */
	assert_int_equal(cal_day_start_utc(day, OPEN), (long long)day * 86400 + 50 * 60);
	/* 00:00 Shanghai = 16:00 UTC the previous date */
	assert_int_equal(cal_day_start_utc(day, 0), (long long)day * 86400 - 8 * 3600);
	for (int m = 0; m < 1440; m++)
		assert_int_equal(cal_utc_to_day(cal_day_start_utc(day, m)), day);
	assert_int_equal(cal_utc_to_day(cal_day_start_utc(day, 1440)), day + 1);
}

static void test_LV01_work_seconds_within_one_day(void **state)
{
	int day = D(2026, 3, 3);
	(void)state;
	assert_int_equal(cal_work_seconds_between(&cal2026, OPEN, CLOSE,
			cal_day_start_utc(day, 540), cal_day_start_utc(day, 600)), 3600);
	/* 08:00..09:00 counts only from 08:50 */
	assert_int_equal(cal_work_seconds_between(&cal2026, OPEN, CLOSE,
			cal_day_start_utc(day, 480), cal_day_start_utc(day, 540)), 600);
	/* whole calendar day = one window */
	assert_int_equal(cal_work_seconds_between(&cal2026, OPEN, CLOSE,
			cal_day_start_utc(day, 0), cal_day_start_utc(day + 1, 0)), WINDOW_SECS);
	/* after closing */
	assert_int_equal(cal_work_seconds_between(&cal2026, OPEN, CLOSE,
			cal_day_start_utc(day, CLOSE), cal_day_start_utc(day, 1400)), 0);
}

static void test_LV01_work_seconds_across_weekend(void **state)
{
	(void)state;
	/* Fri 17:00 -> Mon 09:00: 35 min + 10 min */
	assert_int_equal(cal_work_seconds_between(&cal2026, OPEN, CLOSE,
			cal_day_start_utc(D(2026, 1, 9), 1020),
			cal_day_start_utc(D(2026, 1, 12), 540)), 45 * 60);
}

static void test_LV01_work_seconds_across_spring_festival(void **state)
{
	(void)state;
	/* Fri 13 17:00 -> Tue 24 09:00: 35 min + Sat 14 make-up day + 10 min */
	assert_int_equal(cal_work_seconds_between(&cal2026, OPEN, CLOSE,
			cal_day_start_utc(D(2026, 2, 13), 1020),
			cal_day_start_utc(D(2026, 2, 24), 540)), 45 * 60 + WINDOW_SECS);
}

static void test_LV01_work_seconds_match_minute_by_minute_reference(void **state)
{
	(void)state;
	srand(1055);
	long long base = cal_day_start_utc(D(2025, 12, 25), 0);
	for (int i = 0; i < 150; i++) {
		long long from = base + 60LL * (rand() % (40 * 1440));
		long long to = from + 60LL * (rand() % (12 * 1440));
		assert_int_equal(cal_work_seconds_between(&cal2026, OPEN, CLOSE, from, to),
				 naive_work_secs(&cal2026, from, to));
	}
}

static void test_LV01_work_seconds_large_span_and_reversed(void **state)
{
	long long from = cal_day_start_utc(D(2000, 1, 1), 0);
	long long to = cal_day_start_utc(D(2400, 1, 1), 0);
	(void)state;
	assert_int_equal(cal_work_seconds_between(NULL, OPEN, CLOSE, from, to),
			 20871LL * 5 * WINDOW_SECS);
	assert_int_equal(cal_work_seconds_between(NULL, OPEN, CLOSE, to, from), 0);
}

static void test_LV01_add_work_seconds_over_weekend_and_holiday(void **state)
{
	(void)state;
	assert_int_equal(cal_add_work_seconds(&cal2026, OPEN, CLOSE,
			cal_day_start_utc(D(2026, 1, 9), 1020), 45 * 60),
			cal_day_start_utc(D(2026, 1, 12), 540));
	assert_int_equal(cal_add_work_seconds(&cal2026, OPEN, CLOSE,
			cal_day_start_utc(D(2026, 2, 13), 1020), 45 * 60 + WINDOW_SECS),
			cal_day_start_utc(D(2026, 2, 24), 540));
	/* starting on a holiday: clock starts at the next opening */
	assert_int_equal(cal_add_work_seconds(&cal2026, OPEN, CLOSE,
			cal_day_start_utc(D(2026, 2, 17), 600), 1),
			cal_day_start_utc(D(2026, 2, 24), OPEN) + 1);
}

static void test_LV01_add_work_seconds_ends_at_closing_not_next_opening(void **state)
{
	int day = D(2026, 3, 3);
	(void)state;
	assert_int_equal(cal_add_work_seconds(&cal2026, OPEN, CLOSE,
			cal_day_start_utc(day, OPEN), WINDOW_SECS), cal_day_start_utc(day, CLOSE));
	assert_int_equal(cal_add_work_seconds(&cal2026, OPEN, CLOSE,
			cal_day_start_utc(day, OPEN), WINDOW_SECS + 1),
			cal_day_start_utc(day + 1, OPEN) + 1);
	assert_int_equal(cal_add_work_seconds(&cal2026, OPEN, CLOSE,
			cal_day_start_utc(day, 200), 0), cal_day_start_utc(day, 200));
}

static void test_LV01_add_work_seconds_inverts_between(void **state)
{
	(void)state;
	srand(530);
	long long base = cal_day_start_utc(D(2025, 12, 20), 0);
	for (int i = 0; i < 5000; i++) {
		long long from = base + rand() % (80 * 86400);
		long long secs = 1 + rand() % (15 * WINDOW_SECS);
		long long t = cal_add_work_seconds(&cal2026, OPEN, CLOSE, from, secs);
		assert_int_equal(cal_work_seconds_between(&cal2026, OPEN, CLOSE, from, t), secs);
		assert_int_equal(cal_work_seconds_between(&cal2026, OPEN, CLOSE, from, t - 1), secs - 1);
	}
}

static void test_LV01_work_time_rejects_invalid_input(void **state)
{
	(void)state;
	assert_int_equal(cal_work_seconds_between(NULL, CLOSE, OPEN, 0, 100000), -1);
	assert_int_equal(cal_work_seconds_between(NULL, 0, 1441, 0, 100000), -1);
	assert_int_equal(cal_work_seconds_between(NULL, -1, 10, 0, 100000), -1);
	assert_int_equal(cal_work_seconds_between(NULL, OPEN, CLOSE, LLONG_MIN, LLONG_MAX), -1);
	assert_true(cal_add_work_seconds(NULL, OPEN, OPEN, 0, 10) == LLONG_MIN);
	assert_true(cal_add_work_seconds(NULL, OPEN, CLOSE, 0, -1) == LLONG_MIN);
	assert_true(cal_add_work_seconds(NULL, OPEN, CLOSE, LLONG_MAX, 1) == LLONG_MIN);
	assert_true(cal_add_work_seconds(NULL, OPEN, CLOSE, 0, LLONG_MAX) == LLONG_MIN);
	/* the whole day as a window is valid */
	assert_int_equal(cal_work_seconds_between(NULL, 0, 1440,
			cal_day_start_utc(D(2026, 3, 2), 0), cal_day_start_utc(D(2026, 3, 9), 0)),
			5 * 86400);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_LV01_weekday_of_known_dates),
		cmocka_unit_test(test_civil_dates_known_values),
		cmocka_unit_test(test_civil_dates_refuse_impossible_dates),
		cmocka_unit_test(test_civil_dates_round_trip_over_5000_years),
		cmocka_unit_test(test_LV01_weekends_off_weekdays_on_without_data),
		cmocka_unit_test(test_LV01_holiday_off_and_makeup_weekend_on),
		cmocka_unit_test(test_LV01_holiday_wins_over_makeup_listing_same_day),
		cmocka_unit_test(test_LV01_duplicate_entries_count_once),
		cmocka_unit_test(test_LV01_next_workday_across_year_end_new_year_only),
		cmocka_unit_test(test_LV01_next_workday_across_year_end_with_2026_makeup_sunday),
		cmocka_unit_test(test_LV01_spring_festival_week_with_makeup_saturdays),
		cmocka_unit_test(test_LV01_add_zero_workdays_is_the_day_itself),
		cmocka_unit_test(test_LV01_workdays_empty_and_single_day_ranges),
		cmocka_unit_test(test_LV01_add_and_count_agree_with_day_by_day_reference),
		cmocka_unit_test(test_LV01_large_spans),
		cmocka_unit_test(test_LV01_leave_whole_week_and_half_days),
		cmocka_unit_test(test_LV01_leave_single_day_parts),
		cmocka_unit_test(test_LV01_leave_over_spring_festival_counts_only_workdays),
		cmocka_unit_test(test_LV01_leave_rejects_bad_parts_and_reversed_range),
		cmocka_unit_test(test_LV01_utc_2330_is_next_shanghai_day),
		cmocka_unit_test(test_LV01_day_start_utc_is_shanghai_wall_clock),
		cmocka_unit_test(test_LV01_work_seconds_within_one_day),
		cmocka_unit_test(test_LV01_work_seconds_across_weekend),
		cmocka_unit_test(test_LV01_work_seconds_across_spring_festival),
		cmocka_unit_test(test_LV01_work_seconds_match_minute_by_minute_reference),
		cmocka_unit_test(test_LV01_work_seconds_large_span_and_reversed),
		cmocka_unit_test(test_LV01_add_work_seconds_over_weekend_and_holiday),
		cmocka_unit_test(test_LV01_add_work_seconds_ends_at_closing_not_next_opening),
		cmocka_unit_test(test_LV01_add_work_seconds_inverts_between),
		cmocka_unit_test(test_LV01_work_time_rejects_invalid_input),
	};
	return cmocka_run_group_tests(tests, setup_2026, NULL);
}
