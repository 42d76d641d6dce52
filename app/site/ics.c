/* ics.c - an iCalendar file in memory (see ics.h). */
#include "site/ics.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "engine/calendar.h"

static void put(struct ics *c, const char *s, size_t n)
{
	if (c->failed)
		return;
	if (c->len + n + 1 > c->cap) {
		size_t cap = (c->cap ? c->cap * 2 : 4096) + n;
		char *b = realloc(c->buf, cap);
		if (!b) {
			c->failed = 1;
			return;
		}
		c->buf = b;
		c->cap = cap;
	}
	memcpy(c->buf + c->len, s, n);
	c->len += n;
	c->buf[c->len] = '\0';
}

/* One content line, folded: at most 75 octets a line, continuation lines
 * start with a space, and a UTF-8 character is never split. */
static void line(struct ics *c, const char *s)
{
	size_t n = strlen(s), width = 75;
	while (n > width) {
		size_t cut = width;
		while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
			cut--;
		put(c, s, cut);
		put(c, "\r\n ", 3);
		s += cut;
		n -= cut;
		width = 74;   /* the leading space counts */
	}
	put(c, s, n);
	put(c, "\r\n", 2);
}

/* name:value with value escaped as TEXT (backslash, comma, semicolon, newline). */
static void text_prop(struct ics *c, const char *name, const char *value)
{
	size_t n = strlen(name), cap = n + 2 * strlen(value) + 2;
	char *l = malloc(cap), *o;
	if (!l) {
		c->failed = 1;
		return;
	}
	memcpy(l, name, n);
	o = l + n;
	*o++ = ':';
	for (const char *s = value; *s; s++) {
		if (*s == '\\' || *s == ',' || *s == ';')
			*o++ = '\\';
		if (*s == '\n') {
			*o++ = '\\';
			*o++ = 'n';
		} else if (*s != '\r') {
			*o++ = *s;
		}
	}
	*o = '\0';
	line(c, l);
	free(l);
}

static void utc_stamp(long long t, char out[17])
{
	time_t tt = (time_t)t;
	struct tm tm;
	gmtime_r(&tt, &tm);
	strftime(out, 17, "%Y%m%dT%H%M%SZ", &tm);
}

static void date_value(int day, char out[9])
{
	int y, m, d;
	cal_ymd(day, &y, &m, &d);
	snprintf(out, 9, "%04d%02d%02d", y % 10000, m, d);
}

void ics_begin(struct ics *c, const char *name)
{
	memset(c, 0, sizeof *c);
	line(c, "BEGIN:VCALENDAR");
	line(c, "VERSION:2.0");
	line(c, "PRODID:-//Liaison//Liaison//ZH");
	line(c, "CALSCALE:GREGORIAN");
	text_prop(c, "X-WR-CALNAME", name);
}

static void event_head(struct ics *c, const char *uid, long long stamp)
{
	char l[160], ts[17];
	line(c, "BEGIN:VEVENT");
	snprintf(l, sizeof l, "UID:%s", uid);
	line(c, l);
	utc_stamp(stamp, ts);
	snprintf(l, sizeof l, "DTSTAMP:%s", ts);
	line(c, l);
}

void ics_all_day(struct ics *c, const char *uid, long long stamp, int first, int last, const char *summary)
{
	char l[64], d[9];
	event_head(c, uid, stamp);
	date_value(first, d);
	snprintf(l, sizeof l, "DTSTART;VALUE=DATE:%s", d);
	line(c, l);
	date_value(last + 1, d);   /* DTEND of an all-day event is the day after */
	snprintf(l, sizeof l, "DTEND;VALUE=DATE:%s", d);
	line(c, l);
	text_prop(c, "SUMMARY", summary);
	line(c, "TRANSP:OPAQUE");
	line(c, "END:VEVENT");
}

void ics_timed(struct ics *c, const char *uid, long long stamp, long long from, long long to, const char *summary)
{
	char l[64], ts[17];
	event_head(c, uid, stamp);
	utc_stamp(from, ts);
	snprintf(l, sizeof l, "DTSTART:%s", ts);
	line(c, l);
	utc_stamp(to, ts);
	snprintf(l, sizeof l, "DTEND:%s", ts);
	line(c, l);
	text_prop(c, "SUMMARY", summary);
	line(c, "END:VEVENT");
}

int ics_end(struct ics *c)
{
	line(c, "END:VCALENDAR");
	if (c->failed) {
		free(c->buf);
		c->buf = NULL;
		return -1;
	}
	return 0;
}
