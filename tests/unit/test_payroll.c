/*
 * test_payroll.c - LV-06..LV-10 on the pure arithmetic: what a day counts
 * for (daycount.h: days off, leave, outings, the shuttle, several lates a
 * day, lates over the limit) and a month as money (payroll.h: summed
 * exactly, rounded half-up once, never more than the salary), checked
 * against months worked out by hand.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <limits.h>
#include <string.h>

#include "attendance/daycount.h"
#include "attendance/payroll.h"
#include "engine/calendar.h"

static const struct pay_policy policy = {
	.sick_bp = 5000, .personal_bp = 10000, .late_fine = 2000, .late_absence_min = 30,
	.late_flag_count = 3, .absence_fine = 10000, .absence_flag_days = 3,
	.work_start_min = 530, .work_end_min = 1055, .afternoon_start_min = 780,
};

static const struct day_ctx workday = {DAY_WORK, 0, 0, 0};

static struct day_effect judge(const struct att_work *w, const int *meet, size_t n, const struct day_ctx *c)
{
	struct day_effect e;
	assert_int_equal(day_effect_of(w, meet, n, c, &policy, &e), 0);
	return e;
}

/* ---- a day (daycount.h) --------------------------------------------- */

static void test_LV07_late_counts_and_shuttle_is_not_counted(void **state)
{
	(void)state;
	struct att_work late = {ATT_LATE, 10, 0, 0, -1};
	struct day_effect e = judge(&late, NULL, 0, &workday);
	assert_int_equal(e.lates, 1);
	assert_int_equal(e.absent_halfdays, 0);
	struct att_work shuttle = {ATT_LATE, 10, 1, 0, -1};
	e = judge(&shuttle, NULL, 0, &workday);
	assert_int_equal(e.lates, 0);
	assert_int_equal(e.excused, 1);
	assert_true(e.why & WHY_SHUTTLE);
	struct att_work none = {ATT_ON_TIME, 0, 0, 0, 530};
	e = judge(&none, NULL, 0, &workday);
	assert_int_equal(e.lates + e.excused + e.absent_halfdays, 0);
	struct att_work bad = {ATT_LATE, 0, 0, 0, -1};
	assert_int_equal(day_effect_of(&bad, NULL, 0, &workday, &policy, &e), -1);
	int zero = 0;
	assert_int_equal(day_effect_of(NULL, &zero, 1, &workday, &policy, &e), -1);
}

static void test_LV07_late_for_work_and_meetings_count_separately(void **state)
{
	(void)state;
	struct att_work late = {ATT_LATE, 10, 0, 0, 540};
	int meetings[] = {5, 12};
	struct day_effect e = judge(&late, meetings, 2, &workday);
	assert_int_equal(e.lates, 3);
	/* Meetings alone, on a day the clock said nothing about. */
	e = judge(NULL, meetings, 2, &workday);
	assert_int_equal(e.lates, 2);
}

static void test_LV08_over_the_limit_is_half_a_day_for_work_and_meetings(void **state)
{
	(void)state;
	struct att_work d30 = {ATT_LATE, 30, 0, 0, -1}, d31 = {ATT_LATE, 31, 0, 0, -1};
	struct day_effect e = judge(&d30, NULL, 0, &workday);
	assert_int_equal(e.lates, 1);
	assert_int_equal(e.absent_halfdays, 0);
	e = judge(&d31, NULL, 0, &workday);
	assert_int_equal(e.lates, 0);
	assert_int_equal(e.absent_halfdays, 1);
	assert_true(e.why & WHY_LATE_OVER);
	int meeting = 40;
	e = judge(NULL, &meeting, 1, &workday);
	assert_int_equal(e.absent_halfdays, 1);
	/* Absent all day and late for a meeting as well: never more than the day. */
	struct att_work whole = {ATT_ABSENT, 0, 0, 2, -1};
	e = judge(&whole, &meeting, 1, &workday);
	assert_int_equal(e.absent_halfdays, 2);
	assert_true(e.why & WHY_UNEXCUSED);
	struct att_work three = {ATT_ABSENT, 0, 0, 3, -1};
	assert_int_equal(day_effect_of(&three, NULL, 0, &workday, &policy, &e), -1);
}

