/*
 * test_payroll.c - LV-06..LV-10 on the pure month calculation, checked
 * against a month worked out by hand (see test_month_worked_by_hand).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <limits.h>

#include "attendance/payroll.h"

static const struct pay_policy policy = {
	.sick_bp = 5000, .personal_bp = 10000, .late_fine = 2000, .late_absence_min = 30,
	.late_flag_count = 3, .absence_fine = 10000, .absence_flag_days = 3,
};

static void test_LV06_daily_wage_half_up(void **state)
{
	(void)state;
	long long w;
	/* ¥8,000 / 21.75 = ¥367.8160... -> ¥367.82 */
	assert_int_equal(pay_daily_wage(800000, &w), 0);
	assert_int_equal(w, 36782);
	/* ¥10,000 / 21.75 = ¥459.770... -> ¥459.77 */
	assert_int_equal(pay_daily_wage(1000000, &w), 0);
	assert_int_equal(w, 45977);
	/* ¥7,500 / 21.75 = ¥344.827... -> ¥344.83 */
	assert_int_equal(pay_daily_wage(750000, &w), 0);
	assert_int_equal(w, 34483);
}

static void test_LV06_sick_share_and_personal_whole(void **state)
{
	(void)state;
	long long d;
	/* Half a sick day at 50%: 36782 / 4 = 9195.5 -> 9196 (half-up). */
	assert_int_equal(pay_leave_deduction(36782, 1, 5000, &d), 0);
	assert_int_equal(d, 9196);
	/* Two sick days at 50% = one daily wage. */
	assert_int_equal(pay_leave_deduction(36782, 4, 5000, &d), 0);
	assert_int_equal(d, 36782);
	/* 1.5 personal days at 100%. */
	assert_int_equal(pay_leave_deduction(36782, 3, 10000, &d), 0);
	assert_int_equal(d, 55173);
	assert_int_equal(pay_leave_deduction(LLONG_MAX, 4, 5000, &d), -1);
}

static void test_LV07_late_meeting_counts_shuttle_excused(void **state)
{
	(void)state;
	struct att_effect e;
	struct att_day late = {ATT_LATE, 10, 0, 0, 0};
	assert_int_equal(att_effect_of(&late, &policy, &e), 0);
	assert_int_equal(e.lates, 1);
	struct att_day meeting = {ATT_LATE, 10, 1, 0, 0};
	assert_int_equal(att_effect_of(&meeting, &policy, &e), 0);
	assert_int_equal(e.lates, 1);
	struct att_day shuttle = {ATT_LATE, 10, 0, 1, 0};
	assert_int_equal(att_effect_of(&shuttle, &policy, &e), 0);
	assert_int_equal(e.lates, 0);
	assert_int_equal(e.excused, 1);
	assert_int_equal(e.absent_halfdays, 0);
	struct att_day bad = {ATT_LATE, 0, 0, 0, 0};
	assert_int_equal(att_effect_of(&bad, &policy, &e), -1);
}

static void test_LV08_over_30_minutes_is_half_day_absence(void **state)
{
	(void)state;
	struct att_effect e;
	struct att_day d30 = {ATT_LATE, 30, 0, 0, 0};
	assert_int_equal(att_effect_of(&d30, &policy, &e), 0);
	assert_int_equal(e.lates, 1);
	assert_int_equal(e.absent_halfdays, 0);
	struct att_day d31 = {ATT_LATE, 31, 0, 0, 0};
	assert_int_equal(att_effect_of(&d31, &policy, &e), 0);
	assert_int_equal(e.lates, 0);
	assert_int_equal(e.absent_halfdays, 1);
	/* A month with just that: ¥50 and half a day, no late fine. */
	struct pay_in in = {.salary_fen = 800000, .workdays = 22, .days = &d31, .ndays = 1};
	struct pay_out out;
	assert_int_equal(pay_month(&in, &policy, &out), 0);
	assert_int_equal(out.absence_deduct, 5000);
	assert_int_equal(out.late_deduct, 0);
	assert_int_equal(out.absent_halfdays, 1);
}

static void test_LV09_three_lates_flag(void **state)
{
	(void)state;
	struct att_day two[] = {{ATT_LATE, 5, 0, 0, 0}, {ATT_LATE, 5, 1, 0, 0}, {ATT_LATE, 5, 0, 1, 0}};
	struct pay_in in = {.salary_fen = 800000, .workdays = 22, .days = two, .ndays = 3};
	struct pay_out out;
	assert_int_equal(pay_month(&in, &policy, &out), 0);
	assert_int_equal(out.lates, 2);     /* the shuttle late does not count */
	assert_false(out.flag_lates);
	two[2].shuttle = 0;
	assert_int_equal(pay_month(&in, &policy, &out), 0);
	assert_int_equal(out.lates, 3);
	assert_true(out.flag_lates);
	assert_int_equal(out.late_deduct, 6000);
}

