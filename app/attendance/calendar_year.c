/* calendar_year.c - the admin's year view of the work calendar (LV-01). */
#include "attendance/calendar_year.h"

#include <string.h>

#include "engine/calendar.h"
#include "flows/leave/leave_assess.h"
#include "view/page.h"

static void grid_day(struct req *r, int m, int w, int wd, int day, const struct calyear_day *e)
{
	char d[12];
	int dom;
	lv_day_text(day, d, sizeof d);
	cal_ymd(day, NULL, NULL, &dom);
	page_set(r, d, "Months.%d.Weeks.%d.%d.Date", m, w, wd);
	page_set_int(r, dom, "Months.%d.Weeks.%d.%d.Num", m, w, wd);
	page_set_int(r, wd >= 5, "Months.%d.Weeks.%d.%d.Weekend", m, w, wd);
	if (e) {
		page_set(r, e->kind, "Months.%d.Weeks.%d.%d.Kind", m, w, wd);
		page_set(r, e->name, "Months.%d.Weeks.%d.%d.Name", m, w, wd);
	}
}

void calyear_grid(struct req *r, int year, const struct calyear_day *days, int n)
{
	int k = 0;
	for (int m = 1; m <= 12; m++) {
		int first = cal_days(year, m, 1);
		int next = m == 12 ? cal_days(year + 1, 1, 1) : cal_days(year, m + 1, 1);
		int lead = cal_weekday(first);
		page_set_int(r, m, "Months.%d.Month", m);
		for (int i = 0; i < lead; i++)   /* blanks before the 1st, so columns stay weekdays */
			page_set(r, "", "Months.%d.Weeks.0.%d.Date", m, i);
		for (int day = first; day < next; day++) {
			int cell = lead + (day - first);
			while (k < n && days[k].day < day)
				k++;
			grid_day(r, m, cell / 7, cell % 7, day, k < n && days[k].day == day ? &days[k] : NULL);
		}
		for (int cell = lead + (next - first); cell % 7; cell++)   /* blanks after the last day */
			page_set(r, "", "Months.%d.Weeks.%d.%d.Date", m, cell / 7, cell % 7);
	}
}

const char *calyear_toggled(int day, const char *old_kind)
{
	if (old_kind && *old_kind)
		return "remove";
	return cal_weekday(day) >= 5 ? "workday" : "holiday";
}