static void test_LV10_weekend_holiday_and_whole_leave_count_nothing(void **state)
{
	(void)state;
	struct att_work absent = {ATT_ABSENT, 0, 0, 2, -1};
	int meeting = 45;
	struct day_ctx weekend = {DAY_WEEKEND, 0, 0, 0}, holiday = {DAY_HOLIDAY, 0, 0, 0};
	struct day_ctx leave = {DAY_WORK, HALF_MORNING | HALF_AFTERNOON, 0, 0};
	struct day_effect e = judge(&absent, &meeting, 1, &weekend);
	assert_int_equal(e.lates + e.absent_halfdays, 0);
	assert_int_equal(e.why, WHY_WEEKEND);
	e = judge(&absent, NULL, 0, &holiday);
	assert_int_equal(e.absent_halfdays, 0);
	assert_int_equal(e.why, WHY_HOLIDAY);
	e = judge(&absent, &meeting, 1, &leave);
	assert_int_equal(e.lates + e.absent_halfdays, 0);
	assert_int_equal(e.why, WHY_LEAVE_DAY);
	/* A make-up working day is a working day (the caller says DAY_WORK). */
	e = judge(&absent, NULL, 0, &workday);
	assert_int_equal(e.absent_halfdays, 2);
}

static void test_LV10_half_day_leave_leaves_only_the_other_half(void **state)
{
	(void)state;
	struct day_ctx morning = {DAY_WORK, HALF_MORNING, 0, 0}, afternoon = {DAY_WORK, HALF_AFTERNOON, 0, 0};
	struct att_work blank = {ATT_ABSENT, 0, 0, 2, -1};
	struct day_effect e = judge(&blank, NULL, 0, &afternoon);
	assert_int_equal(e.absent_halfdays, 1);
	assert_true(e.why & WHY_LEAVE_HALF);
	/* After a morning's leave the clock-in counts from 13:00: 13:10 is 10
	 * minutes late (one late), not 260 (half a day's absence). */
	struct att_work clock = {ATT_LATE, 260, 0, 0, 790};
	e = judge(&clock, NULL, 0, &morning);
	assert_int_equal(e.lates, 1);
	assert_int_equal(e.absent_halfdays, 0);
	assert_int_equal(e.work_late_min, 10);
	assert_true(e.why & WHY_AFTERNOON_START);
	clock.clock_min = 780;
	e = judge(&clock, NULL, 0, &morning);
	assert_int_equal(e.lates + e.absent_halfdays, 0);
	clock.clock_min = 811;   /* 31 minutes after 13:00: the afternoon is absent */
	e = judge(&clock, NULL, 0, &morning);
	assert_int_equal(e.absent_halfdays, 1);
	/* The clerk's own minutes (no clock-in) are taken as written. */
	struct att_work clerk = {ATT_LATE, 12, 0, 0, -1};
	e = judge(&clerk, NULL, 0, &morning);
	assert_int_equal(e.lates, 1);
	assert_int_equal(e.work_late_min, 12);
}

static void test_LV10_outing_day_is_never_an_absence(void **state)
{
	(void)state;
	struct day_ctx out = {DAY_WORK, 0, 1, 0}, out_at_start = {DAY_WORK, 0, 1, 1};
	struct att_work blank = {ATT_ABSENT, 0, 0, 2, -1};
	struct day_effect e = judge(&blank, NULL, 0, &out);
	assert_int_equal(e.absent_halfdays, 0);
	assert_true(e.why & WHY_OUTING);
	struct att_work late = {ATT_LATE, 40, 0, 0, 570};
	e = judge(&late, NULL, 0, &out_at_start);
	assert_int_equal(e.lates + e.absent_halfdays, 0);
	assert_true(e.why & WHY_OUTING_START);
	/* Out later in the day: the late counts, as a late, never an absence. */
	e = judge(&late, NULL, 0, &out);
	assert_int_equal(e.lates, 1);
	assert_int_equal(e.absent_halfdays, 0);
}

