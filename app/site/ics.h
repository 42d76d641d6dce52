/*
 * ics.h - an iCalendar (RFC 5545) file built in memory: CRLF line ends,
 * TEXT values escaped, lines folded at 75 octets without splitting a
 * UTF-8 character.  Pure; no database, no request.
 */
#ifndef LIAISON_ICS_H
#define LIAISON_ICS_H

#include <stddef.h>

struct ics {
	char *buf;
	size_t len, cap;
	int failed;       /* memory ran out: the file is unusable */
};

/* ics_begin - start a VCALENDAR named name (X-WR-CALNAME). */
void ics_begin(struct ics *c, const char *name);
/* ics_all_day - an all-day event over days first..last (calendar.h day
 * numbers, both included). */
void ics_all_day(struct ics *c, const char *uid, long long stamp, int first, int last, const char *summary);
/* ics_timed - an event over [from, to) (UTC epoch seconds). */
void ics_timed(struct ics *c, const char *uid, long long stamp, long long from, long long to, const char *summary);
/* ics_end - close the VCALENDAR; 0, or -1 when memory ran out (then
 * c->buf is freed). */
int ics_end(struct ics *c);

#endif
