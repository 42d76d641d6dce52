/*
 * payroll.h - one person's month of attendance as money (LV-06..LV-10):
 * pure arithmetic over counts the caller has made (daycount.h judges each
 * day), so the monthly report and its unit test compute the same thing.
 *
 * Money is integer fen.  The month is summed exactly, as a fraction of
 * fen: the daily wage is salary / 21.75 and a leave deducts a share of it
 * per half day, none of which is rounded on its own; the sum of leave
 * deductions, late fines and absence fines is rounded half-up to the fen
 * once, at the end.  What is deducted never exceeds the month's salary.
 */
#ifndef LIAISON_PAYROLL_H
#define LIAISON_PAYROLL_H

#include <stddef.h>

/* LV-06: the statutory monthly paid days, 21.75, in hundredths. */
#define PAY_MONTH_DAYS_X100 2175

/* The policy numbers (db/settings.c), passed in so tests can vary them. */
struct pay_policy {
	long long sick_bp;          /* LV-06 share of the daily wage per sick day (5000 = 50%) */
	long long personal_bp;      /* LV-06 share per personal-leave day (10000) */
	long long late_fine;        /* LV-07 fen per late (2000) */
	int late_absence_min;       /* LV-08 more than this many minutes late = half-day absence (30) */
	int late_flag_count;        /* LV-09 this many lates in a month flags (3) */
	long long absence_fine;     /* LV-10 fen per absence day (10000) */
	int absence_flag_days;      /* LV-10 this many absence days in the period flags (3) */
	int work_start_min;         /* LV-01 start of work, minutes after midnight (530 = 08:50) */
	int work_end_min;           /* LV-01 end of work (1055 = 17:35) */
	int afternoon_start_min;    /* the afternoon's start: work after a morning's leave (780 = 13:00) */
};

/* One person's month in: the leave of the month on the work calendar and
 * the lates and absences daycount.h counted on its days. */
struct pay_in {
	long long salary_fen;        /* monthly salary, >= 0 */
	int workdays;                /* workdays of the month on the work calendar */
	int sick_halfdays;           /* approved leave counted as sick */
	int personal_halfdays;       /* approved leave counted as personal (incl. sick without certificate) */
	int other_halfdays;          /* other leave types ... */
	long long other_bp_halfdays; /* ... each half day times its type's share in bp, summed */
	int lates;                   /* counted lates (LV-07) */
	int absent_halfdays;         /* absence this month, lates over the limit included (LV-08) */
	int absence_before_halfdays; /* LV-10: absence earlier in the counting period */
};

struct pay_out {
	long long leave_deduct;      /* the leave deductions, exact sum shown rounded half-up */
	long long late_deduct;       /* late fines (whole fen) */
	long long absence_deduct;    /* absence fines, shown rounded half-up (half days of odd fines) */
	long long due;               /* everything summed exactly, rounded half-up once */
	long long total_deduct;      /* due, but never more than the salary */
	int capped;                  /* due exceeded the salary */
	int worked_halfdays;         /* workdays - leave - absence, never below 0 */
	int period_halfdays;         /* LV-10: absence in the period up to this month's end */
	int flag_lates;              /* LV-09 */
	int flag_absence;            /* LV-10 */
};

/* pay_month
 * Description: The month's deductions and flags for one person.  Shown
 *              parts are each rounded for display; due is the exact sum
 *              rounded once, so it may differ from the shown parts' sum by
 *              a fen; total_deduct is due capped at the salary.
 * Return:      0, or -1 on a negative or out-of-range input or an
 *              overflow (out is then unspecified).
 */
int pay_month(const struct pay_in *in, const struct pay_policy *p, struct pay_out *out);

/* pay_bp_text - a share in basis points as a percentage: "50%", "33.33%". */
void pay_bp_text(long long bp, char *out, size_t outlen);

/* pay_month_days_text - 21.75 as text. */
void pay_month_days_text(char *out, size_t outlen);

#endif
