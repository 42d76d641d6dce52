/*
 * valid.c - validators for single values typed by users.
 *
 * Inputs are NUL-terminated unless a length is passed. Parsers look at
 * no byte past the terminator: multi-byte matches are checked byte by byte
 * with short-circuit evaluation, so a NUL stops them.
 */
#include "http/valid.h"

#include <limits.h>
#include <stdint.h>
#include <string.h>

const char *verr_key(enum verr e)
{
	static const char *const keys[] = {
		[V_OK] = "",
		[V_REQUIRED] = "err.required",
		[V_NOT_INT] = "err.not_int",
		[V_RANGE] = "err.range",
		[V_NOT_DATE] = "err.not_date",
		[V_NOT_DATETIME] = "err.not_datetime",
		[V_NOT_AMOUNT] = "err.not_amount",
		[V_AMOUNT_PRECISION] = "err.amount_precision",
		[V_NOT_UTF8] = "err.not_utf8",
		[V_TOO_SHORT] = "err.too_short",
		[V_TOO_LONG] = "err.too_long",
		[V_CONTROL_CHAR] = "err.control_char",
		[V_NOT_EMAIL] = "err.not_email",
		[V_NOT_CHOICE] = "err.not_choice",
		[V_NOT_TOKEN] = "err.not_token",
	};
	if ((unsigned)e >= sizeof keys / sizeof keys[0])
		return "err.unknown";
	return keys[e];
}

/* ---------------------------------------------------------------- numbers */

/* Reads one ASCII or full-width (EF BC 90..99) digit; -1 if none. */
static int take_digit(const char **pp)
{
	const unsigned char *p = (const unsigned char *)*pp;
	if (p[0] >= '0' && p[0] <= '9') {
		*pp += 1;
		return p[0] - '0';
	}
	if (p[0] == 0xEF && p[1] == 0xBC && p[2] >= 0x90 && p[2] <= 0x99) {
		*pp += 3;
		return p[2] - 0x90;
	}
	return -1;
}

/* Consumes lit if *pp starts with it. */
static int take_lit(const char **pp, const char *lit)
{
	size_t n = strlen(lit);
	if (strncmp(*pp, lit, n) != 0)
		return 0;
	*pp += n;
	return 1;
}

static void trim_spaces(const char *s, const char **b, const char **e)
{
	const char *end = s + strlen(s);
	while (*s == ' ' || *s == '\t')
		s++;
	while (end > s && (end[-1] == ' ' || end[-1] == '\t'))
		end--;
	*b = s;
	*e = end;
}

/* mag*10+d, flagging rather than wrapping past lim. */
static void acc_digit(unsigned long long *mag, int d, unsigned long long lim, int *ovf)
{
	if (*ovf)
		return;
	if (*mag > (lim - (unsigned)d) / 10)
		*ovf = 1;
	else
		*mag = *mag * 10 + (unsigned)d;
}

enum verr valid_int(const char *s, long long min, long long max, long long *out)
{
	const char *p, *end;
	if (!s)
		return V_REQUIRED;
	trim_spaces(s, &p, &end);
	if (p == end)
		return V_REQUIRED;
	int neg = *p == '-';
	p += neg;
	if (p == end)
		return V_NOT_INT;
	unsigned long long lim = neg ? (unsigned long long)LLONG_MAX + 1 : (unsigned long long)LLONG_MAX;
	unsigned long long mag = 0;
	int ovf = 0;
	while (p < end) {
		int d = take_digit(&p);
		if (d < 0)
			return V_NOT_INT;   /* junk outranks overflow: tell the user what is wrong first */
		acc_digit(&mag, d, lim, &ovf);
	}
	if (ovf)
		return V_RANGE;
	long long v = !neg ? (long long)mag : mag == lim ? LLONG_MIN : -(long long)mag;
	if (v < min || v > max)
		return V_RANGE;
	if (out)
		*out = v;
	return V_OK;
}

