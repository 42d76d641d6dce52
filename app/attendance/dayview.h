/*
 * dayview.h - one judged day (attdata.h) in a page's HDF, the same way on
 * the clerk's day page and in the report's day-by-day detail, so the two
 * explain a day in the same words.
 */
#ifndef LIAISON_DAYVIEW_H
#define LIAISON_DAYVIEW_H

#include "attendance/attdata.h"

struct req;

/* dayview_hdf - v under prefix (e.g. "Rows.2.Days.5"): .Day, .Weekday,
 * .Cal (weekend, holiday, makeup or empty) and .CalName, .Clock, the
 * record (.Status, .LateMin, .Shuttle, .AbsentPart), .Meetings.N.Id/.Min/
 * .Name, .Leave/.LeaveEn/.LeavePart, .OutFrom/.OutTo, what it counts for
 * (.Lates, .Excused, .Absent as days, .LateCounted when the late for work
 * was measured from the afternoon) and .Why.N, one code a reason. */
void dayview_hdf(struct req *r, const struct att_dayview *v, const char *prefix);

/* dayview_policy_hdf - the policy numbers the pages state, each from its
 * setting, under Policy.* (MonthDays, SickShare, PersonalShare, LateFine,
 * LateLimit, LateFlag, AbsenceFine, AbsenceFlag): no template or language
 * text writes a policy number itself. */
void dayview_policy_hdf(struct req *r, const struct pay_policy *p);

#endif
