/*
 * test_leave_rules.c - LV-01..LV-05 and LV-12 at their exact boundaries,
 * plus early return (销假) and annual-leave balances, on pure functions.
 *
 * The calendar used: 2026, National Day holidays 10-01..10-07, make-up
 * working days Sunday 09-27 and Saturday 10-10 (调休).  2026-03-09 is a
 * Monday.  Times are built as Shanghai wall-clock (UTC+8).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "flows/leave/leave_rules.h"

static int D(int y, int m, int d) { return cal_days(y, m, d); }

/* Shanghai y-m-d hh:mm:ss as UTC seconds. */
static long long at(int y, int m, int d, int hh, int mm, int ss)
{
	return cal_day_start_utc(D(y, m, d), hh * 60 + mm) + ss;
}

static int holidays[7];
static int makeup[2];
static struct calendar cal2026;

static int setup(void **state)
{
	(void)state;
	for (int i = 0; i < 7; i++)
		holidays[i] = D(2026, 10, 1 + i);
	makeup[0] = D(2026, 9, 27);
	makeup[1] = D(2026, 10, 10);
	cal2026 = (struct calendar){holidays, 7, makeup, 2};
	return 0;
}

static int len(const struct calendar *c, int first, int fp, int last, int lp)
{
	struct lv_span s;
	if (lv_span_of(first, fp, last, lp, &s))
		return -1;
	return lv_halfdays(c, &s);
}

static void test_LV01_weekend_not_counted(void **state)
{
	(void)state;
	/* Fri 03-06 .. Mon 03-09: Friday and Monday, the weekend between is free. */
	assert_int_equal(len(NULL, D(2026, 3, 6), 0, D(2026, 3, 9), 0), 4);
	/* A leave only over a weekend is no working time at all. */
	assert_int_equal(len(NULL, D(2026, 3, 7), 0, D(2026, 3, 8), 0), 0);
}

static void test_LV01_holiday_and_makeup_day(void **state)
{
	(void)state;
	int first = D(2026, 9, 25), last = D(2026, 10, 10);
	/* Plain weeks: 09-25, 28, 29, 30, 10-01, 02, 05..09 = 11 days. */
	assert_int_equal(len(NULL, first, 0, last, 0), 22);
	/* With the calendar: 09-25, 27 (make-up Sunday), 28, 29, 30, 10-08,
	 * 09, 10 (make-up Saturday) = 8 days; the holiday week counts nothing. */
	assert_int_equal(len(&cal2026, first, 0, last, 0), 16);
	/* The make-up Sunday alone is a working day. */
	assert_int_equal(len(&cal2026, D(2026, 9, 27), 0, D(2026, 9, 27), 0), 2);
	/* A holiday alone is not. */
	assert_int_equal(len(&cal2026, D(2026, 10, 5), 0, D(2026, 10, 5), 0), 0);
}

static void test_LV01_half_days(void **state)
{
	(void)state;
	int mon = D(2026, 3, 9), wed = D(2026, 3, 11);
	assert_int_equal(len(NULL, mon, CAL_AFTERNOON, wed, CAL_MORNING), 4);
	assert_int_equal(len(NULL, mon, CAL_MORNING, mon, CAL_WHOLE_DAY), 1);
	assert_int_equal(len(NULL, mon, CAL_WHOLE_DAY, mon, CAL_AFTERNOON), 1);
	assert_int_equal(len(NULL, mon, 0, mon, 0), 2);
	/* Contradictions and holes are refused. */
	assert_int_equal(len(NULL, mon, CAL_MORNING, mon, CAL_AFTERNOON), -1);
	assert_int_equal(len(NULL, mon, CAL_MORNING, wed, 0), -1);
	assert_int_equal(len(NULL, mon, 0, wed, CAL_AFTERNOON), -1);
	assert_int_equal(len(NULL, wed, 0, mon, 0), -1);
	assert_int_equal(len(NULL, mon, 3, mon, 0), -1);
}