static int take_comma(const char **pp)
{
	return take_lit(pp, ",") || take_lit(pp, "\xEF\xBC\x8C");   /* U+FF0C */
}

static int take_point(const char **pp)
{
	return take_lit(pp, ".") || take_lit(pp, "\xEF\xBC\x8E");   /* U+FF0E */
}

/* Integer yuan with optional thousands grouping; V_OK or V_NOT_AMOUNT. */
static enum verr amount_int(const char **pp, const char *end, unsigned long long *yuan, int *ovf)
{
	int ndig = 0, group = 0, commas = 0, lead_zero = 0;
	while (*pp < end) {
		int d = take_digit(pp);
		if (d >= 0) {
			if (ndig == 0)
				lead_zero = d == 0;
			acc_digit(yuan, d, (unsigned long long)LLONG_MAX, ovf);
			ndig++;
			group++;
		} else if (take_comma(pp)) {
			/* "0,123" is 0.123 in much of Europe: never read it as 123 yuan */
			if (group == 0 || lead_zero || (commas == 0 ? group > 3 : group != 3))
				return V_NOT_AMOUNT;
			commas++;
			group = 0;
		} else {
			break;
		}
	}
	if (ndig == 0 || (commas > 0 && group != 3))
		return V_NOT_AMOUNT;
	return V_OK;
}

enum verr valid_amount(const char *s, long long min_fen, long long max_fen, long long *out_fen)
{
	const char *p, *end;
	if (!s)
		return V_REQUIRED;
	trim_spaces(s, &p, &end);
	if (p == end)
		return V_REQUIRED;
	if (take_lit(&p, "\xC2\xA5") || take_lit(&p, "\xEF\xBF\xA5"))   /* ¥ ￥ */
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
	unsigned long long yuan = 0;
	int ovf = 0;
	if (amount_int(&p, end, &yuan, &ovf) != V_OK)
		return V_NOT_AMOUNT;
	int fdig = 0;
	long long frac = 0;
	if (p < end && take_point(&p)) {
		int d;
		while (p < end && (d = take_digit(&p)) >= 0) {
			if (fdig < 2)
				frac = frac * 10 + d;
			fdig++;
		}
		if (fdig == 0)
			return V_NOT_AMOUNT;
	}
	if (p != end)
		return V_NOT_AMOUNT;
	if (fdig > 2)
		return V_AMOUNT_PRECISION;
	if (fdig == 1)
		frac *= 10;
	if (ovf || yuan > (unsigned long long)(LLONG_MAX - frac) / 100)
		return V_RANGE;
	long long fen = (long long)yuan * 100 + frac;
	if (fen < min_fen || fen > max_fen)
		return V_RANGE;
	if (out_fen)
		*out_fen = fen;
	return V_OK;
}

/* ------------------------------------------------------------------ dates */

/* Day-count arithmetic on 400-year eras (146097 days), March-based years
 * so the leap day falls at the end; all in long long so no input overflows. */
int ymd_to_days(int y, int m, int d)
{
	long long yy = (long long)y - (m <= 2);
	long long era = (yy >= 0 ? yy : yy - 399) / 400;
	long long yoe = yy - era * 400;
	long long mp = m > 2 ? m - 3 : m + 9;
	long long doy = (153 * mp + 2) / 5 + d - 1;
	long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (int)(era * 146097 + doe - 719468);
}

void days_to_ymd(int days, int *y, int *m, int *d)
{
	long long z = (long long)days + 719468;
	long long era = (z >= 0 ? z : z - 146096) / 146097;
	long long doe = z - era * 146097;
	long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long long mp = (5 * doy + 2) / 153;
	long long mm = mp < 10 ? mp + 3 : mp - 9;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)mm;
	*y = (int)(yoe + era * 400 + (mm <= 2));
}

