/*
 * month.h - a calendar month as pages name it ("2026-03"), with its first
 * and last day numbers (calendar.h days).
 */
#ifndef LIAISON_PAGES_MONTH_H
#define LIAISON_PAGES_MONTH_H

struct req;

struct month {
	int y, m;
	int first, last;      /* day numbers */
	char text[8];         /* "YYYY-MM" */
};

/* month_parse - exactly "YYYY-MM", year 1900..2200; 0 or -1. */
int month_parse(const char *s, struct month *out);

/* month_of_day - the month that holds day. */
void month_of_day(int day, struct month *out);

/* month_of - the month in the form's field, or this month (Shanghai) when
 * the field is absent; 0 or -1 when it is malformed. */
int month_of(const struct req *r, const char *field, struct month *out);

#endif