static void test_day_leave_halves_and_outing_hours(void **state)
{
	(void)state;
	int day = cal_days(2032, 4, 8);
	assert_int_equal(day_leave_halves(2LL * day, 2LL * day, day), HALF_MORNING);
	assert_int_equal(day_leave_halves(2LL * day + 1, 2LL * day + 5, day), HALF_AFTERNOON);
	assert_int_equal(day_leave_halves(2LL * day - 4, 2LL * day + 1, day), HALF_MORNING | HALF_AFTERNOON);
	assert_int_equal(day_leave_halves(2LL * day + 2, 2LL * day + 3, day), 0);
	int during, at_start;
	long long opens = cal_day_start_utc(day, 530), closes = cal_day_start_utc(day, 1055);
	day_outing(opens + 3600, opens + 7200, day, &policy, 530, &during, &at_start);
	assert_true(during);
	assert_false(at_start);
	day_outing(opens - 600, opens + 600, day, &policy, 530, &during, &at_start);
	assert_true(during);
	assert_true(at_start);
	/* Touching the working hours is not inside them. */
	day_outing(closes, closes + 3600, day, &policy, 530, &during, &at_start);
	assert_false(during);
	day_outing(opens - 3600, opens, day, &policy, 530, &during, &at_start);
	assert_false(during);
	assert_string_equal(day_why_code(WHY_LATE_OVER), "late_over");
	assert_null(day_why_code(0));
}

/* ---- a month (payroll.h) -------------------------------------------- */

static struct pay_out month(const struct pay_in *in, const struct pay_policy *p)
{
	struct pay_out out;
	assert_int_equal(pay_month(in, p, &out), 0);
	return out;
}

/* Half a sick day of ¥8,000 at 50%: 800000 x 5000 / 435000 = 9195.40 fen.
 * Rounding the daily wage first (¥367.82) gave 9195.5 -> 9196. */
static void test_LV06_daily_wage_is_never_rounded_on_its_own(void **state)
{
	(void)state;
	struct pay_in in = {.salary_fen = 800000, .workdays = 22, .sick_halfdays = 1};
	assert_int_equal(month(&in, &policy).due, 9195);
	/* Two sick days at 50% are exactly one daily wage: 367.816... -> ¥367.82. */
	in.sick_halfdays = 4;
	assert_int_equal(month(&in, &policy).due, 36782);
}

/* Parts whose fractions add up past a half: 700017 fen, half a sick day
 * (8046.17) and half a personal day (16092.34) are 24138.52 -> 24139,
 * where rounding each part gave 8046 + 16092 = 24138. */
static void test_LV06_month_summed_exactly_and_rounded_once(void **state)
{
	(void)state;
	struct pay_in in = {.salary_fen = 700017, .workdays = 22, .sick_halfdays = 1, .personal_halfdays = 1};
	struct pay_out out = month(&in, &policy);
	assert_int_equal(out.due, 24139);
	assert_int_equal(out.total_deduct, 24139);
	assert_int_equal(out.leave_deduct, 24139);
	/* Another leave type at its own share joins the same exact sum:
	 * half a day at 25% of ¥7,999.65 is 4597.5 fen exactly. */
	struct pay_in other = {.salary_fen = 799965, .workdays = 22, .other_halfdays = 1, .other_bp_halfdays = 2500};
	assert_int_equal(month(&other, &policy).due, 4598);
}

static void test_LV06_half_up_at_exactly_half_a_fen(void **state)
{
	(void)state;
	struct pay_policy p = policy;
	p.sick_bp = 2500;
	/* 799965 x 2500 / 435000 = 4597.5 -> 4598; 799964 gives 4597.49 -> 4597. */
	struct pay_in in = {.salary_fen = 799965, .workdays = 22, .sick_halfdays = 1};
	assert_int_equal(month(&in, &p).due, 4598);
	in.salary_fen = 799964;
	assert_int_equal(month(&in, &p).due, 4597);
	/* An odd absence fine: half a day of 10001 fen is 5000.5 -> 5001. */
	p.absence_fine = 10001;
	struct pay_in absent = {.salary_fen = 800000, .workdays = 22, .absent_halfdays = 1};
	struct pay_out out = month(&absent, &p);
	assert_int_equal(out.absence_deduct, 5001);
	assert_int_equal(out.due, 5001);
	/* Beside 0.5977 fen of leave (104 x 2500 / 435000) the month is
	 * 5001.0977 -> 5001, where the parts rounded alone show 5001 + 1. */
	absent.sick_halfdays = 1;
	absent.salary_fen = 104;
	out = month(&absent, &p);
	assert_int_equal(out.absence_deduct, 5001);
	assert_int_equal(out.leave_deduct, 1);
	assert_int_equal(out.due, 5001);
	assert_true(out.capped);
	assert_int_equal(out.total_deduct, 104);
}

