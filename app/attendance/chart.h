/*
 * chart.h - the geometry of the report's small bar charts: for each week
 * of a month a pair of bars (lates, absence half days) on a common scale,
 * so one person's chart can be compared with the next.  Pure: numbers in,
 * rectangles out; the template draws them as SVG.
 */
#ifndef LIAISON_CHART_H
#define LIAISON_CHART_H

#define CHART_MAX_WEEKS 6          /* a month touches at most six Monday-based weeks */
#define CHART_W 180                /* the SVG's user units */
#define CHART_H 72
#define CHART_BASE 58              /* the bars stand on this line; the week labels sit below */

struct chart_bar {
	int x, y, w, h;                /* h 0 for a value of 0 (nothing drawn but the label) */
};

struct chart_week {
	int first, last;               /* the week's days within the month */
	int lates, absent_halfdays;
	struct chart_bar late_bar, absent_bar;
	int label_x;                   /* the centre of the week's pair */
};

/* chart_weeks - the Monday-based weeks touching first..last (a month) into
 * w[0..n), values zeroed; returns n (1..CHART_MAX_WEEKS). */
int chart_weeks(int first, int last, struct chart_week *w);

/* chart_week_of - the index into those weeks of day (first <= day <= last). */
int chart_week_of(int first, int day);

/* chart_layout - place the bars of n weeks on the scale top (the largest
 * value of the charts drawn side by side; < 1 counts as 1): a value v is
 * v * (CHART_BASE - 4) / top units high, never more, a non-zero value at
 * least 1. */
void chart_layout(struct chart_week *w, int n, int top);

#endif