static void test_LV10_absence_fine_and_period_flag(void **state)
{
	(void)state;
	struct att_day days[] = {{ATT_ABSENT, 0, 0, 0, 2}, {ATT_ABSENT, 0, 0, 0, 1}};
	struct pay_in in = {.salary_fen = 800000, .workdays = 22, .days = days, .ndays = 2,
	    .absence_before_halfdays = 2};
	struct pay_out out;
	assert_int_equal(pay_month(&in, &policy, &out), 0);
	assert_int_equal(out.absence_deduct, 15000);   /* 1.5 days x ¥100 */
	assert_false(out.flag_absence);                /* 2.5 days in the year */
	in.absence_before_halfdays = 3;
	assert_int_equal(pay_month(&in, &policy, &out), 0);
	assert_true(out.flag_absence);                 /* 3 days in the year */
	struct att_day bad = {ATT_ABSENT, 0, 0, 0, 3};
	in.days = &bad;
	in.ndays = 1;
	assert_int_equal(pay_month(&in, &policy, &out), -1);
}

/*
 * March 2026 for 张伟, salary ¥8,000, worked out by hand:
 *   workdays in March 2026 (Mon-Fri, no holidays): 22 -> 44 half days
 *   daily wage: 8000 / 21.75 = 367.816... -> ¥367.82
 *   sick leave with certificate, 2 days (4 half days): 367.82 x 2 x 50% = ¥367.82
 *   personal leave 1.5 days (3 half days): 367.82 x 1.5 = ¥551.73
 *   lates: 03-02 5 min, 03-03 30 min (the limit: still a late), 03-05
 *     10 min for a meeting -> 3 lates x ¥20 = ¥60, and LV-09 flags 3 lates
 *   03-04 31 min late -> half a day's absence, not a late
 *   03-06 12 min late, company shuttle -> excused
 *   03-10 absent the whole day -> 1 day
 *   absence: 0.5 + 1 = 1.5 days x ¥100 = ¥150
 *   absence earlier this year: 1.5 days -> 3 days in the year, LV-10 flags
 *   total: 367.82 + 551.73 + 60 + 150 = ¥1,129.55
 *   days worked: 44 - 4 - 3 - 3 = 34 half days = 17 days
 */
static void test_month_worked_by_hand(void **state)
{
	(void)state;
	struct att_day days[] = {
		{ATT_LATE, 5, 0, 0, 0}, {ATT_LATE, 30, 0, 0, 0}, {ATT_LATE, 31, 0, 0, 0},
		{ATT_LATE, 10, 1, 0, 0}, {ATT_LATE, 12, 0, 1, 0}, {ATT_ABSENT, 0, 0, 0, 2},
		{ATT_ON_TIME, 0, 0, 0, 0},
	};
	struct pay_in in = {.salary_fen = 800000, .workdays = 22, .sick_halfdays = 4, .personal_halfdays = 3,
	    .days = days, .ndays = sizeof days / sizeof days[0], .absence_before_halfdays = 3};
	struct pay_out out;
	assert_int_equal(pay_month(&in, &policy, &out), 0);
	assert_int_equal(out.daily_wage, 36782);
	assert_int_equal(out.sick_deduct, 36782);
	assert_int_equal(out.personal_deduct, 55173);
	assert_int_equal(out.lates, 3);
	assert_int_equal(out.excused, 1);
	assert_int_equal(out.late_deduct, 6000);
	assert_int_equal(out.absent_halfdays, 3);
	assert_int_equal(out.absence_deduct, 15000);
	assert_int_equal(out.total_deduct, 112955);
	assert_int_equal(out.worked_halfdays, 34);
	assert_true(out.flag_lates);
	assert_true(out.flag_absence);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_LV06_daily_wage_half_up),
		cmocka_unit_test(test_LV06_sick_share_and_personal_whole),
		cmocka_unit_test(test_LV07_late_meeting_counts_shuttle_excused),
		cmocka_unit_test(test_LV08_over_30_minutes_is_half_day_absence),
		cmocka_unit_test(test_LV09_three_lates_flag),
		cmocka_unit_test(test_LV10_absence_fine_and_period_flag),
		cmocka_unit_test(test_month_worked_by_hand),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
