/* leave_rules.c - the leave rules as arithmetic (see leave_rules.h). */
#include "flows/leave/leave_rules.h"

static int slot_day(long long slot) { return (int)(slot >= 0 ? slot / 2 : -((-slot + 1) / 2)); }

static int slot_is_pm(long long slot) { return (int)(slot - 2LL * slot_day(slot)); }

int lv_span_of(int first, int first_part, int last, int last_part, struct lv_span *out)
{
	if (last < first || first_part < 0 || first_part > 2 || last_part < 0 || last_part > 2)
		return -1;
	if (first == last) {
		if (first_part && last_part && first_part != last_part)
			return -1;
		int part = first_part ? first_part : last_part;
		out->start = 2LL * first + (part == CAL_AFTERNOON);
		out->end = 2LL * first + (part != CAL_MORNING);
		return 0;
	}
	/* A morning-only first day or an afternoon-only last day would leave
	 * a hole inside the leave: such a request is two leaves. */
	if (first_part == CAL_MORNING || last_part == CAL_AFTERNOON)
		return -1;
	out->start = 2LL * first + (first_part == CAL_AFTERNOON);
	out->end = 2LL * last + (last_part != CAL_MORNING);
	return 0;
}

int lv_halfdays(const struct calendar *c, const struct lv_span *s)
{
	if (s->end < s->start)
		return 0;
	int first = slot_day(s->start), last = slot_day(s->end);
	if (first == last)
		return cal_is_workday(c, first) ? (int)(s->end - s->start + 1) : 0;
	int n = 2 * cal_workdays(c, first, last);
	if (slot_is_pm(s->start) && cal_is_workday(c, first))
		n--;
	if (!slot_is_pm(s->end) && cal_is_workday(c, last))
		n--;
	return n;
}

int lv_days_ceil(int halfdays) { return halfdays <= 0 ? 0 : halfdays / 2 + halfdays % 2; }

int lv_overlaps(const struct lv_span *a, const struct lv_span *b)
{
	return a->start <= b->end && b->start <= a->end;
}

int lv_first_workday(const struct calendar *c, const struct lv_span *s)
{
	int first = slot_day(s->start), last = slot_day(s->end);
	/* A leave starting in the afternoon still starts on that day. */
	if (cal_is_workday(c, first))
		return first;
	int next = cal_next_workday(c, first);
	return next <= last ? next : last + 1;
}

long long lv_sick_cutoff(const struct calendar *c, const struct lv_span *s, int work_start_min, int notice_min)
{
	return cal_day_start_utc(lv_first_workday(c, s), work_start_min - notice_min);
}

long long lv_personal_cutoff(const struct calendar *c, const struct lv_span *s, int work_end_min)
{
	return cal_day_start_utc(cal_prev_workday(c, lv_first_workday(c, s)), work_end_min);
}

int lv_sick_in_time(long long now, long long cutoff) { return now <= cutoff; }

int lv_personal_in_time(long long now, long long cutoff) { return now < cutoff; }

long long lv_sick_cutoff_pm(const struct calendar *c, const struct lv_span *s, int work_start_min, int afternoon_min,
    int notice_min)
{
	int day = slot_day(s->start);
	if (!slot_is_pm(s->start) || !cal_is_workday(c, day))
		return lv_sick_cutoff(c, s, work_start_min, notice_min);
	return cal_day_start_utc(day, afternoon_min - notice_min);
}

int lv_adjoins(const struct calendar *c, const struct lv_span *a, const struct lv_span *b)
{
	if (a->end >= b->start)
		return 0;
	struct lv_span gap = {a->end + 1, b->start - 1};
	return gap.end < gap.start || lv_halfdays(c, &gap) == 0;
}

int lv_calendar_days(const struct lv_span *s) { return slot_day(s->end) - slot_day(s->start) + 1; }

int lv_needs_certificate(int halfdays, int cert_days)
{
	return cert_days > 0 && halfdays >= 2 * cert_days;
}

int lv_needs_gm(int halfdays, int gm_days) { return halfdays > 2 * gm_days; }

int lv_cert_deadline(const struct calendar *c, const struct lv_span *s, int grace_days)
{
	return cal_add_workdays(c, slot_day(s->end), grace_days);
}

int lv_end_early(struct lv_span *s, int back_day, int back_afternoon)
{
	long long end = 2LL * back_day + (back_afternoon ? 1 : 0) - 1;
	if (end < s->start || end >= s->end)
		return -1;
	s->end = end;
	return 0;
}

int lv_years_worked(int start_day, int on_day)
{
	int y0, m0, d0, y1, m1, d1;
	if (on_day < start_day)
		return 0;
	cal_ymd(start_day, &y0, &m0, &d0);
	cal_ymd(on_day, &y1, &m1, &d1);
	int years = y1 - y0;
	if (m1 < m0 || (m1 == m0 && d1 < d0))
		years--;
	return years < 0 ? 0 : years;
}

int lv_statutory_days(int years)
{
	return years >= 20 ? 15 : years >= 10 ? 10 : years >= 1 ? 5 : 0;
}

int lv_balance_ok(int entitled, int used, int pending, int want)
{
	long long total = (long long)used + pending + want;
	return used >= 0 && pending >= 0 && want >= 0 && total <= entitled;
}