static void test_LV02_sick_notice_0749_ok_0751_refused(void **state)
{
	(void)state;
	struct lv_span s;
	assert_int_equal(lv_span_of(D(2026, 3, 9), 0, D(2026, 3, 9), 0, &s), 0);
	long long cut = lv_sick_cutoff(&cal2026, &s, 530, 60);
	assert_int_equal(cut, at(2026, 3, 9, 7, 50, 0));
	assert_true(lv_sick_in_time(at(2026, 3, 9, 7, 49, 0), cut));
	assert_true(lv_sick_in_time(at(2026, 3, 9, 7, 50, 0), cut));
	assert_false(lv_sick_in_time(at(2026, 3, 9, 7, 50, 1), cut));
	assert_false(lv_sick_in_time(at(2026, 3, 9, 7, 51, 0), cut));
	/* The notice is a setting: 30 minutes moves the cutoff to 08:20. */
	assert_int_equal(lv_sick_cutoff(&cal2026, &s, 530, 30), at(2026, 3, 9, 8, 20, 0));
}

static void test_LV02_2330_utc_counts_on_next_shanghai_day(void **state)
{
	(void)state;
	/* 2026-03-08 23:30 UTC is 03-09 07:30 in Shanghai: the Monday. */
	long long now = 1773012600LL;
	assert_int_equal(cal_utc_to_day(now), D(2026, 3, 9));
	struct lv_span s;
	assert_int_equal(lv_span_of(D(2026, 3, 9), 0, D(2026, 3, 10), 0, &s), 0);
	assert_true(lv_sick_in_time(now, lv_sick_cutoff(&cal2026, &s, 530, 60)));
	/* 23:51 UTC is 07:51 Shanghai: too late for Monday. */
	assert_false(lv_sick_in_time(now + 21 * 60, lv_sick_cutoff(&cal2026, &s, 530, 60)));
}

static void test_LV02_cutoff_on_first_working_day(void **state)
{
	(void)state;
	struct lv_span s;
	/* A sick leave filed for the holiday week and the day after: the
	 * notice counts from the first working day, 10-08. */
	assert_int_equal(lv_span_of(D(2026, 10, 6), 0, D(2026, 10, 8), 0, &s), 0);
	assert_int_equal(lv_sick_cutoff(&cal2026, &s, 530, 60), at(2026, 10, 8, 7, 50, 0));
}

static void test_LV03_certificate_2_3_4_days(void **state)
{
	(void)state;
	assert_false(lv_needs_certificate(4, 3));   /* 2 days */
	assert_false(lv_needs_certificate(5, 3));   /* 2.5 days */
	assert_true(lv_needs_certificate(6, 3));    /* 3 days: 三天以上 includes three */
	assert_true(lv_needs_certificate(8, 3));    /* 4 days */
	/* The boundary is a setting. */
	assert_false(lv_needs_certificate(6, 4));
	assert_true(lv_needs_certificate(8, 4));
	assert_false(lv_needs_certificate(100, 0));
}

static void test_LV03_certificate_grace_in_working_days(void **state)
{
	(void)state;
	struct lv_span s;
	/* Ends Wednesday 09-30; three working days later, over the holiday
	 * week, is Saturday 10-10 (08, 09, 10 make-up). */
	assert_int_equal(lv_span_of(D(2026, 9, 28), 0, D(2026, 9, 30), 0, &s), 0);
	assert_int_equal(lv_cert_deadline(&cal2026, &s, 3), D(2026, 10, 10));
	assert_int_equal(lv_cert_deadline(NULL, &s, 3), D(2026, 10, 5));
}

static void test_LV04_personal_before_end_of_previous_day(void **state)
{
	(void)state;
	struct lv_span s;
	assert_int_equal(lv_span_of(D(2026, 3, 10), 0, D(2026, 3, 10), 0, &s), 0);
	long long cut = lv_personal_cutoff(&cal2026, &s, 1055);
	assert_int_equal(cut, at(2026, 3, 9, 17, 35, 0));
	assert_true(lv_personal_in_time(at(2026, 3, 9, 17, 34, 59), cut));
	assert_false(lv_personal_in_time(at(2026, 3, 9, 17, 35, 0), cut));
	/* A Monday leave must be asked for by Friday 17:35. */
	assert_int_equal(lv_span_of(D(2026, 3, 9), 0, D(2026, 3, 9), 0, &s), 0);
	assert_int_equal(lv_personal_cutoff(&cal2026, &s, 1055), at(2026, 3, 6, 17, 35, 0));
	/* After the holiday week: the day before is 09-30. */
	assert_int_equal(lv_span_of(D(2026, 10, 8), 0, D(2026, 10, 8), 0, &s), 0);
	assert_int_equal(lv_personal_cutoff(&cal2026, &s, 1055), at(2026, 9, 30, 17, 35, 0));
}

