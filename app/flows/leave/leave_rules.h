/*
 * leave_rules.h - the leave rules of domain.md section 3 as plain
 * arithmetic: how long a leave is on the work calendar, the notice
 * cutoffs, the certificate rule, overlaps, early return and annual-leave
 * balances.  No database, no HTTP: callers pass the values in, so the unit
 * tests prove every boundary directly.
 *
 * Lengths are in half days (a morning or an afternoon of a workday), so
 * "2.5 days" is exact.  A leave is a span of half-day slots: slot 2*d is
 * the morning of day d, 2*d + 1 its afternoon (day as in calendar.h).
 */
#ifndef LIAISON_LEAVE_RULES_H
#define LIAISON_LEAVE_RULES_H

#include "engine/calendar.h"

/* A leave as slots [start, end], both included. */
struct lv_span {
	long long start, end;
};

/* lv_span_of
 * Description: The slots of a leave from first..last with their parts
 *              (CAL_WHOLE_DAY, CAL_MORNING, CAL_AFTERNOON). A one-day leave
 *              takes whichever part names a half; a longer one may start
 *              in the afternoon (first_part) and end at noon (last_part).
 * Return:      0, or -1 when last < first, a part is out of range, a
 *              one-day leave names both halves differently, or a longer
 *              leave starts with a morning only / ends with an afternoon
 *              only (a gap in the middle of a leave).
 */
int lv_span_of(int first, int first_part, int last, int last_part, struct lv_span *out);

/* lv_halfdays
 * Description: LV-01: the working half days of span on calendar c (days
 *              off count nothing; make-up working days count).
 * Return:      half days (>= 0).
 */
int lv_halfdays(const struct calendar *c, const struct lv_span *s);

/* lv_days_ceil - whole days for route conditions ("more than three days"):
 * 3.5 days counts as 4, so "> 3" holds for it. */
int lv_days_ceil(int halfdays);

/* lv_overlaps - LV-12: whether two leaves share a half day. */
int lv_overlaps(const struct lv_span *a, const struct lv_span *b);

/* lv_first_workday - the first workday in the span (its own first day when
 * that is one), or the day after the span when it holds none. */
int lv_first_workday(const struct calendar *c, const struct lv_span *s);

/* lv_sick_cutoff
 * Description: LV-02: the last instant (UTC) a sick leave may be filed:
 *              notice_min minutes before work_start_min on the leave's
 *              first workday (07:50 for 08:50 and 60).
 */
long long lv_sick_cutoff(const struct calendar *c, const struct lv_span *s, int work_start_min, int notice_min);

/* lv_sick_cutoff_pm
 * Description: LV-02 for a sick leave that starts in the afternoon of a
 *              workday: notice_min minutes before afternoon_min (12:00 for
 *              13:00 and 60); a leave starting in the morning or on a day
 *              off keeps lv_sick_cutoff.
 */
long long lv_sick_cutoff_pm(const struct calendar *c, const struct lv_span *s, int work_start_min, int afternoon_min,
    int notice_min);

/* lv_adjoins - whether two leaves, a before b, are one absence: nothing
 * but days off (no working half day) lies between them. */
int lv_adjoins(const struct calendar *c, const struct lv_span *a, const struct lv_span *b);

/* lv_calendar_days - the days from the span's first day to its last,
 * days off included (Thursday to Sunday is four). */
int lv_calendar_days(const struct lv_span *s);

/* lv_personal_cutoff
 * Description: LV-04: the instant (UTC) the previous working day ends
 *              (work_end_min, 17:35) before the leave's first workday. A
 *              request must come strictly before it.
 */
long long lv_personal_cutoff(const struct calendar *c, const struct lv_span *s, int work_end_min);

/* lv_in_time - whether now meets the notice rule: now <= cutoff for sick
 * leave (exactly one hour before is one hour before), now < cutoff for
 * personal leave (at 17:35 the day has ended). */
int lv_sick_in_time(long long now, long long cutoff);
int lv_personal_in_time(long long now, long long cutoff);

/* lv_needs_certificate - LV-03: a leave of cert_days or more working days
 * (in half days: >= 2 * cert_days) needs a certificate; cert_days <= 0
 * means never. */
int lv_needs_certificate(int halfdays, int cert_days);

/* lv_needs_gm - LV-05: more than gm_days working days (strictly). */
int lv_needs_gm(int halfdays, int gm_days);

/* lv_cert_deadline - LV-03: the last day a certificate added afterwards
 * still turns the leave back into sick leave: grace_days workdays after
 * the leave's last day. */
int lv_cert_deadline(const struct calendar *c, const struct lv_span *s, int grace_days);

/* lv_end_early
 * Description: 销假: the person is back from back_day (afternoon when
 *              back_afternoon), so the leave ends at the slot before.
 * Return:      0 with *s shortened, or -1 when that slot is not inside the
 *              leave after its first slot (nothing would be left, or
 *              nothing would change).
 */
int lv_end_early(struct lv_span *s, int back_day, int back_afternoon);

/* lv_years_worked - completed years from start_day to on_day (a birthday
 * rule: 2018-03-01 .. 2019-03-01 is one year); 0 when on_day < start_day. */
int lv_years_worked(int start_day, int on_day);

/* lv_statutory_days - the statutory annual leave for years worked:
 * 0 under 1, 5 from 1, 10 from 10, 15 from 20. */
int lv_statutory_days(int years);

/* lv_balance_ok - whether a request of want half days fits: used + pending
 * + want <= entitled (all half days, each >= 0). */
int lv_balance_ok(int entitled, int used, int pending, int want);

#endif
