/*
 * test_chart.c - the weeks of a month and the bars of the report's charts
 * (lates LV-07, absences LV-10): which week a day falls in, the common
 * scale, and that nothing leaves the drawing.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "attendance/chart.h"
#include "engine/calendar.h"

/* March 2032 starts on a Monday and has five weeks; June 2031 (Sunday
 * the 1st) touches six. */
static void test_weeks_of_a_month_monday_based(void **state)
{
	(void)state;
	struct chart_week w[CHART_MAX_WEEKS];
	int first = cal_days(2032, 3, 1), last = cal_days(2032, 3, 31);
	assert_int_equal(chart_weeks(first, last, w), 5);
	assert_int_equal(w[0].first, first);
	assert_int_equal(w[0].last, cal_days(2032, 3, 7));
	assert_int_equal(w[4].first, cal_days(2032, 3, 29));
	assert_int_equal(w[4].last, last);
	assert_int_equal(chart_week_of(first, cal_days(2032, 3, 8)), 1);
	first = cal_days(2031, 6, 1);
	last = cal_days(2031, 6, 30);
	assert_int_equal(chart_weeks(first, last, w), 6);
	assert_int_equal(w[0].first, first);
	assert_int_equal(w[0].last, first);
	assert_int_equal(chart_week_of(first, cal_days(2031, 6, 2)), 1);
	assert_int_equal(w[5].first, cal_days(2031, 6, 30));
}

/* LV-07, LV-10: the bars share one scale; the largest is full height, a
 * value of one on a scale of a hundred still shows, zero draws nothing. */
static void test_LV07_LV10_bars_on_a_common_scale_inside_the_drawing(void **state)
{
	(void)state;
	struct chart_week w[CHART_MAX_WEEKS];
	int n = chart_weeks(cal_days(2032, 3, 1), cal_days(2032, 3, 31), w);
	w[0].lates = 4;
	w[0].absent_halfdays = 2;
	w[1].lates = 1;
	chart_layout(w, n, 4);
	assert_int_equal(w[0].late_bar.h, CHART_BASE - 4);
	assert_int_equal(w[0].absent_bar.h, (CHART_BASE - 4) / 2);
	assert_int_equal(w[0].late_bar.y + w[0].late_bar.h, CHART_BASE);
	assert_int_equal(w[2].late_bar.h, 0);
	assert_true(w[0].absent_bar.x > w[0].late_bar.x + w[0].late_bar.w - 1);
	for (int i = 0; i < n; i++) {
		assert_true(w[i].absent_bar.x + w[i].absent_bar.w <= CHART_W);
		assert_true(w[i].late_bar.y >= 4);
		if (i + 1 < n)
			assert_true(w[i].absent_bar.x + w[i].absent_bar.w <= w[i + 1].late_bar.x);
	}
	w[1].lates = 1;
	chart_layout(w, n, 100);
	assert_int_equal(w[1].late_bar.h, 1);
	w[1].lates = 500;   /* above the scale given: capped, never out of the drawing */
	chart_layout(w, n, 100);
	assert_int_equal(w[1].late_bar.h, CHART_BASE - 4);
	chart_layout(w, n, 0);
	assert_int_equal(w[0].late_bar.h, CHART_BASE - 4);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_weeks_of_a_month_monday_based),
		cmocka_unit_test(test_LV07_LV10_bars_on_a_common_scale_inside_the_drawing),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
