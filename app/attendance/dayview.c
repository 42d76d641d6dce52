/* dayview.c - a judged day in the page's HDF (see dayview.h). */
#include "attendance/dayview.h"

#include "engine/calendar.h"
#include "flows/leave/leave_assess.h"
#include "view/page.h"

static const char *cal_code(const struct att_dayview *v)
{
	if (v->ctx.off == DAY_HOLIDAY)
		return "holiday";
	if (v->ctx.off == DAY_WEEKEND)
		return "weekend";
	return v->cal ? "makeup" : "";
}

static const char *part_code(int halves)
{
	return halves == HALF_MORNING ? "morning" : halves == HALF_AFTERNOON ? "afternoon" : "whole";
}

static void record_hdf(struct req *r, const struct att_rec *rec, const char *prefix)
{
	static const char *const status[] = {"on_time", "late", "absent"};
	page_set(r, rec->clock, "%s.Clock", prefix);
	page_set(r, status[rec->w.status], "%s.Status", prefix);
	if (rec->w.status == ATT_LATE) {
		page_set_int(r, rec->w.late_min, "%s.LateMin", prefix);
		page_set_int(r, rec->w.shuttle, "%s.Shuttle", prefix);
	} else if (rec->w.status == ATT_ABSENT) {
		page_set(r, rec->w.halfdays == 1 ? "half" : "whole", "%s.AbsentPart", prefix);
	}
}

static void facts_hdf(struct req *r, const struct att_dayview *v, const char *prefix)
{
	for (size_t i = 0; i < v->nmeet; i++) {
		page_set_int(r, v->meets[i].id, "%s.Meetings.%zu.Id", prefix, i);
		page_set_int(r, v->meet_min[i], "%s.Meetings.%zu.Min", prefix, i);
		page_set(r, v->meets[i].name, "%s.Meetings.%zu.Name", prefix, i);
	}
	if (v->leave) {
		page_set(r, v->leave->name, "%s.Leave", prefix);
		page_set(r, v->leave->name_en, "%s.LeaveEn", prefix);
		page_set(r, part_code(day_leave_halves(v->leave->start, v->leave->end, v->day)), "%s.LeavePart", prefix);
	}
	if (v->out) {
		page_set_time(r, v->out->from, "%s.OutFrom", prefix);
		page_set_time(r, v->out->to, "%s.OutTo", prefix);
	}
}

void dayview_hdf(struct req *r, const struct att_dayview *v, const char *prefix)
{
	char d[12];
	lv_day_text(v->day, d, sizeof d);
	page_set(r, d, "%s.Day", prefix);
	page_set_int(r, cal_weekday(v->day), "%s.Weekday", prefix);
	page_set(r, cal_code(v), "%s.Cal", prefix);
	page_set(r, v->cal ? v->cal->name : "", "%s.CalName", prefix);
	if (v->rec)
		record_hdf(r, v->rec, prefix);
	facts_hdf(r, v, prefix);
	if (v->eff.why & WHY_AFTERNOON_START)
		page_set_int(r, v->eff.work_late_min, "%s.LateCounted", prefix);
	page_set_int(r, v->eff.lates, "%s.Lates", prefix);
	page_set_int(r, v->eff.excused, "%s.Excused", prefix);
	lv_days_text(v->eff.absent_halfdays, d, sizeof d);
	page_set(r, d, "%s.Absent", prefix);
	page_set_int(r, v->bad, "%s.Bad", prefix);
	for (int i = 0, n = 0; i < WHY_BITS; i++)
		if (v->eff.why & (1u << i))
			page_set(r, day_why_code(1u << i), "%s.Why.%d", prefix, n++);
}

void dayview_policy_hdf(struct req *r, const struct pay_policy *p)
{
	char b[32];
	pay_month_days_text(b, sizeof b);
	page_set(r, b, "Policy.MonthDays");
	pay_bp_text(p->sick_bp, b, sizeof b);
	page_set(r, b, "Policy.SickShare");
	pay_bp_text(p->personal_bp, b, sizeof b);
	page_set(r, b, "Policy.PersonalShare");
	page_set_money(r, p->late_fine, "Policy.LateFine");
	page_set_int(r, p->late_absence_min, "Policy.LateLimit");
	page_set_int(r, p->late_flag_count, "Policy.LateFlag");
	page_set_money(r, p->absence_fine, "Policy.AbsenceFine");
	page_set_int(r, p->absence_flag_days, "Policy.AbsenceFlag");
}
