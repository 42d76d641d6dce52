/* holidayfile.c - a holiday file, CSV or iCalendar (see holidayfile.h). */
#include "attendance/holidayfile.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "engine/calendar.h"
#include "http/valid.h"

#define LINE_MAX_BYTES 1024
#define ICS_MAX_SPAN 31   /* no published holiday runs longer; more is a wrong DTEND */

struct parse {
	struct holiday_row *rows;
	long n;
	int bad_line;
	const char *bad_key;
};

static int fail(struct parse *p, int line, const char *key)
{
	p->bad_line = line;
	p->bad_key = key;
	return -1;
}

static int add(struct parse *p, int day, int workday, const char *name, int line)
{
	if (p->n >= HOLIDAYFILE_MAX_ROWS)
		return fail(p, line, "Calendar.Import.Err.TooMany");
	if (valid_text(name, strlen(name), 0, HOLIDAYFILE_NAME_CHARS, 0) != V_OK)
		return fail(p, line, "Calendar.Import.Err.Name");
	if (workday && cal_weekday(day) < 5)
		return fail(p, line, "Calendar.Import.Err.WorkdayWeekday");
	struct holiday_row *r = &p->rows[p->n++];
	r->day = day;
	r->workday = workday;
	strcpy(r->name, name);   /* valid_text bounded it to 64 characters of at most 4 bytes */
	r->line = line;
	return 0;
}

/* The next physical line of [*s, end) into out without its CR/LF; 0 at the end. */
static int next_line(const char **s, const char *end, char *out, int *too_long)
{
	if (*s >= end)
		return 0;
	const char *nl = memchr(*s, '\n', (size_t)(end - *s));
	const char *e = nl ? nl : end;
	size_t n = (size_t)(e - *s);
	if (n && (*s)[n - 1] == '\r')
		n--;
	*too_long = n >= LINE_MAX_BYTES;
	if (!*too_long) {
		memcpy(out, *s, n);
		out[n] = '\0';
	}
	*s = nl ? nl + 1 : end;
	return 1;
}

static void trim(char *s)
{
	size_t n = strlen(s), i = 0;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		s[--n] = '\0';
	while (s[i] == ' ' || s[i] == '\t')
		i++;
	memmove(s, s + i, n - i + 1);
}

/* ---- CSV ---- */

static int csv_kind(const char *k, int *workday)
{
	if (!strcasecmp(k, "holiday") || !strcmp(k, "休"))
		*workday = 0;
	else if (!strcasecmp(k, "workday") || !strcmp(k, "班"))
		*workday = 1;
	else
		return -1;
	return 0;
}

static int csv_line(struct parse *p, char *l, int line)
{
	char *c1 = strchr(l, ','), *c2 = c1 ? strchr(c1 + 1, ',') : NULL;
	if (!c1)
		return fail(p, line, "Calendar.Import.Err.Columns");
	*c1 = '\0';
	if (c2)
		*c2 = '\0';
	char *date = l, *kind = c1 + 1, *name = c2 ? c2 + 1 : (char *)"";
	trim(date);
	trim(kind);
	trim(name);
	size_t nl = strlen(name);
	if (nl >= 2 && name[0] == '"' && name[nl - 1] == '"') {   /* a quoted name (no commas inside) */
		name[nl - 1] = '\0';
		name++;
	}
	if (line == 1 && !strcasecmp(date, "date"))
		return 0;   /* the header */
	int day, workday;
	if (valid_date(date, &day) != V_OK)
		return fail(p, line, "Calendar.Import.Err.Date");
	if (csv_kind(kind, &workday))
		return fail(p, line, "Calendar.Import.Err.Kind");
	return add(p, day, workday, name, line);
}

static int parse_csv(struct parse *p, const char *s, const char *end)
{
	char l[LINE_MAX_BYTES];
	int too_long;
	for (int line = 1; next_line(&s, end, l, &too_long); line++) {
		if (too_long)
			return fail(p, line, "Calendar.Import.Err.Columns");
		trim(l);
		if (*l && csv_line(p, l, line))
			return -1;
	}
	return 0;
}

/* ---- iCalendar ---- */

struct event {
	int in, start, end, start_line, workday_mark;
	char summary[LINE_MAX_BYTES];
};

/* An all-day date: YYYYMMDD, nothing after it. */
static int ics_date(const char *v, int *day)
{
	int y, m, d;
	if (strlen(v) != 8 || strspn(v, "0123456789") != 8)
		return -1;
	y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
	m = (v[4] - '0') * 10 + (v[5] - '0');
	d = (v[6] - '0') * 10 + (v[7] - '0');
	*day = cal_days(y, m, d);   /* INT_MIN for a date that does not exist */
	return *day == INT_MIN || y < 1900 || y > 2200 ? -1 : 0;
}

/* SUMMARY's escapes (\, \; \\ \n) undone in place; a line break becomes a space. */
static void ics_unescape(char *s)
{
	char *o = s;
	for (; *s; s++) {
		if (*s == '\\' && s[1]) {
			s++;
			*o++ = (*s == 'n' || *s == 'N') ? ' ' : *s;
		} else {
			*o++ = *s;
		}
	}
	*o = '\0';
}