static void test_LV06_deductions_never_exceed_the_salary(void **state)
{
	(void)state;
	/* ¥60 salary, three lates of ¥20: exactly the salary, no cap. */
	struct pay_in in = {.salary_fen = 6000, .workdays = 22, .lates = 3};
	struct pay_out out = month(&in, &policy);
	assert_int_equal(out.total_deduct, 6000);
	assert_false(out.capped);
	in.lates = 4;
	out = month(&in, &policy);
	assert_int_equal(out.due, 8000);
	assert_int_equal(out.total_deduct, 6000);
	assert_true(out.capped);
	/* A whole month of personal leave, 22 working days > 21.75. */
	struct pay_in leave = {.salary_fen = 600000, .workdays = 22, .personal_halfdays = 44};
	out = month(&leave, &policy);
	assert_int_equal(out.leave_deduct, 606897);
	assert_int_equal(out.total_deduct, 600000);
	assert_true(out.capped);
	assert_int_equal(out.worked_halfdays, 0);
	/* The salary plus 0.4 fen rounds to the salary: not capped; plus
	 * 0.501 fen rounds above it: capped. */
	struct pay_in edge = {.salary_fen = 1000, .workdays = 22, .other_halfdays = 1, .other_bp_halfdays = 435174};
	out = month(&edge, &policy);
	assert_int_equal(out.due, 1000);
	assert_false(out.capped);
	edge.other_bp_halfdays = 435218;
	out = month(&edge, &policy);
	assert_int_equal(out.due, 1001);
	assert_true(out.capped);
	assert_int_equal(out.total_deduct, 1000);
}

static void test_LV09_lates_flag_at_the_setting(void **state)
{
	(void)state;
	struct pay_in in = {.salary_fen = 800000, .workdays = 22, .lates = 2};
	assert_false(month(&in, &policy).flag_lates);
	in.lates = 3;
	struct pay_out out = month(&in, &policy);
	assert_true(out.flag_lates);
	assert_int_equal(out.late_deduct, 6000);
}

static void test_LV10_absence_fine_and_period_flag(void **state)
{
	(void)state;
	struct pay_in in = {.salary_fen = 800000, .workdays = 22, .absent_halfdays = 3, .absence_before_halfdays = 2};
	struct pay_out out = month(&in, &policy);
	assert_int_equal(out.absence_deduct, 15000);   /* 1.5 days x ¥100 */
	assert_int_equal(out.period_halfdays, 5);
	assert_false(out.flag_absence);                /* 2.5 days in the period */
	in.absence_before_halfdays = 3;
	out = month(&in, &policy);
	assert_true(out.flag_absence);                 /* 3 days in the period */
}

static void test_pay_month_refuses_what_cannot_be(void **state)
{
	(void)state;
	struct pay_out out;
	struct pay_in in = {.salary_fen = -1, .workdays = 22};
	assert_int_equal(pay_month(&in, &policy, &out), -1);
	in.salary_fen = 800000;
	in.lates = -1;
	assert_int_equal(pay_month(&in, &policy, &out), -1);
	in.lates = 0;
	struct pay_policy p = policy;
	p.sick_bp = 10001;
	assert_int_equal(pay_month(&in, &p, &out), -1);
	/* A sum beyond a long long is refused, never wrapped; below it the
	 * 128-bit sum is exact. */
	in.salary_fen = LLONG_MAX;
	in.personal_halfdays = 1000;
	assert_int_equal(pay_month(&in, &policy, &out), -1);   /* the shown leave part does not fit */
	in.personal_halfdays = 44;
	assert_int_equal(pay_month(&in, &policy, &out), -1);
	in.personal_halfdays = 40;
	assert_int_equal(pay_month(&in, &policy, &out), 0);
	assert_false(out.capped);
}

static void test_bp_and_month_days_as_text(void **state)
{
	(void)state;
	char b[16];
	pay_bp_text(5000, b, sizeof b);
	assert_string_equal(b, "50%");
	pay_bp_text(3333, b, sizeof b);
	assert_string_equal(b, "33.33%");
	pay_bp_text(5, b, sizeof b);
	assert_string_equal(b, "0.05%");
	pay_month_days_text(b, sizeof b);
	assert_string_equal(b, "21.75");
}

