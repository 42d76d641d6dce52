/* clock.c - wall clock, settable from a file in test builds. */
#include "core/clock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char clock_file[512];
static long long fixed_at;     /* 0: not fixed */
static long long offset_secs;

void clock_set_file(const char *path)
{
	snprintf(clock_file, sizeof clock_file, "%s", path ? path : "");
}

void clock_refresh(void)
{
#ifdef LIAISON_TEST
	fixed_at = 0;
	offset_secs = 0;
	if (!clock_file[0])
		return;
	FILE *f = fopen(clock_file, "r");
	if (!f)
		return;
	char buf[64] = {0};
	if (fgets(buf, sizeof buf, f)) {
		if (buf[0] == '@')
			fixed_at = strtoll(buf + 1, NULL, 10);
		else
			offset_secs = strtoll(buf, NULL, 10);
	}
	fclose(f);
#endif
}

time_t clock_now(void)
{
	if (fixed_at)
		return (time_t)fixed_at;
	return time(NULL) + (time_t)offset_secs;
}

static void fmt_tm(time_t t, char out[20], int with_secs)
{
	struct tm tm;
	char tmp[64];
	gmtime_r(&t, &tm);
	snprintf(tmp, sizeof tmp, "%04d-%02d-%02d %02d:%02d:%02d", tm.tm_year + 1900,
	    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
	size_t n = with_secs ? 19 : 16;
	memcpy(out, tmp, n);
	out[n] = '\0';
}

void clock_fmt_local(time_t utc, char out[20]) { fmt_tm(utc + SHANGHAI_OFFSET, out, 0); }

void clock_fmt_utc_sql(time_t utc, char out[20]) { fmt_tm(utc, out, 1); }

time_t clock_parse_utc_sql(const char *s)
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	if (!s || sscanf(s, "%d-%d-%d %d:%d:%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
	        &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6)
		return (time_t)-1;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	return timegm(&tm);
}
