/* calendar.c -- work calendar arithmetic; see calendar.h for the rules.
 *
 * Internally days are long long so that intermediate spans (last - first,
 * search bounds) never overflow; public results are saturated to int.
 */
#include "engine/calendar.h"

#include <limits.h>

#define SECS_PER_DAY 86400LL
#define SHANGHAI_OFFSET (8 * 3600LL)
/* Instants beyond this are refused by the work-time functions: it keeps
 * every day number well inside int and every product inside long long. */
#define INSTANT_LIMIT (1LL << 46)

static long long floor_div(long long a, long long b)
{
	long long q = a / b;
	return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

static long long floor_mod(long long a, long long b)
{
	long long r = a % b; /* not a - q*b: that overflows for LLONG_MIN */
	return (r != 0 && (r < 0) != (b < 0)) ? r + b : r;
}

static int clamp_int(long long v)
{
	if (v > INT_MAX)
		return INT_MAX;
	if (v < INT_MIN)
		return INT_MIN;
	return (int)v;
}

static int weekday_ll(long long day)
{
	return (int)floor_mod(day + 3, 7); /* 1970-01-01 was a Thursday */
}

/* Index of the first element >= v in a sorted array. */
static size_t lower_bound(const int *a, size_t n, long long v)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if ((long long)a[mid] < v)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int in_set(const int *a, size_t n, long long v)
{
	size_t i;

	if (a == NULL || n == 0)
		return 0;
	i = lower_bound(a, n, v);
	return i < n && (long long)a[i] == v;
}

static int is_holiday(const struct calendar *c, long long day)
{
	return c != NULL && in_set(c->holidays, c->nholidays, day);
}

static int is_makeup(const struct calendar *c, long long day)
{
	return c != NULL && in_set(c->makeup, c->nmakeup, day);
}

static int workday_ll(const struct calendar *c, long long day)
{
	if (is_holiday(c, day))
		return 0;
	return weekday_ll(day) < 5 || is_makeup(c, day);
}

/* Monday..Friday days in [first, last], first <= last. */
static long long weekdays_in(long long first, long long last)
{
	long long n = last - first + 1;
	long long count = n / 7 * 5;
	long long d;

	for (d = first + n / 7 * 7; d <= last; d++)
		if (weekday_ll(d) < 5)
			count++;
	return count;
}

/* Start from the plain weekday count, then correct it by the listed days
 * inside the range only, so long spans cost nothing extra. Duplicates in
 * the arrays are skipped so they cannot be counted twice. */
static long long workdays_ll(const struct calendar *c, long long first, long long last)
{
	long long count;
	size_t i;

	if (last < first)
		return 0;
	count = weekdays_in(first, last);
	if (c == NULL)
		return count;
	if (c->holidays != NULL)
		for (i = lower_bound(c->holidays, c->nholidays, first);
		     i < c->nholidays && c->holidays[i] <= last; i++)
			if ((i == 0 || c->holidays[i] != c->holidays[i - 1]) &&
			    weekday_ll(c->holidays[i]) < 5)
				count--;
	if (c->makeup != NULL)
		for (i = lower_bound(c->makeup, c->nmakeup, first);
		     i < c->nmakeup && c->makeup[i] <= last; i++)
			if ((i == 0 || c->makeup[i] != c->makeup[i - 1]) &&
			    weekday_ll(c->makeup[i]) >= 5 &&
			    !is_holiday(c, c->makeup[i]))
				count++;
	return count;
}

/* Span (in days) certain to contain n workdays: every full week has five
 * weekdays and each holiday can remove at most one of them. */
static long long search_span(const struct calendar *c, long long n)
{
	long long h = 0;

	if (c != NULL)
		h = c->nholidays > (1u << 31) ? (1LL << 31) : (long long)c->nholidays;
	return 7 * ((n + h) / 5 + 1);
}

/* Binary search on the monotonic workday count: O(log span) counts. */
static long long add_workdays_ll(const struct calendar *c, long long day, long long n)
{
	long long lo, hi;

	if (n == 0)
		return day;
	if (n > 0) {
		/* smallest t > day with workdays(day+1, t) >= n */
		lo = day + 1;
		hi = day + search_span(c, n);
		while (lo < hi) {
			long long mid = lo + (hi - lo) / 2;
			if (workdays_ll(c, day + 1, mid) >= n)
				hi = mid;
			else
				lo = mid + 1;
		}
		return lo;
	}
	/* largest t < day with workdays(t, day-1) >= -n */
	lo = day - search_span(c, -n);
	hi = day - 1;
	while (lo < hi) {
		long long mid = hi - (hi - lo) / 2;
		if (workdays_ll(c, mid, day - 1) >= -n)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}

int cal_weekday(int day)
{
	return weekday_ll(day);
}

int cal_is_workday(const struct calendar *c, int day)
{
	return workday_ll(c, day);
}

int cal_workdays(const struct calendar *c, int first, int last)
{
	return clamp_int(workdays_ll(c, first, last));
}

int cal_add_workdays(const struct calendar *c, int day, int n)
{
	return clamp_int(add_workdays_ll(c, day, n));
}

int cal_prev_workday(const struct calendar *c, int day)
{
	return clamp_int(add_workdays_ll(c, day, -1));
}

int cal_next_workday(const struct calendar *c, int day)
{
	return clamp_int(add_workdays_ll(c, day, 1));
}

static int part_halves(int part)
{
	return part == CAL_WHOLE_DAY ? 2 : 1;
}

int cal_leave_halfdays(const struct calendar *c, int first, int first_part,
		       int last, int last_part)
{
	long long halves;

	if (first_part < 0 || first_part > 2 || last_part < 0 || last_part > 2)
		return -1;
	if (last < first)
		return 0;
	if (first == last) {
		if (first_part != CAL_WHOLE_DAY && last_part != CAL_WHOLE_DAY &&
		    first_part != last_part)
			return -1;
		if (!workday_ll(c, first))
			return 0;
		return (first_part != CAL_WHOLE_DAY || last_part != CAL_WHOLE_DAY) ? 1 : 2;
	}
	halves = 2 * workdays_ll(c, first, last);
	if (workday_ll(c, first))
		halves -= 2 - part_halves(first_part);
	if (workday_ll(c, last))
		halves -= 2 - part_halves(last_part);
	return clamp_int(halves);
}

long long cal_day_start_utc(int day, int minute_of_day)
{
	return (long long)day * SECS_PER_DAY + (long long)minute_of_day * 60 - SHANGHAI_OFFSET;
}

int cal_utc_to_day(long long utc)
{
	/* split first: utc + offset could overflow near LLONG_MAX */
	long long day = floor_div(utc, SECS_PER_DAY);
	long long secs = floor_mod(utc, SECS_PER_DAY);

	if (secs + SHANGHAI_OFFSET >= SECS_PER_DAY)
		day++;
	return clamp_int(day);
}

static int window_ok(int start_min, int end_min)
{
	return start_min >= 0 && start_min < end_min && end_min <= 1440;
}

static int instant_ok(long long t)
{
	return t > -INSTANT_LIMIT && t < INSTANT_LIMIT;
}

/* Working seconds of one day that fall inside [from, to). */
static long long day_overlap(const struct calendar *c, int day, int start_min,
			     int end_min, long long from, long long to)
{
	long long ws = cal_day_start_utc(day, start_min);
	long long we = cal_day_start_utc(day, end_min);
	long long a = from > ws ? from : ws;
	long long b = to < we ? to : we;

	if (!workday_ll(c, day) || b <= a)
		return 0;
	return b - a;
}

long long cal_work_seconds_between(const struct calendar *c, int start_min,
				   int end_min, long long utc_from,
				   long long utc_to)
{
	int df, dt;
	long long total;

	if (!window_ok(start_min, end_min) || !instant_ok(utc_from) || !instant_ok(utc_to))
		return -1;
	if (utc_to <= utc_from)
		return 0;
	df = cal_utc_to_day(utc_from);
	dt = cal_utc_to_day(utc_to);
	total = day_overlap(c, df, start_min, end_min, utc_from, utc_to);
	if (dt == df)
		return total;
	total += workdays_ll(c, (long long)df + 1, (long long)dt - 1) *
		 (end_min - start_min) * 60LL;
	return total + day_overlap(c, dt, start_min, end_min, utc_from, utc_to);
}

long long cal_add_work_seconds(const struct calendar *c, int start_min,
			       int end_min, long long utc_from, long long secs)
{
	long long per_day = (long long)(end_min - start_min) * 60;
	long long full_days, rest, target;
	int day;

	if (!window_ok(start_min, end_min) || !instant_ok(utc_from) || secs < 0)
		return LLONG_MIN;
	if (secs == 0)
		return utc_from;
	day = cal_utc_to_day(utc_from);
	if (workday_ll(c, day)) {
		long long ws = cal_day_start_utc(day, start_min);
		long long we = cal_day_start_utc(day, end_min);
		long long cur = utc_from > ws ? utc_from : ws;
		if (cur < we) {
			if (secs <= we - cur)
				return cur + secs;
			secs -= we - cur;
		}
	}
	/* whole windows first; the last one is used only for what remains */
	full_days = (secs - 1) / per_day;
	rest = secs - full_days * per_day;
	if (full_days >= INT_MAX / 2)
		return LLONG_MIN;
	target = add_workdays_ll(c, day, full_days + 1);
	if (target > INT_MAX)
		return LLONG_MIN;
	return cal_day_start_utc((int)target, start_min) + rest;
}

static int is_leap(long long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_length(long long y, int m)
{
	static const int len[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return m == 2 && is_leap(y) ? 29 : len[m - 1];
}

/* Counting years from March makes the leap day the last day of the year,
 * so day-of-year has a closed form and a 400-year cycle is 146097 days. */
int cal_days(int y, int m, int d)
{
	long long yy, era, yoe, doy, doe, days;

	if (m < 1 || m > 12 || d < 1 || d > month_length(y, m))
		return INT_MIN;
	yy = (long long)y - (m <= 2);
	era = floor_div(yy, 400);
	yoe = yy - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	days = era * 146097 + doe - 719468; /* 719468 = days 0000-03-01..1970-01-01 */
	if (days <= INT_MIN || days > INT_MAX)
		return INT_MIN;
	return (int)days;
}

void cal_ymd(int day, int *y, int *m, int *d)
{
	long long z = (long long)day + 719468;
	long long era = floor_div(z, 146097);
	long long doe = z - era * 146097;
	long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long long mp = (5 * doy + 2) / 153;
	int month = (int)(mp < 10 ? mp + 3 : mp - 9);

	if (y != NULL)
		*y = (int)(yoe + era * 400 + (month <= 2));
	if (m != NULL)
		*m = month;
	if (d != NULL)
		*d = (int)(doy - (153 * mp + 2) / 5 + 1);
}