static int marks_workday(const char *v)
{
	return strstr(v, "班") || strcasestr(v, "workday");
}

static int ics_end_event(struct parse *p, struct event *e)
{
	if (!e->start)
		return fail(p, e->start_line, "Calendar.Import.Err.IcsNoDate");
	int end = e->end ? e->end : e->start + 1;
	if (end <= e->start || end - e->start > ICS_MAX_SPAN)
		return fail(p, e->start_line, "Calendar.Import.Err.IcsSpan");
	int workday = e->workday_mark || marks_workday(e->summary);
	trim(e->summary);
	for (int d = e->start; d < end; d++)
		if (add(p, d, workday, e->summary, e->start_line))
			return -1;
	return 0;
}

static int ics_property(struct parse *p, struct event *e, char *l, int line)
{
	char *colon = strchr(l, ':');
	if (!colon)
		return 0;   /* not a property line; RFC 5545 has none such, but nothing depends on it */
	*colon = '\0';
	char *value = colon + 1, *semi = strchr(l, ';');
	if (semi)
		*semi = '\0';
	if (!strcasecmp(l, "BEGIN") && !strcasecmp(value, "VEVENT")) {
		memset(e, 0, sizeof *e);
		e->in = 1;
		e->start_line = line;
		return 0;
	}
	if (!e->in)
		return 0;
	if (!strcasecmp(l, "END") && !strcasecmp(value, "VEVENT")) {
		e->in = 0;
		return ics_end_event(p, e);
	}
	if (!strcasecmp(l, "DTSTART")) {
		e->start_line = line;
		return ics_date(value, &e->start) ? fail(p, line, "Calendar.Import.Err.IcsNotAllDay") : 0;
	}
	if (!strcasecmp(l, "DTEND"))
		return ics_date(value, &e->end) ? fail(p, line, "Calendar.Import.Err.IcsNotAllDay") : 0;
	if (!strcasecmp(l, "SUMMARY")) {
		ics_unescape(value);
		strcpy(e->summary, value);   /* both buffers hold a whole line */
	} else if (!strcasecmp(l, "CATEGORIES") && marks_workday(value)) {
		e->workday_mark = 1;
	}
	return 0;
}

/* Logical lines: a physical line starting with a space or tab continues
 * the one before (RFC 5545 folding). */
static int parse_ics(struct parse *p, const char *s, const char *end)
{
	char l[LINE_MAX_BYTES], cur[LINE_MAX_BYTES] = "";
	struct event e = {0};
	int too_long, cur_line = 0;
	for (int line = 1; next_line(&s, end, l, &too_long); line++) {
		if (too_long)
			return fail(p, line, "Calendar.Import.Err.IcsLine");
		if (l[0] == ' ' || l[0] == '\t') {
			if (strlen(cur) + strlen(l + 1) >= sizeof cur)
				return fail(p, line, "Calendar.Import.Err.IcsLine");
			strcat(cur, l + 1);
			continue;
		}
		if (cur_line && ics_property(p, &e, cur, cur_line))
			return -1;
		strcpy(cur, l);
		cur_line = line;
	}
	if (cur_line && ics_property(p, &e, cur, cur_line))
		return -1;
	return e.in ? fail(p, e.start_line, "Calendar.Import.Err.IcsNoDate") : 0;
}

static int by_day(const void *a, const void *b)
{
	const struct holiday_row *x = a, *y = b;
	return (x->day > y->day) - (x->day < y->day);
}

long holidayfile_parse(const char *data, size_t len, struct holiday_row **rows, int *bad_line,
    const char **bad_key)
{
	struct parse p = {calloc(HOLIDAYFILE_MAX_ROWS, sizeof *p.rows), 0, 0, NULL};
	*rows = NULL;
	if (!p.rows)
		return -2;
	const char *s = data, *end = data + len;
	if (len >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
		s += 3;
	int rc = (size_t)(end - s) >= 15 && !strncasecmp(s, "BEGIN:VCALENDAR", 15) ? parse_ics(&p, s, end)
	                                                                             : parse_csv(&p, s, end);
	if (!rc && p.n == 0)
		rc = fail(&p, 0, "Calendar.Import.Err.Empty");
	if (!rc) {
		qsort(p.rows, (size_t)p.n, sizeof *p.rows, by_day);
		for (long i = 1; i < p.n && !rc; i++)
			if (p.rows[i].day == p.rows[i - 1].day)
				rc = fail(&p, p.rows[i].line > p.rows[i - 1].line ? p.rows[i].line : p.rows[i - 1].line,
				    "Calendar.Import.Err.Duplicate");
	}
	if (rc) {
		free(p.rows);
		*bad_line = p.bad_line;
		*bad_key = p.bad_key;
		return -1;
	}
	*rows = p.rows;
	return p.n;
}
