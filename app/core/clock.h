/*
 * clock.h - the one source of "now".
 *
 * Rules such as "before 07:50" or "after 72 hours" are tested by setting
 * the clock, never by sleeping.  Only a build with LIAISON_TEST defined
 * reads the clock file; a production build ignores it entirely.
 */
#ifndef LIAISON_CLOCK_H
#define LIAISON_CLOCK_H

#include <time.h>

#define SHANGHAI_OFFSET (8 * 3600)

/* clock_now - seconds since the epoch, UTC. */
time_t clock_now(void);

/* clock_set_file - test builds: the file that may hold a fixed time
 * ("@<epoch seconds>") or an offset ("+<seconds>"/"-<seconds>"). */
void clock_set_file(const char *path);

/* clock_refresh - re-read the clock file (once per request). */
void clock_refresh(void);

/* clock_fmt_local - "YYYY-MM-DD HH:MM" in Asia/Shanghai for a UTC instant. */
void clock_fmt_local(time_t utc, char out[20]);

/* clock_fmt_utc_sql - "YYYY-MM-DD HH:MM:SS" UTC, the form stored in the database. */
void clock_fmt_utc_sql(time_t utc, char out[20]);

/* clock_parse_utc_sql - inverse of clock_fmt_utc_sql; -1 on a bad string. */
time_t clock_parse_utc_sql(const char *s);

#endif
