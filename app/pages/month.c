/* month.c - "YYYY-MM" to days and back. */
#include "pages/month.h"

#include <stdio.h>
#include <string.h>

#include "core/clock.h"
#include "engine/calendar.h"
#include "http/req.h"

static void fill(int y, int m, struct month *out)
{
	out->y = y;
	out->m = m;
	out->first = cal_days(y, m, 1);
	out->last = (m == 12 ? cal_days(y + 1, 1, 1) : cal_days(y, m + 1, 1)) - 1;
	snprintf(out->text, sizeof out->text, "%04d-%02d", y % 10000, m % 100);
}

int month_parse(const char *s, struct month *out)
{
	if (!s || strlen(s) != 7 || s[4] != '-')
		return -1;
	for (int i = 0; i < 7; i++)
		if (i != 4 && (s[i] < '0' || s[i] > '9'))
			return -1;
	int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	int m = (s[5] - '0') * 10 + (s[6] - '0');
	if (y < 1900 || y > 2200 || m < 1 || m > 12)
		return -1;
	fill(y, m, out);
	return 0;
}

void month_of_day(int day, struct month *out)
{
	int y, m;
	cal_ymd(day, &y, &m, NULL);
	fill(y, m, out);
}

int month_of(const struct req *r, const char *field, struct month *out)
{
	const struct fval *v = form_get(&r->form, field);
	if (v && v->text)
		return month_parse(v->text, out);
	month_of_day(cal_utc_to_day(clock_now()), out);
	return 0;
}