static void test_LV05_general_manager_over_three_days(void **state)
{
	(void)state;
	assert_false(lv_needs_gm(6, 3));   /* 3 days: not more than three */
	assert_true(lv_needs_gm(7, 3));    /* 3.5 days */
	assert_true(lv_needs_gm(8, 3));    /* 4 days */
	/* The route tests days > personal_gm_days, so 3.5 must read as 4. */
	assert_int_equal(lv_days_ceil(6), 3);
	assert_int_equal(lv_days_ceil(7), 4);
	assert_int_equal(lv_days_ceil(1), 1);
	assert_int_equal(lv_days_ceil(0), 0);
}

static void test_LV12_overlap_by_half_day(void **state)
{
	(void)state;
	int mon = D(2026, 3, 9), tue = D(2026, 3, 10);
	struct lv_span whole, am, pm, next;
	assert_int_equal(lv_span_of(mon, 0, mon, 0, &whole), 0);
	assert_int_equal(lv_span_of(mon, CAL_MORNING, mon, 0, &am), 0);
	assert_int_equal(lv_span_of(mon, CAL_AFTERNOON, mon, 0, &pm), 0);
	assert_int_equal(lv_span_of(tue, 0, tue, 0, &next), 0);
	assert_true(lv_overlaps(&whole, &pm));
	assert_true(lv_overlaps(&am, &whole));
	assert_false(lv_overlaps(&am, &pm));
	assert_false(lv_overlaps(&whole, &next));
	assert_false(lv_overlaps(&next, &whole));
	struct lv_span pm_to_tue;
	assert_int_equal(lv_span_of(mon, CAL_AFTERNOON, tue, CAL_MORNING, &pm_to_tue), 0);
	assert_true(lv_overlaps(&pm_to_tue, &next));
	assert_false(lv_overlaps(&pm_to_tue, &am));
}

static void test_end_early_recounts(void **state)
{
	(void)state;
	struct lv_span s;
	int mon = D(2026, 3, 9), wed = D(2026, 3, 11), fri = D(2026, 3, 13);
	assert_int_equal(lv_span_of(mon, 0, fri, 0, &s), 0);
	assert_int_equal(lv_halfdays(NULL, &s), 10);
	struct lv_span t = s;
	assert_int_equal(lv_end_early(&t, wed, 0), 0);       /* back Wednesday morning */
	assert_int_equal(lv_halfdays(NULL, &t), 4);
	t = s;
	assert_int_equal(lv_end_early(&t, wed, 1), 0);       /* back Wednesday afternoon */
	assert_int_equal(lv_halfdays(NULL, &t), 5);
	t = s;
	assert_int_equal(lv_end_early(&t, mon, 0), -1);      /* nothing would be left */
	assert_int_equal(lv_end_early(&t, D(2026, 3, 14), 0), -1);  /* nothing would change */
}

static void test_annual_balance_statutory_scale(void **state)
{
	(void)state;
	int start = D(2018, 3, 1);
	assert_int_equal(lv_years_worked(start, D(2019, 2, 28)), 0);
	assert_int_equal(lv_years_worked(start, D(2019, 3, 1)), 1);
	assert_int_equal(lv_years_worked(start, D(2017, 1, 1)), 0);
	assert_int_equal(lv_statutory_days(0), 0);
	assert_int_equal(lv_statutory_days(1), 5);
	assert_int_equal(lv_statutory_days(9), 5);
	assert_int_equal(lv_statutory_days(10), 10);
	assert_int_equal(lv_statutory_days(19), 10);
	assert_int_equal(lv_statutory_days(20), 15);
	/* 5 days entitled, 2 used, 1 pending: 2 more fit, 2.5 do not. */
	assert_true(lv_balance_ok(10, 4, 2, 4));
	assert_false(lv_balance_ok(10, 4, 2, 5));
	assert_false(lv_balance_ok(10, -1, 0, 1));
}

