/*
 * daycount.h - what one day of one person counts for (LV-07, LV-08,
 * LV-10; issue 15), and why.  Pure: the caller says what the day is on the
 * work calendar, which halves approved leave covers and whether an
 * approved outing falls in its working hours; the record of the day (the
 * time clock's or the clerk's) and the meetings the person came late to
 * are judged against that.
 *
 * The rules, as the department means them:
 *  - a weekend or a holiday (make-up working days are working days) and a
 *    day of approved leave count nothing, whatever was recorded;
 *  - half a day of approved leave leaves only the other half to be absent,
 *    and after a morning's leave work starts in the afternoon, so a
 *    clock-in is late only against the afternoon's start;
 *  - a day with an approved outing in its working hours is never an
 *    absence, and a late is not counted when the outing covered the start
 *    of work;
 *  - a late caused by the company shuttle is not counted as a late (LV-07);
 *  - a late for work and each late for a meeting count separately (LV-07);
 *    one of more than late_absence_min minutes is half a day's absence
 *    instead (LV-08) - on an outing day, where nothing is an absence, it
 *    stays a late.
 */
#ifndef LIAISON_DAYCOUNT_H
#define LIAISON_DAYCOUNT_H

#include <stddef.h>

#include "attendance/payroll.h"

/* The day's record for work, as the clerk or the clock import wrote it. */
enum att_status { ATT_ON_TIME, ATT_LATE, ATT_ABSENT };

struct att_work {
	enum att_status status;
	int late_min;     /* ATT_LATE: minutes late (> 0) */
	int shuttle;      /* ATT_LATE: caused by the company shuttle */
	int halfdays;     /* ATT_ABSENT: 1 (half a day) or 2 (the whole day) */
	int clock_min;    /* the first clock-in, minutes after midnight; -1 none (or written by the clerk) */
};

/* What kind of day it is on the work calendar. */
enum { DAY_WORK, DAY_WEEKEND, DAY_HOLIDAY };

/* Halves of a day. */
#define HALF_MORNING 1
#define HALF_AFTERNOON 2

struct day_ctx {
	int off;              /* DAY_*: DAY_WORK for make-up working days too */
	int leave;            /* HALF_* bits covered by approved leave */
	int outing;           /* an approved outing overlaps the working hours */
	int outing_at_start;  /* ... and covers the start of work (the afternoon's after a morning's leave) */
};

/* Why a day counted as it did; each bit is a sentence on the pages
 * (day_why_code names it). */
enum {
	WHY_WEEKEND = 1u << 0,          /* a weekend: nothing counts */
	WHY_HOLIDAY = 1u << 1,          /* a holiday: nothing counts */
	WHY_LEAVE_DAY = 1u << 2,        /* a whole day of approved leave: nothing counts */
	WHY_LEAVE_HALF = 1u << 3,       /* half a day's leave: absence only in the other half */
	WHY_AFTERNOON_START = 1u << 4,  /* morning on leave: late against the afternoon's start */
	WHY_OUTING = 1u << 5,           /* approved outing: no absence */
	WHY_OUTING_START = 1u << 6,     /* out on business at the start of work: not late */
	WHY_SHUTTLE = 1u << 7,          /* the company shuttle: not counted as a late */
	WHY_LATE_OVER = 1u << 8,        /* late beyond the limit: half a day's absence */
	WHY_UNEXCUSED = 1u << 9,        /* absent with no leave or outing: counted */
};
#define WHY_BITS 10

struct day_effect {
	int lates;            /* counted lates (work and meetings) */
	int excused;          /* lates not counted for the shuttle */
	int absent_halfdays;  /* 0..2 */
	int work_late_min;    /* the late for work as judged (after a morning's leave: from the afternoon) */
	unsigned why;         /* WHY_* bits */
};

/* day_effect_of
 * Description: Judges day c with its work record w (NULL: none) and the
 *              minutes of nmeet meeting lates.
 * Return:      0, or -1 when a record is inconsistent (a late of <= 0
 *              minutes, an absence of other than 1 or 2 half days).
 */
int day_effect_of(const struct att_work *w, const int *meet_min, size_t nmeet, const struct day_ctx *c,
    const struct pay_policy *p, struct day_effect *out);

/* day_leave_halves - HALF_* bits of day that the leave slots
 * [start, end] cover (slot 2*day is its morning, 2*day+1 its afternoon). */
int day_leave_halves(long long slot_start, long long slot_end, int day);

/* day_outing - whether an outing [from, to) (UTC) overlaps day's working
 * hours, and whether it covers the instant work starts (start_min: the
 * morning's or, after a morning's leave, the afternoon's start). */
void day_outing(long long from, long long to, int day, const struct pay_policy *p, int start_min, int *during,
    int *at_start);

/* day_why_code - the code of one WHY_* bit ("weekend", ...), NULL for none. */
const char *day_why_code(unsigned bit);

#endif
