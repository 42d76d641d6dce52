/* clockcsv.c - the time clock's CSV (see clockcsv.h). */
#include "attendance/clockcsv.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "http/valid.h"

#define MAX_FIELD 96

/* One field: unquoted, or wrapped in double quotes ("" inside is a quote). */
static int next_field(const char **p, const char *end, char *out, size_t outlen)
{
	size_t n = 0;
	const char *s = *p;
	int quoted = s < end && *s == '"';
	if (quoted)
		s++;
	while (s < end) {
		if (quoted && *s == '"') {
			if (s + 1 < end && s[1] == '"') {
				s++;
			} else {
				s++;
				quoted = 2;
				break;
			}
		} else if (!quoted && *s == ',') {
			break;
		}
		if (n + 1 >= outlen)
			return -1;
		out[n++] = *s++;
	}
	if (quoted == 1)
		return -1;   /* an unterminated quote */
	if (s < end && *s != ',')
		return -1;   /* text after a closing quote */
	out[n] = '\0';
	*p = s < end ? s + 1 : s;
	return s < end ? 1 : 0;   /* 1: more fields follow */
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

static int parse_time(const char *s, int *minute)
{
	if (!*s) {
		*minute = -1;
		return 0;
	}
	size_t n = strlen(s);
	if ((n != 5 && n != 8) || s[2] != ':' || (n == 8 && s[5] != ':'))
		return -1;
	for (size_t i = 0; i < n; i++)
		if (i != 2 && i != 5 && (s[i] < '0' || s[i] > '9'))
			return -1;
	int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0');
	if (h > 23 || m > 59 || (n == 8 && (s[6] - '0') * 10 + (s[7] - '0') > 59))
		return -1;
	*minute = h * 60 + m;
	return 0;
}

static int login_ok(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '_' ||
		      *s == '.' || *s == '-' || *s == '@'))
			return 0;
	return 1;
}

/* One line into row; NULL on success, else the error key. */
static const char *parse_line(const char *s, const char *end, int line, struct clock_row *row)
{
	char f[3][MAX_FIELD];
	const char *p = s;
	for (int i = 0; i < 3; i++) {
		int more = next_field(&p, end, f[i], sizeof f[i]);
		if (more < 0)
			return "Attendance.Import.Err.Syntax";
		trim(f[i]);
		if (i < 2 && !more)
			return "Attendance.Import.Err.Columns";
		if (i == 2 && more)
			return "Attendance.Import.Err.Columns";
	}
	if (!login_ok(f[0]) || strlen(f[0]) >= sizeof row->login)
		return "Attendance.Import.Err.Login";
	if (valid_date(f[1], &row->day) != V_OK)
		return "Attendance.Import.Err.Date";
	if (parse_time(f[2], &row->minute))
		return "Attendance.Import.Err.Time";
	memcpy(row->login, f[0], strlen(f[0]) + 1);
	row->line = line;
	return NULL;
}

static int is_blank(const char *s, const char *end)
{
	for (; s < end; s++)
		if (*s != ' ' && *s != '\t' && *s != ',')
			return 0;
	return 1;
}

static int is_header(const char *s, const char *end)
{
	return end - s >= 5 && !strncasecmp(s, "login", 5);
}

static int duplicate(const struct clock_row *rows, long n, const struct clock_row *r)
{
	for (long i = 0; i < n; i++)
		if (rows[i].day == r->day && !strcasecmp(rows[i].login, r->login))
			return 1;
	return 0;
}

long clockcsv_parse(const char *data, size_t len, struct clock_row **rows, int *bad_line, const char **bad_key)
{
	const char *p = data, *end = data + len;
	long n = 0;
	int line = 0;
	*rows = NULL;
	if (len >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
		p += 3;
	struct clock_row *v = calloc(CLOCKCSV_MAX_ROWS, sizeof *v);
	if (!v)
		return -2;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl : end;
		size_t n_line = (size_t)(e - p);
		if (n_line && p[n_line - 1] == '\r')
			n_line--;
		const char *le = p + n_line;
		line++;
		const char *err = NULL;
		if (memchr(p, '\0', n_line))
			err = "Attendance.Import.Err.Syntax";
		else if (is_blank(p, le) || (line == 1 && is_header(p, le)))
			err = NULL;
		else if (n >= CLOCKCSV_MAX_ROWS)
			err = "Attendance.Import.Err.TooMany";
		else if (!(err = parse_line(p, le, line, &v[n])) && duplicate(v, n, &v[n]))
			err = "Attendance.Import.Err.Duplicate";
		else if (!err)
			n++;
		if (err) {
			free(v);
			*bad_line = line;
			*bad_key = err;
			return -1;
		}
		p = nl ? nl + 1 : end;
	}
	*rows = v;
	return n;
}

int clockcsv_late(int minute, int work_start_min)
{
	if (minute < 0)
		return -1;
	return minute <= work_start_min ? 0 : minute - work_start_min;
}
