/* chart.c - bars of the report's charts (see chart.h). */
#include "attendance/chart.h"

#include <string.h>

#include "engine/calendar.h"

int chart_week_of(int first, int day)
{
	int monday = first - cal_weekday(first);
	return (day - monday) / 7;
}

int chart_weeks(int first, int last, struct chart_week *w)
{
	int n = chart_week_of(first, last) + 1;
	int monday = first - cal_weekday(first);
	if (n > CHART_MAX_WEEKS)
		n = CHART_MAX_WEEKS;   /* cannot happen for a month; keeps w in bounds for any caller */
	memset(w, 0, (size_t)n * sizeof *w);
	for (int i = 0; i < n; i++) {
		w[i].first = monday + 7 * i < first ? first : monday + 7 * i;
		w[i].last = monday + 7 * i + 6 > last ? last : monday + 7 * i + 6;
	}
	return n;
}

static void bar(struct chart_bar *b, int x, int width, int v, int top)
{
	int room = CHART_BASE - 4;
	int h = v <= 0 ? 0 : v >= top ? room : v * room / top;
	if (v > 0 && h < 1)
		h = 1;
	b->x = x;
	b->w = width;
	b->h = h;
	b->y = CHART_BASE - h;
}

void chart_layout(struct chart_week *w, int n, int top)
{
	if (top < 1)
		top = 1;
	int group = CHART_W / (n > 0 ? n : 1);
	int width = group * 3 / 10;
	for (int i = 0; i < n; i++) {
		int x0 = i * group + group / 10;
		bar(&w[i].late_bar, x0, width, w[i].lates, top);
		bar(&w[i].absent_bar, x0 + width + group / 10, width, w[i].absent_halfdays, top);
		w[i].label_x = i * group + group / 2;
	}
}
