/* fuzz_valid.c - the validators on arbitrary strings. Besides "no crash,
 * no UB", every accepted value must survive a round trip through its
 * canonical form, which catches silent mis-parses. */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/valid.h"

static void amount(const char *s)
{
	long long fen;
	if (valid_amount(s, LLONG_MIN, LLONG_MAX, &fen) != V_OK)
		return;
	char canon[64];
	long long again;
	if (fen < 0)
		abort();
	snprintf(canon, sizeof canon, "%lld.%02lld", fen / 100, fen % 100);
	if (valid_amount(canon, 0, LLONG_MAX, &again) != V_OK || again != fen)
		abort();
}

static void integer(const char *s)
{
	long long v, again;
	char canon[32];
	if (valid_int(s, LLONG_MIN, LLONG_MAX, &v) != V_OK)
		return;
	snprintf(canon, sizeof canon, "%lld", v);
	if (valid_int(canon, v, v, &again) != V_OK || again != v)
		abort();
}

static void date(const char *s)
{
	int days, y, m, d;
	if (valid_date(s, &days) != V_OK)
		return;
	days_to_ymd(days, &y, &m, &d);
	char canon[16];
	snprintf(canon, sizeof canon, "%04d-%02d-%02d", y, m, d);
	if (strncmp(canon, s, 10) != 0 || ymd_to_days(y, m, d) != days)
		abort();
}

static void datetime(const char *s)
{
	long long secs;
	if (valid_datetime(s, &secs) != V_OK)
		return;
	int days;
	char d[11];
	memcpy(d, s, 10);
	d[10] = '\0';
	if (valid_date(d, &days) != V_OK || secs / 86400 - (secs % 86400 < 0) != days)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		return 0;
	if (size)
		memcpy(s, data, size);
	s[size] = '\0';
	amount(s);
	integer(s);
	date(s);
	datetime(s);
	/* text sees the raw bytes, inner NULs included */
	enum verr e = valid_text(s, size, 0, (size_t)-1, 1);
	if (e == V_OK && memchr(s, '\0', size))
		abort();
	(void)valid_text(s, size, 1, 5, 0);
	(void)valid_email(s);
	static const char *const ch[] = {"a", "bb", "", NULL};
	(void)valid_enum(s, ch, NULL);
	(void)valid_token(s, 8);
	if (size >= 4) {
		int v;
		memcpy(&v, data, sizeof v);
		int y, m, d;
		days_to_ymd(v, &y, &m, &d);
		if (m < 1 || m > 12 || d < 1 || d > 31 || ymd_to_days(y, m, d) != v)
			abort();
	}
	free(s);
	return 0;
}
