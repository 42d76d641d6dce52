/* report_charts.c - the monthly report's small charts: each person's
 * lates (LV-07) and absences (LV-10) per week, judged day by day exactly
 * as the report's table counts them, on one scale for the department so
 * the charts compare at a glance.  Drawn by attendance/report_charts.cs
 * from the numbers set here: no markup is made in C. */
#include "attendance/report_charts.h"

#include <stdio.h>

#include "attendance/chart.h"
#include "engine/calendar.h"
#include "flows/leave/leave_assess.h"
#include "view/page.h"

static void count_weeks(const struct report *rep, const struct report_row *p, struct chart_week *w)
{
	for (int day = rep->m.first; day <= rep->m.last; day++) {
		struct att_dayview v;
		attdata_day(&rep->data, p->who->id, day, &rep->pol, &v);
		if (v.bad)
			continue;   /* an inconsistent record counts nothing in the table either */
		int k = chart_week_of(rep->m.first, day);
		w[k].lates += v.eff.lates;
		w[k].absent_halfdays += v.eff.absent_halfdays;
	}
}

static void bar_hdf(struct req *r, const struct chart_bar *b, const char *what, size_t i, int k)
{
	page_set_int(r, b->x, "Rows.%zu.Chart.%d.%s.X", i, k, what);
	page_set_int(r, b->y, "Rows.%zu.Chart.%d.%s.Y", i, k, what);
	page_set_int(r, b->w, "Rows.%zu.Chart.%d.%s.W", i, k, what);
	page_set_int(r, b->h, "Rows.%zu.Chart.%d.%s.H", i, k, what);
}

static void week_hdf(struct req *r, const struct chart_week *w, size_t i, int k)
{
	char days[16], from[12], to[12];
	int m1, d1, m2, d2;
	bar_hdf(r, &w->late_bar, "Late", i, k);
	bar_hdf(r, &w->absent_bar, "Absent", i, k);
	page_set_int(r, w->label_x, "Rows.%zu.Chart.%d.LabelX", i, k);
	page_set_int(r, k + 1, "Rows.%zu.Chart.%d.Week", i, k);
	page_set_int(r, w->lates, "Rows.%zu.Chart.%d.Lates", i, k);
	lv_days_text(w->absent_halfdays, days, sizeof days);
	page_set(r, days, "Rows.%zu.Chart.%d.Absent", i, k);
	cal_ymd(w->first, NULL, &m1, &d1);
	cal_ymd(w->last, NULL, &m2, &d2);
	snprintf(from, sizeof from, "%d/%d", m1, d1);
	snprintf(to, sizeof to, "%d/%d", m2, d2);
	page_set(r, from, "Rows.%zu.Chart.%d.From", i, k);
	page_set(r, to, "Rows.%zu.Chart.%d.To", i, k);
}

int report_charts_hdf(struct req *r, const struct report *rep)
{
	static struct chart_week w[ATT_MAX_PEOPLE][CHART_MAX_WEEKS];   /* one worker, one request at a time */
	int n = 0, top = 1;
	size_t people = rep->n < ATT_MAX_PEOPLE ? rep->n : ATT_MAX_PEOPLE;
	for (size_t i = 0; i < people; i++) {
		n = chart_weeks(rep->m.first, rep->m.last, w[i]);
		count_weeks(rep, &rep->rows[i], w[i]);
		for (int k = 0; k < n; k++) {
			top = w[i][k].lates > top ? w[i][k].lates : top;
			top = w[i][k].absent_halfdays > top ? w[i][k].absent_halfdays : top;
		}
	}
	for (size_t i = 0; i < people; i++) {
		chart_layout(w[i], n, top);
		for (int k = 0; k < n; k++)
			week_hdf(r, &w[i][k], i, k);
	}
	page_set_int(r, CHART_W, "ChartSize.W");
	page_set_int(r, CHART_H, "ChartSize.H");
	page_set_int(r, CHART_BASE, "ChartSize.Base");
	page_set_int(r, CHART_H - 2, "ChartSize.LabelY");
	return 0;
}
