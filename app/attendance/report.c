/* report.c - builds the monthly attendance report (see report.h). */
#include "attendance/report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "db/settings.h"
#include "engine/calendar.h"
#include "flows/leave/leave_rules.h"
#include "http/req.h"
#include "view/list.h"

/* LV-10: the calendar year of the month, or the twelve months ending with
 * it (setting absence_period_rolling). */
static int period_first(const struct month *m, int rolling)
{
	if (!rolling)
		return cal_days(m->y, 1, 1);
	int months = m->y * 12 + (m->m - 1) - 11;
	return cal_days(months / 12, months % 12 + 1, 1);
}

/* The person's approved leave, cut to the month, on the work calendar. */
static void leave_of(const struct report *rep, struct report_row *row)
{
	long long lo = 2LL * rep->m.first, hi = 2LL * rep->m.last + 1;
	for (size_t i = 0; i < rep->data.nleaves; i++) {
		const struct att_leave *l = &rep->data.leaves[i];
		if (l->user != row->who->id || l->end < lo || l->start > hi)
			continue;
		struct lv_span s = {l->start < lo ? lo : l->start, l->end > hi ? hi : l->end};
		int h = lv_halfdays(&rep->data.wc.cal, &s);
		if (!strcmp(l->code, "sick")) {
			row->sick += h;
		} else if (!strcmp(l->code, "personal")) {
			row->personal += h;
		} else {
			row->other += h;
			row->other_units += (long long)h * l->bp;
		}
	}
}

/* Every day of the period: the month's lates and absences, and the
 * absence before the month (LV-10) - each judged the same way. */
static void days_of(const struct report *rep, struct report_row *row)
{
	for (int day = rep->period_first; day <= rep->m.last; day++) {
		struct att_dayview v;
		attdata_day(&rep->data, row->who->id, day, &rep->pol, &v);
		if (day < rep->m.first) {
			row->before += v.eff.absent_halfdays;
			continue;
		}
		row->bad |= v.bad;
		row->lates += v.eff.lates;
		row->excused += v.eff.excused;
		row->absent += v.eff.absent_halfdays;
	}
}

static void price(const struct report *rep, struct report_row *row)
{
	struct pay_in in = {
		.salary_fen = row->who->salary, .workdays = rep->workdays, .sick_halfdays = row->sick,
		.personal_halfdays = row->personal, .other_halfdays = row->other, .other_bp_halfdays = row->other_units,
		.lates = row->lates, .absent_halfdays = row->absent, .absence_before_halfdays = row->before,
	};
	if (pay_month(&in, &rep->pol, &row->out))
		row->bad = 1;
}

static int build(struct report *rep)
{
	int rc = attdata_load(&rep->data, rep->dept, rep->period_first, rep->m.last);
	if (rc != DB_OK)
		return rc;
	rep->workdays = cal_workdays(&rep->data.wc.cal, rep->m.first, rep->m.last);
	rep->rows = calloc(rep->data.npeople ? rep->data.npeople : 1, sizeof *rep->rows);
	if (!rep->rows)
		return DB_ERR;
	for (size_t i = 0; i < rep->data.npeople; i++) {
		struct report_row *row = &rep->rows[rep->n++];
		row->who = &rep->data.people[i];
		leave_of(rep, row);
		days_of(rep, row);
		price(rep, row);
	}
	return DB_OK;
}

/* The department asked for, else the first; its name from the list. */
static void pick_dept(struct req *r, struct report *rep)
{
	rep->dept = form_get(&r->form, "dept")->num;
	if (!rep->dept)
		rep->dept = atoll(hdf_get_value(r->hdf, "Depts.0.Id", "0"));
	for (int i = 0; i < 1000; i++) {
		char key[32];
		snprintf(key, sizeof key, "Depts.%d.Id", i);
		const char *id = hdf_get_value(r->hdf, key, NULL);
		if (!id)
			break;
		if (atoll(id) != rep->dept)
			continue;
		snprintf(key, sizeof key, "Depts.%d.Name", i);
		snprintf(rep->dept_name, sizeof rep->dept_name, "%s", hdf_get_value(r->hdf, key, ""));
	}
}

int report_open(struct req *r, struct report *rep)
{
	memset(rep, 0, sizeof *rep);
	if (r->form.nerr || month_of(r, "month", &rep->m))
		return 400;
	int rc = list_depts(r, "Depts");
	if (rc)
		return rc;
	pick_dept(r, rep);
	attdata_policy(&rep->pol);
	rep->rolling = setting("absence_period_rolling") != 0;
	rep->period_first = period_first(&rep->m, rep->rolling);
	return build(rep);
}

void report_close(struct report *rep)
{
	free(rep->rows);
	attdata_free(&rep->data);
	rep->rows = NULL;
	rep->n = 0;
}