static int leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m)
{
	static const int md[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && leap(y) ? 29 : md[m - 1];
}

/* Exactly n ASCII digits. */
static int take_n(const char **pp, int n, int *v)
{
	int x = 0;
	for (int i = 0; i < n; i++) {
		char c = (*pp)[i];
		if (c < '0' || c > '9')
			return 0;
		x = x * 10 + (c - '0');
	}
	*pp += n;
	*v = x;
	return 1;
}

/* "YYYY-MM-DD" at *pp: V_OK, bad (syntax/calendar) or V_RANGE (year). */
static enum verr take_ymd(const char **pp, enum verr bad, int *days)
{
	int y, m, d;
	const char *p = *pp;
	if (!take_n(&p, 4, &y) || *p++ != '-' || !take_n(&p, 2, &m) || *p++ != '-' ||
		!take_n(&p, 2, &d))
		return bad;
	if (m < 1 || m > 12 || d < 1 || d > month_days(y, m))
		return bad;
	if (y < 1900 || y > 2200)
		return V_RANGE;
	*pp = p;
	*days = ymd_to_days(y, m, d);
	return V_OK;
}

enum verr valid_date(const char *s, int *days)
{
	int dd;
	if (!s || !*s)
		return V_REQUIRED;
	enum verr e = take_ymd(&s, V_NOT_DATE, &dd);
	if (e != V_OK)
		return e;
	if (*s)
		return V_NOT_DATE;
	if (days)
		*days = dd;
	return V_OK;
}

enum verr valid_datetime(const char *s, long long *local_secs)
{
	int dd, hh, mi, ss = 0;
	if (!s || !*s)
		return V_REQUIRED;
	enum verr e = take_ymd(&s, V_NOT_DATETIME, &dd);
	if (e != V_OK)
		return e;
	if (*s != 'T' && *s != ' ')
		return V_NOT_DATETIME;
	s++;
	if (!take_n(&s, 2, &hh) || *s++ != ':' || !take_n(&s, 2, &mi))
		return V_NOT_DATETIME;
	if (*s == ':') {
		s++;
		if (!take_n(&s, 2, &ss))
			return V_NOT_DATETIME;
	}
	if (*s || hh > 23 || mi > 59 || ss > 59)
		return V_NOT_DATETIME;
	if (local_secs)
		*local_secs = (long long)dd * 86400 + hh * 3600 + mi * 60 + ss;
	return V_OK;
}

/* ------------------------------------------------------------------- text */

static int trim_byte(const unsigned char *s, size_t i, size_t len, size_t *w)
{
	if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n') {
		*w = 1;
		return 1;
	}
	if (len - i >= 3 && s[i] == 0xE3 && s[i + 1] == 0x80 && s[i + 2] == 0x80) {
		*w = 3;
		return 1;
	}
	return 0;
}

void valid_trim(const char *s, size_t len, size_t *off, size_t *tlen)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t b = 0, e = s ? len : 0, w;
	while (b < e && trim_byte(u, b, e, &w))
		b += w;
	for (;;) {
		if (e > b && trim_byte(u, e - 1, e, &w) && w == 1)
			e--;
		else if (e >= b + 3 && trim_byte(u, e - 3, e, &w) && w == 3)
			e -= 3;
		else
			break;
	}
	*off = b;
	*tlen = e - b;
}

/* Length of the valid UTF-8 sequence at s[0..n), 0 if invalid. */
static size_t utf8_seq(const unsigned char *s, size_t n, uint32_t *cp)
{
	unsigned char c = s[0];
	size_t need;
	uint32_t v, lo = 0x80, hi = 0xBF;   /* allowed range of the 2nd byte */
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		need = 2;
		v = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		need = 3;
		v = c & 0x0F;
		if (c == 0xE0) lo = 0xA0;        /* overlong */
		if (c == 0xED) hi = 0x9F;        /* surrogates */
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 4;
		v = c & 0x07;
		if (c == 0xF0) lo = 0x90;        /* overlong */
		if (c == 0xF4) hi = 0x8F;        /* > U+10FFFF */
	} else {
		return 0;                        /* C0, C1 overlongs, F5..FF, stray continuation */
	}
	if (n < need || s[1] < lo || s[1] > hi)
		return 0;
	for (size_t i = 1; i < need; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3F);
	}
	*cp = v;
	return need;
}