/*
 * March 2026 for 张伟, salary ¥8,000, worked out by hand (the days judged
 * one by one, then the month priced):
 *   workdays in March 2026 (Mon-Fri, no holidays): 22 -> 44 half days
 *   sick leave with certificate, 2 days (4 half days) at 50%, personal
 *     leave 1.5 days (3 half days): 800000 x (4 x 5000 + 3 x 10000) /
 *     435000 = 91954.02 fen
 *   03-02 late 5 min; 03-03 late 30 min (the limit: still a late); 03-05
 *     late 10 min for work and 7 min for a meeting -> 4 lates x ¥20 = ¥80,
 *     and LV-09 flags
 *   03-04 31 min late -> half a day's absence, not a late
 *   03-06 12 min late, company shuttle -> not counted
 *   03-07 (Saturday) no clock-in -> nothing
 *   03-10 absent the whole day -> 1 day
 *   absence: 0.5 + 1 = 1.5 days x ¥100 = ¥150
 *   absence earlier this year: 1.5 days -> 3 days in the period, LV-10 flags
 *   total: 91954.02 + 8000 + 15000 = 114954.02 -> ¥1,149.54
 *   days worked: 44 - 4 - 3 - 3 = 34 half days = 17 days
 */
static void test_month_worked_by_hand(void **state)
{
	(void)state;
	struct day_ctx sat = {DAY_WEEKEND, 0, 0, 0};
	struct {
		struct att_work w;
		int meeting;
		const struct day_ctx *c;
	} days[] = {
		{{ATT_LATE, 5, 0, 0, 535}, 0, &workday}, {{ATT_LATE, 30, 0, 0, 560}, 0, &workday},
		{{ATT_LATE, 31, 0, 0, 561}, 0, &workday}, {{ATT_LATE, 10, 0, 0, 540}, 7, &workday},
		{{ATT_LATE, 12, 1, 0, 542}, 0, &workday}, {{ATT_ABSENT, 0, 0, 2, -1}, 0, &sat},
		{{ATT_ABSENT, 0, 0, 2, -1}, 0, &workday}, {{ATT_ON_TIME, 0, 0, 0, 520}, 0, &workday},
	};
	struct pay_in in = {.salary_fen = 800000, .workdays = 22, .sick_halfdays = 4, .personal_halfdays = 3,
	    .absence_before_halfdays = 3};
	int excused = 0;
	for (size_t i = 0; i < sizeof days / sizeof days[0]; i++) {
		struct day_effect e = judge(&days[i].w, &days[i].meeting, days[i].meeting ? 1 : 0, days[i].c);
		in.lates += e.lates;
		in.absent_halfdays += e.absent_halfdays;
		excused += e.excused;
	}
	assert_int_equal(in.lates, 4);
	assert_int_equal(excused, 1);
	assert_int_equal(in.absent_halfdays, 3);
	struct pay_out out = month(&in, &policy);
	assert_int_equal(out.leave_deduct, 91954);
	assert_int_equal(out.late_deduct, 8000);
	assert_int_equal(out.absence_deduct, 15000);
	assert_int_equal(out.due, 114954);
	assert_int_equal(out.total_deduct, 114954);
	assert_false(out.capped);
	assert_int_equal(out.worked_halfdays, 34);
	assert_true(out.flag_lates);
	assert_true(out.flag_absence);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_LV07_late_counts_and_shuttle_is_not_counted),
		cmocka_unit_test(test_LV07_late_for_work_and_meetings_count_separately),
		cmocka_unit_test(test_LV08_over_the_limit_is_half_a_day_for_work_and_meetings),
		cmocka_unit_test(test_LV10_weekend_holiday_and_whole_leave_count_nothing),
		cmocka_unit_test(test_LV10_half_day_leave_leaves_only_the_other_half),
		cmocka_unit_test(test_LV10_outing_day_is_never_an_absence),
		cmocka_unit_test(test_day_leave_halves_and_outing_hours),
		cmocka_unit_test(test_LV06_daily_wage_is_never_rounded_on_its_own),
		cmocka_unit_test(test_LV06_month_summed_exactly_and_rounded_once),
		cmocka_unit_test(test_LV06_half_up_at_exactly_half_a_fen),
		cmocka_unit_test(test_LV06_deductions_never_exceed_the_salary),
		cmocka_unit_test(test_LV09_lates_flag_at_the_setting),
		cmocka_unit_test(test_LV10_absence_fine_and_period_flag),
		cmocka_unit_test(test_pay_month_refuses_what_cannot_be),
		cmocka_unit_test(test_bp_and_month_days_as_text),
		cmocka_unit_test(test_month_worked_by_hand),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
