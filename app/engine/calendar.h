/* calendar.h -- work calendar arithmetic (LV-01).
 *
 * Pure functions: the calendar's data (public holidays and make-up working
 * days, 调休) is passed in, so the same code serves any year and tests need
 * no database. A day is an int counting days since 1970-01-01 on the civil
 * calendar in Asia/Shanghai (fixed UTC+8, no DST); day 0 was a Thursday.
 *
 * A day is a workday when it is not a public holiday and either falls on
 * Monday..Friday or is a make-up working day. If bad data lists a day in
 * both sets, the holiday wins: an employee is never ordered to work by a
 * data-entry mistake.
 *
 * Results that do not fit an int saturate at INT_MIN / INT_MAX; they lie
 * millions of years away and no caller can meet them with real dates.
 */
#ifndef LIAISON_ENGINE_CALENDAR_H
#define LIAISON_ENGINE_CALENDAR_H

#include <stddef.h>

/* Both arrays sorted ascending; either may be NULL when its count is 0.
 * A NULL struct calendar pointer means plain Monday..Friday weeks. */
struct calendar {
	const int *holidays;  /* days off that would otherwise be workdays */
	size_t nholidays;
	const int *makeup;    /* weekend days that are workdays (调休) */
	size_t nmakeup;
};

/* cal_weekday
 * Description: Day of the week.
 * Return:      0 = Monday .. 6 = Sunday.
 */
int cal_weekday(int day);

/* cal_is_workday
 * Description: Whether day is a working day under calendar c.
 * Return:      1 workday, 0 day off.
 */
int cal_is_workday(const struct calendar *c, int day);

/* cal_workdays
 * Description: Counts the workdays in [first, last], both included. Cost is
 *              O(log n + holidays in range), not O(span).
 * Return:      the count; 0 if last < first.
 */
int cal_workdays(const struct calendar *c, int first, int last);

/* cal_add_workdays
 * Description: Moves by n workdays: n > 0 gives the n-th workday after day,
 *              n < 0 the |n|-th workday before it, n == 0 day itself (even if
 *              it is a day off). Cost is O(log span * log holidays).
 * Return:      the day reached (saturated as described above).
 */
int cal_add_workdays(const struct calendar *c, int day, int n);

/* cal_prev_workday
 * Description: The last workday strictly before day.
 */
int cal_prev_workday(const struct calendar *c, int day);

/* cal_next_workday
 * Description: The first workday strictly after day.
 */
int cal_next_workday(const struct calendar *c, int day);

/* Parts of a leave day for cal_leave_halfdays. */
enum { CAL_WHOLE_DAY = 0, CAL_MORNING = 1, CAL_AFTERNOON = 2 };

/* cal_leave_halfdays
 * Description: Length of a leave in half days. Every workday in
 *              [first, last] counts 2, except that the first day counts 1
 *              when first_part is CAL_MORNING or CAL_AFTERNOON (typically:
 *              the leave starts in the afternoon), and likewise the last day
 *              by last_part (typically: the leave ends at noon). Days off
 *              count 0. For a one-day leave (first == last) the day counts 1
 *              if either part names a half, 2 if both are CAL_WHOLE_DAY.
 * Input:       part values 0 = whole day, 1 = morning only, 2 = afternoon only.
 * Return:      half days (>= 0); 0 if last < first; -1 if a part is out of
 *              range or a one-day leave names the morning in one part and
 *              the afternoon in the other (contradictory).
 */
int cal_leave_halfdays(const struct calendar *c, int first, int first_part,
		       int last, int last_part);

/* cal_work_seconds_between
 * Description: Working seconds in [utc_from, utc_to): the overlap with the
 *              daily work window [start_min, end_min) (minutes after
 *              Shanghai midnight, e.g. 530 = 08:50, 1055 = 17:35) of every
 *              workday. Used for reminder and deadline clocks.
 * Input:       0 <= start_min < end_min <= 1440; instants within +-2^46 s.
 * Return:      seconds (0 if utc_to <= utc_from); -1 on invalid input.
 */
long long cal_work_seconds_between(const struct calendar *c, int start_min,
				   int end_min, long long utc_from,
				   long long utc_to);

/* cal_add_work_seconds
 * Description: The earliest instant t with
 *              cal_work_seconds_between(c, start_min, end_min, utc_from, t)
 *              == secs. A deadline that uses up a day's window exactly ends
 *              at that day's closing time, not at the next opening.
 * Input:       as cal_work_seconds_between; secs >= 0 (0 returns utc_from).
 * Return:      UTC seconds; LLONG_MIN on invalid input or overflow (-1 is a
 *              real instant, so it cannot signal an error here).
 */
long long cal_add_work_seconds(const struct calendar *c, int start_min,
			       int end_min, long long utc_from, long long secs);

/* cal_day_start_utc
 * Description: UTC seconds of the Shanghai wall-clock time minute_of_day
 *              (minutes after midnight) on day. Minutes outside 0..1440 are
 *              allowed and simply run into the neighbouring days.
 */
long long cal_day_start_utc(int day, int minute_of_day);

/* cal_utc_to_day
 * Description: Shanghai civil day of a UTC instant (23:30 UTC is already
 *              07:30 of the next day in Shanghai). Floors for instants
 *              before 1970.
 */
int cal_utc_to_day(long long utc);

/* cal_ymd
 * Description: Civil (proleptic Gregorian) year, month 1..12, day 1..31 of
 *              day. Any pointer may be NULL.
 */
void cal_ymd(int day, int *y, int *m, int *d);

/* cal_days
 * Description: Day number of a civil date; the inverse of cal_ymd.
 * Return:      the day, or INT_MIN if the date does not exist (month not
 *              1..12, day not in the month: 2025-02-29 is refused) or its
 *              day number does not fit an int.
 */
int cal_days(int y, int m, int d);

#endif
