/* daycount.c - what one day counts for, and why (see daycount.h). */
#include "attendance/daycount.h"

#include <string.h>

#include "engine/calendar.h"

static int consistent(const struct att_work *w, const int *meet_min, size_t nmeet)
{
	if (w && w->status == ATT_LATE && w->late_min <= 0)
		return 0;
	if (w && w->status == ATT_ABSENT && w->halfdays != 1 && w->halfdays != 2)
		return 0;
	for (size_t i = 0; i < nmeet; i++)
		if (meet_min[i] <= 0)
			return 0;
	return 1;
}

/* One late of late minutes, for work or a meeting (LV-07, LV-08). */
static void count_late(int late, const struct day_ctx *c, const struct pay_policy *p, struct day_effect *e)
{
	if (late <= p->late_absence_min) {
		e->lates++;
	} else if (c->outing) {
		e->lates++;
		e->why |= WHY_OUTING;
	} else {
		e->absent_halfdays++;
		e->why |= WHY_LATE_OVER;
	}
}

static void judge_late(const struct att_work *w, const struct day_ctx *c, const struct pay_policy *p,
    struct day_effect *e)
{
	int late = w->late_min;
	/* The clock's minutes were taken against the morning's start; after a
	 * morning's leave the afternoon's start is what counts. */
	if ((c->leave & HALF_MORNING) && w->clock_min >= 0) {
		late = w->clock_min - p->afternoon_start_min;
		e->why |= WHY_AFTERNOON_START;
	}
	e->work_late_min = late > 0 ? late : 0;
	if (late <= 0)
		return;
	if (w->shuttle) {
		e->excused++;
		e->why |= WHY_SHUTTLE;
	} else if (c->outing_at_start) {
		e->why |= WHY_OUTING_START;
	} else {
		count_late(late, c, p, e);
	}
}

static void judge_work(const struct att_work *w, const struct day_ctx *c, const struct pay_policy *p,
    struct day_effect *e)
{
	if (w->status == ATT_LATE) {
		judge_late(w, c, p, e);
	} else if (w->status == ATT_ABSENT && c->outing) {
		e->why |= WHY_OUTING;
	} else if (w->status == ATT_ABSENT) {
		e->absent_halfdays += w->halfdays;
		e->why |= c->leave ? WHY_LEAVE_HALF : WHY_UNEXCUSED;
	}
}

int day_effect_of(const struct att_work *w, const int *meet_min, size_t nmeet, const struct day_ctx *c,
    const struct pay_policy *p, struct day_effect *out)
{
	memset(out, 0, sizeof *out);
	if (!consistent(w, meet_min, nmeet))
		return -1;
	if (c->off != DAY_WORK) {
		out->why = c->off == DAY_HOLIDAY ? WHY_HOLIDAY : WHY_WEEKEND;
		return 0;
	}
	if (c->leave == (HALF_MORNING | HALF_AFTERNOON)) {
		out->why = WHY_LEAVE_DAY;
		return 0;
	}
	if (w)
		judge_work(w, c, p, out);
	for (size_t i = 0; i < nmeet; i++)
		count_late(meet_min[i], c, p, out);
	/* Nobody is absent for more than the day, nor in a half on leave. */
	int most = c->leave ? 1 : 2;
	if (out->absent_halfdays > most) {
		out->absent_halfdays = most;
		if (c->leave)
			out->why |= WHY_LEAVE_HALF;
	}
	return 0;
}

int day_leave_halves(long long slot_start, long long slot_end, int day)
{
	long long morning = 2LL * day, afternoon = morning + 1;
	int h = 0;
	if (slot_start <= morning && morning <= slot_end)
		h |= HALF_MORNING;
	if (slot_start <= afternoon && afternoon <= slot_end)
		h |= HALF_AFTERNOON;
	return h;
}

void day_outing(long long from, long long to, int day, const struct pay_policy *p, int start_min, int *during,
    int *at_start)
{
	long long opens = cal_day_start_utc(day, p->work_start_min), closes = cal_day_start_utc(day, p->work_end_min);
	long long starts = cal_day_start_utc(day, start_min);
	*during = from < closes && to > opens;
	*at_start = from <= starts && to > starts;
}

const char *day_why_code(unsigned bit)
{
	static const char *const codes[WHY_BITS] = {"weekend", "holiday", "leave_day", "leave_half", "afternoon_start",
	    "outing", "outing_start", "shuttle", "late_over", "unexcused"};
	for (int i = 0; i < WHY_BITS; i++)
		if (bit == 1u << i)
			return codes[i];
	return NULL;
}
