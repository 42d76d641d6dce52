/*
 * payroll.h - one person's month of attendance as money (LV-06..LV-10):
 * pure arithmetic over values the caller has read, so the monthly report
 * and its unit test compute the same thing.
 *
 * Money is integer fen; the daily wage is salary / 21.75 rounded half-up
 * to the fen first, and every share of it is rounded half-up again.
 */
#ifndef LIAISON_PAYROLL_H
#define LIAISON_PAYROLL_H

#include <stddef.h>

/* The policy numbers (settings.c), passed in so tests can vary them. */
struct pay_policy {
	long long sick_bp;          /* LV-06 share of the daily wage per sick day (5000 = 50%) */
	long long personal_bp;      /* LV-06 share per personal-leave day (10000) */
	long long late_fine;        /* LV-07 fen per late (2000) */
	int late_absence_min;       /* LV-08 more than this many minutes late = half-day absence (30) */
	int late_flag_count;        /* LV-09 this many lates in a month flags (3) */
	long long absence_fine;     /* LV-10 fen per absence day (10000) */
	int absence_flag_days;      /* LV-10 this many absence days in the period flags (3) */
};

/* What the clerk recorded for one day. */
enum att_status { ATT_ON_TIME, ATT_LATE, ATT_ABSENT };

struct att_day {
	enum att_status status;
	int late_min;     /* ATT_LATE: minutes late (> 0) */
	int meeting;      /* ATT_LATE: late for a meeting (counts the same, LV-07) */
	int shuttle;      /* ATT_LATE: caused by the company shuttle: excused (LV-07) */
	int halfdays;     /* ATT_ABSENT: 1 (half a day) or 2 (the whole day) */
};

/* What one late or absence amounts to. */
struct att_effect {
	int lates;            /* 0 or 1: counted toward the fine and LV-09 */
	int absent_halfdays;  /* toward the absence fine and LV-10 */
	int excused;          /* 1 when a shuttle late was excused */
};

/* att_effect_of
 * Description: LV-07/LV-08: a shuttle late is excused; a late of more than
 *              late_absence_min minutes is half a day's absence instead of
 *              a late; an absence counts its half days.
 * Return:      0, or -1 when the record is inconsistent (late of <= 0
 *              minutes, absence of other than 1 or 2 half days).
 */
int att_effect_of(const struct att_day *d, const struct pay_policy *p, struct att_effect *out);

/* One person's month in. */
struct pay_in {
	long long salary_fen;        /* monthly salary */
	int workdays;                /* workdays of the month on the work calendar */
	int sick_halfdays;           /* approved leave counted as sick */
	int personal_halfdays;       /* approved leave counted as personal (incl. sick without certificate) */
	int other_halfdays;          /* other leave types with their own share ... */
	long long other_deduct_fen;  /* ... already priced by pay_leave_deduction */
	const struct att_day *days;  /* the clerk's records of the month */
	size_t ndays;
	int absence_before_halfdays; /* LV-10: absence earlier in the period (year) */
};

struct pay_out {
	long long daily_wage;        /* salary / 21.75, half-up */
	int worked_halfdays;         /* workdays - leave - absence, never below 0 */
	int lates;                   /* counted lates (excused and converted ones not) */
	int excused;                 /* shuttle lates excused */
	int absent_halfdays;         /* this month, lates over the limit included */
	long long sick_deduct, personal_deduct, late_deduct, absence_deduct, total_deduct;
	int flag_lates;              /* LV-09 */
	int flag_absence;            /* LV-10 over the period */
};

/* pay_daily_wage - LV-06: salary / 21.75 rounded half-up; -1 on overflow. */
int pay_daily_wage(long long salary_fen, long long *out);

/* pay_leave_deduction - halfdays of leave at share_bp of the daily wage:
 * round_half_up(daily * halfdays / 2 * share / 10000); -1 on overflow. */
int pay_leave_deduction(long long daily_wage, int halfdays, long long share_bp, long long *out);

/* pay_month
 * Description: The month's deductions and flags for one person.
 * Return:      0, or -1 on an inconsistent record or an overflow (out is
 *              then unspecified).
 */
int pay_month(const struct pay_in *in, const struct pay_policy *p, struct pay_out *out);

#endif
