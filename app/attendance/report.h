/*
 * report.h - the monthly attendance report of one department (LV-06..
 * LV-10): each person's days judged by daycount.h over the month and
 * LV-10's counting period before it, their approved leave counted on the
 * work calendar, and the month priced by payroll.h.  report.c builds it;
 * report_page.c shows it as a page, a printable page and CSV.
 */
#ifndef LIAISON_REPORT_H
#define LIAISON_REPORT_H

#include "attendance/attdata.h"
#include "attendance/payroll.h"
#include "pages/month.h"

struct req;

struct report_row {
	const struct att_person *who;
	int sick, personal, other;    /* leave half days in the month */
	long long other_units;        /* other leave: half days x share (bp) */
	int lates, excused, absent;   /* the month's days as counted */
	int before;                   /* absence half days earlier in the period */
	struct pay_out out;
	int bad;                      /* an inconsistent record: shown, not priced */
};

struct report {
	struct month m;
	int period_first;             /* LV-10: the first day of the counting period */
	int rolling;                  /* the period is the twelve months up to the month's end */
	long long dept;
	char dept_name[ATT_TEXT];
	int workdays;
	struct pay_policy pol;
	struct attdata data;
	struct report_row *rows;
	size_t n;
};

/* report_open - the report the request's month and dept fields ask for:
 * 0, 400 for a malformed month, or a db rc; report_close in every case. */
int report_open(struct req *r, struct report *rep);

/* report_close - release what report_open allocated. */
void report_close(struct report *rep);

#endif