static int is_control(uint32_t cp, int multiline)
{
	if (multiline && (cp == '\n' || cp == '\r' || cp == '\t'))
		return 0;
	return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

enum verr valid_text(const char *s, size_t len, size_t min_chars, size_t max_chars, int multiline)
{
	size_t off, tlen, chars = 0;
	if (!s)
		return min_chars > 0 ? V_TOO_SHORT : V_OK;
	valid_trim(s, len, &off, &tlen);
	const unsigned char *u = (const unsigned char *)s + off;
	for (size_t i = 0; i < tlen;) {
		uint32_t cp;
		size_t w = utf8_seq(u + i, tlen - i, &cp);
		if (w == 0)
			return V_NOT_UTF8;
		if (is_control(cp, multiline))
			return V_CONTROL_CHAR;
		i += w;
		chars++;
	}
	if (chars < min_chars)
		return V_TOO_SHORT;
	if (chars > max_chars)
		return V_TOO_LONG;
	return V_OK;
}

/* ------------------------------------------------------------------ email */

static int is_alnum(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int atext(char c)
{
	return is_alnum(c) || (c != '\0' && strchr("!#$%&'*+-/=?^_`{|}~", c) != NULL);
}

static int local_ok(const char *s, size_t n)
{
	if (n < 1 || n > 64 || s[0] == '.' || s[n - 1] == '.')
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '.' ? s[i + 1] == '.' : !atext(s[i]))
			return 0;
	}
	return 1;
}

static int domain_ok(const char *s, size_t n)
{
	size_t labels = 0, i = 0;
	int all_digits = 1;
	while (i <= n) {
		size_t b = i;
		all_digits = 1;
		while (i < n && s[i] != '.') {
			if (!is_alnum(s[i]) && s[i] != '-')
				return 0;
			if (s[i] < '0' || s[i] > '9')
				all_digits = 0;
			i++;
		}
		size_t l = i - b;
		if (l < 1 || l > 63 || s[b] == '-' || s[i - 1] == '-')
			return 0;
		labels++;
		i++;   /* past '.' or the end */
	}
	return labels >= 2 && !all_digits;
}

enum verr valid_email(const char *s)
{
	if (!s || !*s)
		return V_REQUIRED;
	size_t n = 0;
	while (s[n] && n <= 254)
		n++;
	if (n > 254)
		return V_NOT_EMAIL;
	const char *at = strchr(s, '@');
	if (!at || strchr(at + 1, '@'))
		return V_NOT_EMAIL;
	size_t ll = (size_t)(at - s);
	if (!local_ok(s, ll) || !domain_ok(at + 1, n - ll - 1))
		return V_NOT_EMAIL;
	return V_OK;
}

/* ---------------------------------------------------------- enum, tokens */

enum verr valid_enum(const char *s, const char *const *choices, long long *index)
{
	if (!s)
		return V_REQUIRED;
	for (long long i = 0; choices && choices[i]; i++) {
		if (strcmp(s, choices[i]) == 0) {
			if (index)
				*index = i;
			return V_OK;
		}
	}
	return V_NOT_CHOICE;
}

enum verr valid_token(const char *s, size_t hexlen)
{
	if (!s || hexlen == 0)
		return V_NOT_TOKEN;
	for (size_t i = 0; i < hexlen; i++) {
		char c = s[i];
		if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
			return V_NOT_TOKEN;   /* also stops at an early NUL */
	}
	return s[hexlen] == '\0' ? V_OK : V_NOT_TOKEN;
}
