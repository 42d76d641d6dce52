/*
 * attdata.h - the attendance facts of one department over a span of days,
 * read once for a page: its active people, the day records, meeting
 * lateness, approved leave and outings, the work calendar; and what one
 * person's day counts for given those facts (daycount.h).  The clerk's day
 * page and the monthly report both judge days through attdata_day, so
 * they never disagree.
 */
#ifndef LIAISON_ATTDATA_H
#define LIAISON_ATTDATA_H

#include <stddef.h>

#include "attendance/daycount.h"
#include "attendance/payroll.h"
#include "engine/workcal.h"

#define ATT_TEXT 257   /* 64 characters of up to four bytes, whole */
#define ATT_MAX_PEOPLE 500

struct att_person {
	long long id, salary;
	char login[ATT_TEXT], name[ATT_TEXT];
};

struct att_rec {
	long long user;
	int day;
	struct att_work w;
	char clock[6];           /* "HH:MM" or "" */
};

struct att_meet {
	long long id, user;
	int day;
	char name[ATT_TEXT];     /* which meeting; its minutes are in attdata.meet_min */
};

struct att_leave {
	long long user, start, end, bp;   /* half-day slots, inclusive; the type's share */
	char code[25], name[ATT_TEXT], name_en[ATT_TEXT];
};

struct att_out {
	long long user, from, to;         /* UTC */
};

struct att_calday {
	int day;
	char kind[9], name[ATT_TEXT];
};

struct attdata {
	long long dept;
	int first, last;
	struct workcal wc;
	struct att_person *people;
	size_t npeople;
	struct att_rec *recs;             /* by user, then day */
	size_t nrecs;
	struct att_meet *meets;           /* by user, day, entry */
	int *meet_min;                    /* the minutes of meets[i], side by side for daycount */
	size_t nmeets;
	struct att_leave *leaves;
	size_t nleaves;
	struct att_out *outs;
	size_t nouts;
	struct att_calday *cal;           /* by day */
	size_t ncal;
};

/* One person's day with everything that bears on it, and its judgement. */
struct att_dayview {
	int day;
	const struct att_rec *rec;        /* NULL: nothing recorded */
	const struct att_meet *meets;     /* nmeet meeting lates ... */
	const int *meet_min;              /* ... and their minutes */
	size_t nmeet;
	const struct att_leave *leave;    /* an approved leave covering part of it, or NULL */
	const struct att_out *out;        /* an approved outing in its working hours, or NULL */
	const struct att_calday *cal;     /* its entry on the work calendar, or NULL */
	struct day_ctx ctx;
	struct day_effect eff;
	int bad;                          /* an inconsistent record: shown, counts nothing */
};

/* attdata_policy - the policy numbers from the settings. */
void attdata_policy(struct pay_policy *p);

/* attdata_load - read department dept's facts for days first..last;
 * DB_OK or a db rc (d then needs attdata_free all the same). */
int attdata_load(struct attdata *d, long long dept, int first, int last);

/* attdata_free - release what attdata_load allocated; safe twice. */
void attdata_free(struct attdata *d);

/* attdata_day - user's day (within first..last) as it counts under p. */
void attdata_day(const struct attdata *d, long long user, int day, const struct pay_policy *p,
    struct att_dayview *v);

/* attdata_notable - whether a day is worth a line of its own: anything
 * recorded but a plain on-time day, or leave or an outing on a working day. */
int attdata_notable(const struct att_dayview *v);

#endif