/* LV-02: a sick leave from the afternoon is asked for an hour before the
 * afternoon starts; from the morning, or over a day off, as before. */
static void test_LV02_afternoon_cutoff(void **state)
{
	(void)state;
	struct lv_span pm = {2LL * D(2026, 3, 10) + 1, 2LL * D(2026, 3, 10) + 1};
	struct lv_span am = {2LL * D(2026, 3, 10), 2LL * D(2026, 3, 10)};
	assert_true(lv_sick_cutoff_pm(NULL, &pm, 530, 780, 60) == at(2026, 3, 10, 12, 0, 0));
	assert_true(lv_sick_cutoff_pm(NULL, &am, 530, 780, 60) == at(2026, 3, 10, 7, 50, 0));
	/* Saturday afternoon is no working time: the first workday's morning counts. */
	struct lv_span sat = {2LL * D(2026, 3, 7) + 1, 2LL * D(2026, 3, 9) + 1};
	assert_true(lv_sick_cutoff_pm(NULL, &sat, 530, 780, 60) == at(2026, 3, 9, 7, 50, 0));
}

/* LV-03/LV-05: leaves with only days off between them are one absence. */
static void test_LV03_adjoining_leaves_and_calendar_days(void **state)
{
	(void)state;
	struct lv_span thu_fri = {2LL * D(2026, 3, 5), 2LL * D(2026, 3, 6) + 1};
	struct lv_span mon = {2LL * D(2026, 3, 9), 2LL * D(2026, 3, 9) + 1};
	struct lv_span tue = {2LL * D(2026, 3, 10), 2LL * D(2026, 3, 10) + 1};
	struct lv_span wed_pm = {2LL * D(2026, 3, 11) + 1, 2LL * D(2026, 3, 11) + 1};
	assert_true(lv_adjoins(NULL, &thu_fri, &mon));         /* the weekend between */
	assert_true(lv_adjoins(NULL, &mon, &tue));             /* the next day */
	assert_false(lv_adjoins(NULL, &thu_fri, &tue));        /* Monday worked between */
	assert_false(lv_adjoins(NULL, &tue, &wed_pm));         /* Wednesday morning worked */
	assert_false(lv_adjoins(NULL, &mon, &thu_fri));        /* not in order */
	/* the National Day holidays join the leaves before and after them */
	struct lv_span sep30 = {2LL * D(2026, 9, 30), 2LL * D(2026, 9, 30) + 1};
	struct lv_span oct8 = {2LL * D(2026, 10, 8), 2LL * D(2026, 10, 8) + 1};
	assert_true(lv_adjoins(&cal2026, &sep30, &oct8));
	struct lv_span thu_sun = {2LL * D(2026, 3, 5), 2LL * D(2026, 3, 8) + 1};
	assert_int_equal(lv_calendar_days(&thu_sun), 4);
	assert_int_equal(lv_halfdays(NULL, &thu_sun), 4);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_LV01_weekend_not_counted),
		cmocka_unit_test(test_LV01_holiday_and_makeup_day),
		cmocka_unit_test(test_LV01_half_days),
		cmocka_unit_test(test_LV02_sick_notice_0749_ok_0751_refused),
		cmocka_unit_test(test_LV02_2330_utc_counts_on_next_shanghai_day),
		cmocka_unit_test(test_LV02_cutoff_on_first_working_day),
		cmocka_unit_test(test_LV03_certificate_2_3_4_days),
		cmocka_unit_test(test_LV03_certificate_grace_in_working_days),
		cmocka_unit_test(test_LV04_personal_before_end_of_previous_day),
		cmocka_unit_test(test_LV05_general_manager_over_three_days),
		cmocka_unit_test(test_LV12_overlap_by_half_day),
		cmocka_unit_test(test_end_early_recounts),
		cmocka_unit_test(test_annual_balance_statutory_scale),
		cmocka_unit_test(test_LV02_afternoon_cutoff),
		cmocka_unit_test(test_LV03_adjoining_leaves_and_calendar_days),
	};
	return cmocka_run_group_tests(tests, setup, NULL);
}
